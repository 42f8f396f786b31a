// The logos of an event's sponsors; a logo that fails to load shows the sponsor's name instead.
import { useState } from 'react';
import type { Sponsor } from '../events/schema.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { logoUrl } from '../events/logoFiles.ts';
import { useLogoAddresses } from './LogoAddresses.tsx';

/** The box a logo is shown in, whatever its own proportions (it is fitted inside, whole). */
export const LOGO_BOX = { width: 120, height: 48 } as const;

function SponsorLogo({ name }: { name: string }) {
  const [hasFailed, setHasFailed] = useState(false);
  const src = logoUrl(name, useLogoAddresses());
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
      width={LOGO_BOX.width}
      height={LOGO_BOX.height}
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
