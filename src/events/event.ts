// A valid event with its start and end resolved to instants in the site's time zone.
import type { EventData } from './schema.ts';
import { foldForSearch } from './search.ts';
import { endOfLocalDay, localTimestampToInstant } from './time.ts';

export type SiteEvent = EventData & {
  /** For lists: stable across edits of other events, the start stamp and the link. */
  key: string;
  startsAt: Date;
  /** The given end, or else the end of the start's local day. */
  endsAt: Date;
};

/**
 * Whether a visitor can still go: the event has not ended and is not cancelled. Only then is it
 * offered for a calendar; an entry for what is over or called off is of no use to anyone.
 */
export function canStillAttend(event: SiteEvent, now: Date): boolean {
  return event.status !== 'cancelled' && event.endsAt.getTime() >= now.getTime();
}

const searchTexts = new WeakMap<SiteEvent, string>();

/** Title, description, place, date line, tags and sponsor names, folded for search; made on first search. */
export function searchTextOf(event: SiteEvent): string {
  let text = searchTexts.get(event);
  if (text === undefined) {
    text = foldedSearchText(event);
    searchTexts.set(event, text);
  }
  return text;
}

/**
 * Folds the search texts of `events` from index `from` while `timeLeft()` says there is time (asked
 * before each 50 events but the first 50, so that every call gets on, however short the idle time);
 * returns the index to go on from, `events.length` when all are done.
 */
export function foldSearchTexts(
  events: readonly SiteEvent[],
  from: number,
  timeLeft: () => number,
): number {
  let next = from;
  while (next < events.length) {
    if (next !== from && (next - from) % 50 === 0 && timeLeft() <= 0) break;
    searchTextOf(events[next]!);
    next += 1;
  }
  return next;
}

function foldedSearchText(data: EventData): string {
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
  // The parsed data is this event's own object: extended in place, as copying 10,000 of them shows.
  // An event moved online is online for every reader: filters, badges, calendars, search engines.
  const online = data.status === 'moved-online' ? true : data.online;
  return Object.assign(data, { key: `${data.ts}-${data.link}`, startsAt, endsAt, online });
}
