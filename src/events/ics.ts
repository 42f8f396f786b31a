// Calendar files (RFC 5545) for events, made with ical-generator: stable UIDs, times in the site's
// zone with its VTIMEZONE, escaping and line folding done by the library.
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { calendarEnd } from './calendarLinks.ts';
import type { SiteEvent } from './event.ts';
import { CALENDAR_STATUS } from './status.ts';

/** FNV-1a, 64 bits, as hex: a short stable digest with no dependency and no async crypto. */
function digest(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The event's UID: from its start and its link only, so it survives edits of other events. */
export function eventUid(event: Pick<SiteEvent, 'ts' | 'link'>): string {
  return `${digest(`${event.ts}|${event.link}`)}@sophia-tech-events`;
}

export type CalendarOptions = {
  name: string;
  timeZone: string;
  /** The VTIMEZONE block of `timeZone`. */
  vtimezone: string;
  /** Text of the location of online events. */
  onlineLocation: string;
  url?: string;
  /** DTSTAMP of every event; pinned by tests and by builds that want stable output. */
  stamp?: Date;
};

export function eventsToIcs(events: readonly SiteEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Sophia Tech Events', product: 'events', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-level zone name: ical-generator would then write DTSTAMP as floating local time,
    // where RFC 5545 wants UTC. Each event names its zone; the generator adds its VTIMEZONE.
    timezone: {
      name: null,
      generator: (zone) => (zone === options.timeZone ? options.vtimezone : null),
    },
    url: options.url,
    x: [['X-WR-TIMEZONE', options.timeZone]],
  });
  for (const event of events) {
    calendar.createEvent({
      id: eventUid(event),
      start: new TZDate(event.startsAt.getTime(), options.timeZone),
      end: new TZDate(calendarEnd(event).getTime(), options.timeZone),
      timezone: options.timeZone,
      stamp: options.stamp ?? new Date(),
      summary: event.title,
      description: event.desc ?? null,
      location: event.online ? options.onlineLocation : (event.place ?? null),
      url: event.link,
      // CANCELLED makes subscribed calendars strike the entry out at their next refresh.
      status: ICalEventStatus[CALENDAR_STATUS[event.status ?? 'scheduled']],
    });
  }
  return calendar.toString();
}
