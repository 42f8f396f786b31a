// When a newer copy of the events replaces the one on screen (events.json after the page's own
// events), an event that did not change keeps its object: the cards, memoised on it, are not
// rendered again, and what was computed for it (its search text) is not computed again.
import { dequal } from 'dequal/lite';
import type { SiteEvent } from './event.ts';

/** `next` in its order, each event equal to one of `shown` (same key and data) replaced by it. */
export function keepShown(shown: readonly SiteEvent[], next: SiteEvent[]): SiteEvent[] {
  if (shown.length === 0) return next;
  const byKey = new Map(shown.map((event) => [event.key, event]));
  return next.map((event) => {
    const before = byKey.get(event.key);
    if (before === undefined || !dequal(before, event)) return event;
    return before;
  });
}
