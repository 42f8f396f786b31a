// The site zone's VTIMEZONE, as the build reads it, for the calendar tests.
import { readFileSync } from 'node:fs';

const zoneFile = readFileSync(
  'node_modules/@touch4it/ical-timezones/zones/Europe/Paris.ics',
  'utf8',
);

export const parisVtimezone = zoneFile.slice(
  zoneFile.indexOf('BEGIN:VTIMEZONE'),
  zoneFile.indexOf('END:VCALENDAR'),
);
