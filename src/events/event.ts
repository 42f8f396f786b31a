// A valid event with its start and end resolved to instants in the site's time zone.
import type { EventData } from './schema.ts';
import { endOfLocalDay, localTimestampToInstant } from './time.ts';

export type SiteEvent = EventData & {
  /** Stable across edits of other events: the start stamp and the link. */
  id: string;
  startsAt: Date;
  /** The given end, or else the end of the start's local day. */
  endsAt: Date;
};

export function toSiteEvent(data: EventData, timeZone: string): SiteEvent {
  const startsAt = localTimestampToInstant(data.ts, timeZone);
  const endsAt = data.end
    ? localTimestampToInstant(data.end, timeZone)
    : endOfLocalDay(startsAt, timeZone);
  return { ...data, id: `${data.ts}-${data.link}`, startsAt, endsAt };
}
