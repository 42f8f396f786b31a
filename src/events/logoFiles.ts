// Where each sponsor's logo is: `addresses` gives those that are not `<name>.svg` in the logo folder
// (a PNG or WebP file, or a view of the list's file of logos), from the list the build writes into
// the page (src/app/pageContract.ts).
import { site } from '../site.ts';

/**
 * A name that could point outside the logo folder once a server decodes it (`/`, `\`, `%`, or a
 * leading dot): such a sponsor is shown by name, and no request is made.
 */
export function isPathLikeName(name: string): boolean {
  return /[/\\%]|^\./.test(name) || name.trim() === '';
}

/** The logo's address, or undefined for a name that is not a plain file name. */
export function logoUrl(name: string, addresses: Record<string, string>): string | undefined {
  if (isPathLikeName(name)) return undefined;
  if (Object.hasOwn(addresses, name)) return addresses[name];
  return logoFileUrl(`${name}.svg`);
}

/** The address of a file of the logo folder. */
export function logoFileUrl(fileName: string): string {
  return `${site.logoPath}/${encodeURIComponent(fileName)}`;
}
