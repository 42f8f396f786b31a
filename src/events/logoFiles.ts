// Which file is each sponsor's logo (svg, png or webp). The build writes the list into index.html as a
// JSON data block; without it (the dev server) every logo is taken to be an SVG.
import { site } from '../site.ts';

export const LOGO_MANIFEST_ID = 'sponsor-logos';

let cached: { text: string; files: Record<string, string> } = { text: '{}', files: {} };

/** For rendering outside a browser (the build's prerender): the list the page will carry. */
export function presetLogoFiles(files: Record<string, string>): void {
  cached = { text: JSON.stringify(files), files };
}

function logoManifest(): Record<string, string> {
  if (typeof document === 'undefined') return cached.files;
  const element = document.getElementById(LOGO_MANIFEST_ID);
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

/**
 * A name that could point outside the logo folder once a server decodes it (`/`, `\`, `%`, or a
 * leading dot): such a sponsor is shown by name, and no request is made.
 */
export function isPathLikeName(name: string): boolean {
  return /[/\\%]|^\./.test(name) || name.trim() === '';
}

/** The logo's address, or undefined for a name that is not a plain file name. */
export function logoUrl(name: string): string | undefined {
  if (isPathLikeName(name)) return undefined;
  const files = logoManifest();
  const fileName = Object.hasOwn(files, name) ? files[name]! : `${name}.svg`;
  return `${site.logoPath}/${encodeURIComponent(fileName)}`;
}
