// The VTIMEZONE of a zone, from its file in @touch4it/ical-timezones (a VCALENDAR that wraps it):
// the build and the tests read it.

/** Where a zone's file is, from the project's folder. */
export const zoneFilePath = (timeZone: string) =>
  `node_modules/@touch4it/ical-timezones/zones/${timeZone}.ics`;

/** The VTIMEZONE component of a zone file; throws when the file holds none for `timeZone`. */
export function vtimezoneOf(zoneFile: string, timeZone: string): string {
  const component = zoneFile.slice(
    zoneFile.indexOf('BEGIN:VTIMEZONE'),
    zoneFile.indexOf('END:VCALENDAR'),
  );
  if (!component.startsWith('BEGIN:VTIMEZONE') || !component.includes(`TZID:${timeZone}`)) {
    throw new Error(`no VTIMEZONE for ${timeZone} in its zone file (${zoneFilePath(timeZone)})`);
  }
  return component;
}
