// Which file is each sponsor's logo (svg, png or webp). The build writes the list into index.html as a
// JSON data block; without it (the dev server) every logo is taken to be an SVG.
import { site } from '../site.ts';

export const LOGO_MANIFEST_ID = 'sponsor-logos';

let cached: { text: string; files: Record<string, string> } = { text: '{}', files: {} };

function logoManifest(): Record<string, string> {
  const element =
    typeof document === 'undefined' ? null : document.getElementById(LOGO_MANIFEST_ID);
  const text = element?.textContent ?? '{}';
  if (text === cached.text) return cached.files;
  let files: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null) files = parsed as Record<string, string>;
  } catch {
    // a broken block only costs the fallback
  }
  cached = { text, files };
  return files;
}

/** The logo's address; the name is encoded whole, so it can never leave the logo folder. */
export function logoUrl(name: string): string {
  const files = logoManifest();
  const fileName = Object.hasOwn(files, name) ? files[name]! : `${name}.svg`;
  return `${site.logoPath}/${encodeURIComponent(fileName)}`;
}
