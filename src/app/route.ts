// Which page of the site an address is: the list (`/`, its state in the query string), an event's
// own page (`/e/<address>`), the form to propose an event (`/propose`), or none, which nginx answers
// with a 404 and the page that says so (nginx.conf sends other ways of naming a page to its address).
import { PROPOSE_PATH } from '../events/address.ts';

export type Route =
  { page: 'list' } | { page: 'event'; address: string } | { page: 'propose' } | { page: 'missing' };

/** A path segment as typed; one that is not valid percent-encoding (`%E9`) is taken as it is. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function routeOf(pathname: string): Route {
  const event = /^\/e\/([^/]*)\/?$/.exec(pathname);
  if (event) return { page: 'event', address: decoded(event[1] ?? '') };
  if (pathname.replace(/\/$/, '') === PROPOSE_PATH) return { page: 'propose' };
  if (pathname === '/') return { page: 'list' };
  return { page: 'missing' };
}

/** The words of an unknown address, to search the list for: `2026-12-03-riviera-jug` -> `riviera jug`. */
export function wordsOfAddress(address: string): string {
  return address
    .replace(/^\d{4}-\d{2}-\d{2}(?:-|$)/, '')
    .split('-')
    .filter(Boolean)
    .join(' ');
}
