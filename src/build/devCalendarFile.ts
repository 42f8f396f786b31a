// The dev server's /e/<address>.ics (vite.config.ts): the file the build writes beside each event's
// page, made from public/events.json as it is at the time of asking, so that "Add to calendar" and
// an event page's calendar link work under `npm start` as they do on the site.
import { readFileSync } from 'node:fs';
import { eventAt } from '../events/address.ts';
import { readEventsFile } from '../events/load.ts';
import { vtimezoneOf, zoneFilePath } from '../events/vtimezone.ts';
import { site } from '../site.ts';
import { eventCalendarFile, siteCalendarOptions } from './feeds.ts';

/** The calendar file of the event at `address`, served at `siteUrl`; undefined when none is. */
export function devCalendarFile(address: string, siteUrl: string): string | undefined {
  const { events } = readEventsFile(readFileSync('public/events.json', 'utf8'), site.timeZone);
  const event = eventAt(events, address);
  if (!event) return undefined;
  const zoneFile = readFileSync(zoneFilePath(site.timeZone), 'utf8');
  return eventCalendarFile(
    event,
    siteCalendarOptions(siteUrl, vtimezoneOf(zoneFile, site.timeZone)),
  );
}
