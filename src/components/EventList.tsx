// Events under month or year headings; long lists show a page at a time.
import { useState } from 'react';
import type { SiteEvent } from '../events/event.ts';
import type { EventGroup } from '../events/select.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { EventCard } from './EventCard.tsx';

export const PAGE_SIZE = 20;
/**
 * The id of the list's first event: the list page's head asks the browser not to paint before it
 * has parsed it, so that the first screen paints with its first event (src/build/indexPage.tsx).
 */
export const FIRST_EVENT_ID = 'first-event';

export function EventList({
  events,
  groupOf,
  headingOf,
  now,
  query,
  selection,
  total = events.length,
}: {
  /** Every event of the selection, in order; only the page shown is grouped and rendered. */
  events: readonly SiteEvent[];
  groupOf: (events: readonly SiteEvent[]) => EventGroup[];
  headingOf: (group: EventGroup) => string;
  now: Date;
  query: string;
  /** Names the selection shown: a new one starts again at the first page. */
  selection: string;
  /** How many events the selection has, when `events` holds only its first (the page's first view). */
  total?: number;
}) {
  const t = useMessages();
  const [page, setPage] = useState({ selection, limit: PAGE_SIZE });
  if (page.selection !== selection) setPage({ selection, limit: PAGE_SIZE });
  const limit = page.selection === selection ? page.limit : PAGE_SIZE;
  const shown = groupOf(events.slice(0, limit));
  const keyOf = uniqueKeys();
  return (
    <>
      {shown.map((group, groupIndex) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`} className="group">
          <h2 id={`group-${group.key}`}>{headingOf(group)}</h2>
          {group.events.map((event, index) => (
            <EventCard
              key={keyOf(event.key)}
              event={event}
              now={now}
              query={query}
              id={groupIndex === 0 && index === 0 ? FIRST_EVENT_ID : undefined}
            />
          ))}
        </section>
      ))}
      {total > limit ? (
        <button
          type="button"
          className="show-more"
          onClick={() => setPage({ selection, limit: limit + PAGE_SIZE })}
        >
          {t.showMore(Math.min(PAGE_SIZE, total - limit))}
        </button>
      ) : null}
    </>
  );
}

/**
 * A card's React key: its event's key, numbered from its second use (the app reads files that the
 * data check would refuse, two events alike among them). Not the card's place in the list: when the
 * visit comes after the build, the events that have ended since leave the top of the list, and
 * every card below would otherwise be drawn anew.
 */
function uniqueKeys(): (key: string) => string {
  const uses = new Map<string, number>();
  return (key) => {
    const use = (uses.get(key) ?? 0) + 1;
    uses.set(key, use);
    return use === 1 ? key : `${key}#${use}`;
  };
}
