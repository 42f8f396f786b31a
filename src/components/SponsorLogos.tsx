// The logos of an event's sponsors; a logo that fails to load shows the sponsor's name instead.
import { useState } from 'react';
import type { Sponsor } from '../events/schema.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { logoUrl } from '../events/logoFiles.ts';
import { useLogoFiles } from './LogoFiles.tsx';

function SponsorLogo({ name }: { name: string }) {
  const [hasFailed, setHasFailed] = useState(false);
  const src = logoUrl(name, useLogoFiles());
  if (hasFailed || src === undefined)
    return (
      <span className="sponsor-name" dir="auto">
        {name}
      </span>
    );
  return (
    <img
      src={src}
      alt={name}
      width={120}
      height={48}
      loading="lazy"
      decoding="async"
      onError={() => setHasFailed(true)}
    />
  );
}

export function SponsorLogos({ sponsors }: { sponsors: readonly Sponsor[] }) {
  const t = useMessages();
  if (sponsors.length === 0) return null;
  return (
    <ul className="sponsors" aria-label={t.sponsors}>
      {sponsors.map((sponsor, index) => (
        <li key={`${sponsor.name}-${index}`}>
          <SponsorLogo name={sponsor.name} />
        </li>
      ))}
    </ul>
  );
}
