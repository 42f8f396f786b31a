// Each event's address on the site, /e/<address>: its `id` when it has one, else the day it starts
// and its title folded into a slug (2026-12-03-riviera-jug-quarkus). Addresses hold no dot (nginx
// takes a dotted path for a file) and no accent. The data check refuses two events with one address.
import { foldAccents } from './text.ts';

const MAX_SLUG = 60;

/** The address of the form to propose an event (src/app/route.ts). */
export const PROPOSE_PATH = '/propose';

/** `Riviera JUG : Quarkus & GraalVM` -> `riviera-jug-quarkus-graalvm`, cut at a dash near 60 characters. */
export function slugOf(text: string): string {
  const slug = foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG);
}

/** The address an event has without an `id`: its start day, then its title. */
export function fallbackAddress(event: { ts: string; title: string }): string {
  const day = `${event.ts.slice(0, 4)}-${event.ts.slice(4, 6)}-${event.ts.slice(6, 8)}`;
  return `${day}-${slugOf(event.title) || 'event'}`;
}

export function eventAddress(event: { id?: string; ts: string; title: string }): string {
  return event.id ?? fallbackAddress(event);
}

/** The path of an event's page. */
export const eventPath = (event: { id?: string; ts: string; title: string }) =>
  `/e/${eventAddress(event)}`;

/**
 * The event at an address: by its address, else by the address it had before it was given an `id`
 * (a link shared then keeps working).
 */
export function eventAt<T extends { id?: string; ts: string; title: string }>(
  events: readonly T[],
  address: string,
): T | undefined {
  return (
    events.find((event) => eventAddress(event) === address) ??
    events.find((event) => event.id !== undefined && fallbackAddress(event) === address)
  );
}
