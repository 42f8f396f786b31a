// The browser's side of "Add to calendar": the .ics of one event, with the site zone's VTIMEZONE.
// Loaded only when a visitor asks for it, so the calendar library stays out of the first bundle.
import vtimezoneFile from '@touch4it/ical-timezones/zones/Europe/Paris.ics?raw';
import type { SiteEvent } from './event.ts';
import { eventsToIcs } from './ics.ts';
import { vtimezoneOf } from './vtimezone.ts';

export function calendarFileFor(
  event: SiteEvent,
  options: { siteName: string; timeZone: string; onlineLocation: string },
): string {
  return eventsToIcs([event], {
    name: options.siteName,
    timeZone: options.timeZone,
    // The file imported above: another site zone needs its own zone file imported there.
    vtimezone: vtimezoneOf(vtimezoneFile, options.timeZone),
    onlineLocation: options.onlineLocation,
  });
}
