// Which page of the site an address is: the list (`/`, its state in the query string), an event's
// own page (`/e/<address>`), or the form to propose an event (`/propose`). Anything else is the list,
// as nginx serves index.html for it.
import { PROPOSE_PATH } from '../events/address.ts';

export type Route = { page: 'list' } | { page: 'event'; address: string } | { page: 'propose' };

export function routeOf(pathname: string): Route {
  const event = /^\/e\/([^/]+)\/?$/.exec(pathname);
  if (event?.[1]) return { page: 'event', address: decodeURIComponent(event[1]) };
  if (pathname.replace(/\/$/, '') === PROPOSE_PATH) return { page: 'propose' };
  return { page: 'list' };
}

/** The words of an unknown address, to search the list for: `2026-12-03-riviera-jug` -> `riviera jug`. */
export function wordsOfAddress(address: string): string {
  return address
    .replace(/^\d{4}-\d{2}-\d{2}(?:-|$)/, '')
    .split('-')
    .filter(Boolean)
    .join(' ');
}
