// The browser's side of "Add to calendar": the .ics of one event, with the site zone's VTIMEZONE.
// Loaded only when a visitor asks for it, so the calendar library stays out of the first bundle.
import vtimezoneFile from '@touch4it/ical-timezones/zones/Europe/Paris.ics?raw';
import type { SiteEvent } from './event.ts';
import { eventsToIcs } from './ics.ts';

/** The VTIMEZONE component of the zone file (the file wraps it in a VCALENDAR). */
const siteVtimezone = vtimezoneFile.slice(
  vtimezoneFile.indexOf('BEGIN:VTIMEZONE'),
  vtimezoneFile.indexOf('END:VCALENDAR'),
);

export function calendarFileFor(
  event: SiteEvent,
  options: { siteName: string; timeZone: string; onlineLocation: string },
): string {
  if (!siteVtimezone.includes(`TZID:${options.timeZone}`)) {
    throw new Error(
      `calendarFile.ts embeds no VTIMEZONE for ${options.timeZone}: import its zone file`,
    );
  }
  return eventsToIcs([event], {
    name: options.siteName,
    timeZone: options.timeZone,
    vtimezone: siteVtimezone,
    onlineLocation: options.onlineLocation,
  });
}
