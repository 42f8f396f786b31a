// The site's name and what it lists; `children` go to its right (the language switch).
import type { ReactNode, Ref } from 'react';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { site } from '../site.ts';

export function SiteHeader({
  children,
  titleRef,
}: {
  children?: ReactNode;
  /** The list's heading: focused when the visitor comes to the list from another page. */
  titleRef?: Ref<HTMLHeadingElement>;
}) {
  const t = useMessages();
  return (
    <header className="site-header">
      <div>
        <h1 ref={titleRef} tabIndex={-1}>
          {site.title}
        </h1>
        <p>{t.tagline}</p>
      </div>
      {children}
    </header>
  );
}
