// Where each sponsor's logo is: `files` names those that are not `<name>.svg` (png or webp), from the
// list the build writes into the page (src/app/pageContract.ts).
import { site } from '../site.ts';

/**
 * A name that could point outside the logo folder once a server decodes it (`/`, `\`, `%`, or a
 * leading dot): such a sponsor is shown by name, and no request is made.
 */
export function isPathLikeName(name: string): boolean {
  return /[/\\%]|^\./.test(name) || name.trim() === '';
}

/** The logo's address, or undefined for a name that is not a plain file name. */
export function logoUrl(name: string, files: Record<string, string>): string | undefined {
  if (isPathLikeName(name)) return undefined;
  const fileName = Object.hasOwn(files, name) ? files[name]! : `${name}.svg`;
  return `${site.logoPath}/${encodeURIComponent(fileName)}`;
}
