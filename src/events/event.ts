// A valid event with its start and end resolved to instants in the site's time zone.
import type { EventData } from './schema.ts';
import { foldForSearch } from './search.ts';
import { endOfLocalDay, localTimestampToInstant } from './time.ts';

export type SiteEvent = EventData & {
  /** Stable across edits of other events: the start stamp and the link. */
  id: string;
  startsAt: Date;
  /** The given end, or else the end of the start's local day. */
  endsAt: Date;
  /** Title, description, place, tags and sponsor names, folded once for search. */
  searchText: string;
};

function searchTextOf(data: EventData): string {
  const parts = [
    data.title,
    data.desc,
    data.place,
    data.date,
    ...(data.tags ?? []),
    ...(data.sponsors ?? []).map((sponsor) => sponsor.name),
  ];
  return foldForSearch(parts.filter(Boolean).join('\n'));
}

export function toSiteEvent(data: EventData, timeZone: string): SiteEvent {
  const startsAt = localTimestampToInstant(data.ts, timeZone);
  const endsAt = data.end
    ? localTimestampToInstant(data.end, timeZone)
    : endOfLocalDay(startsAt, timeZone);
  return {
    ...data,
    id: `${data.ts}-${data.link}`,
    startsAt,
    endsAt,
    searchText: searchTextOf(data),
  };
}
