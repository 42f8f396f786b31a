// The site's name and what it lists; `children` go to its right (the language switch).
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { site } from '../site.ts';

export function SiteHeader({ children }: { children?: ReactNode }) {
  const t = useMessages();
  return (
    <header className="site-header">
      <div>
        <h1>{site.title}</h1>
        <p>{t.tagline}</p>
      </div>
      {children}
    </header>
  );
}
