// Which file is each sponsor's logo (svg, png or webp). The build writes the list into index.html as a
// JSON data block; without it (the dev server) every logo is taken to be an SVG.
import { site } from '../site.ts';

export const LOGO_MANIFEST_ID = 'sponsor-logos';

let manifest: Record<string, string> | undefined;

function logoManifest(): Record<string, string> {
  if (manifest) return manifest;
  manifest = {};
  const element =
    typeof document === 'undefined' ? null : document.getElementById(LOGO_MANIFEST_ID);
  try {
    const parsed: unknown = JSON.parse(element?.textContent ?? '{}');
    if (typeof parsed === 'object' && parsed !== null) manifest = parsed as Record<string, string>;
  } catch {
    // a broken block only costs the fallback
  }
  return manifest;
}

/** The logo's address; the name is encoded whole, so it can never leave the logo folder. */
export function logoUrl(name: string): string {
  const fileName = Object.hasOwn(logoManifest(), name) ? logoManifest()[name]! : `${name}.svg`;
  return `${site.logoPath}/${encodeURIComponent(fileName)}`;
}
