// A link to another page of the site that the app opens in place, without a reload, when it runs;
// a plain link where no app runs (the build's pages) and on a click with a modifier.
import { createContext, useContext, type AnchorHTMLAttributes } from 'react';
import { followInPlace } from './followInPlace.ts';

/** Opens a path of the site in place; absent where no app runs (the build's prerender). */
export const NavigateContext = createContext<((path: string) => void) | undefined>(undefined);

export function AppLink({
  href,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const navigate = useContext(NavigateContext);
  return (
    <a href={href} onClick={navigate ? followInPlace(() => navigate(href)) : undefined} {...rest} />
  );
}
