// A link to another page of the site that the app opens in place, without a reload, when it runs;
// a plain link where no app runs (the build's pages) and on a click with a modifier. On a page
// whose address names its language (`?lang=en`), the link names it too: the page it opens, in
// place, in a new tab or shared, is in that language.
import { createContext, useContext, type AnchorHTMLAttributes } from 'react';
import type { Language } from '../site.ts';
import { followInPlace } from './followInPlace.ts';

/** Opens a path of the site in place; absent where no app runs (the build's prerender). */
export const NavigateContext = createContext<((path: string) => void) | undefined>(undefined);

/** The language the page's address names, if any, which its links to other pages keep. */
export const LinkLanguageContext = createContext<Language | undefined>(undefined);

/** `href` (a path of the site) naming `language`, unless it names one already. */
export function withLanguage(href: string, language: Language | undefined): string {
  if (language === undefined) return href;
  const hashAt = href.indexOf('#');
  const [path, hash] = hashAt === -1 ? [href, ''] : [href.slice(0, hashAt), href.slice(hashAt)];
  const queryAt = path.indexOf('?');
  if (queryAt !== -1 && new URLSearchParams(path.slice(queryAt)).has('lang')) return href;
  return `${path}${queryAt === -1 ? '?' : '&'}lang=${language}${hash}`;
}

export function AppLink({
  href: path,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const navigate = useContext(NavigateContext);
  const href = withLanguage(path, useContext(LinkLanguageContext));
  return (
    <a href={href} onClick={navigate ? followInPlace(() => navigate(href)) : undefined} {...rest} />
  );
}
