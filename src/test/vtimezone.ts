// The site zone's VTIMEZONE, as the build reads it, for the calendar tests.
import { readFileSync } from 'node:fs';
import { vtimezoneOf, zoneFilePath } from '../events/vtimezone.ts';

export const parisVtimezone = vtimezoneOf(
  readFileSync(zoneFilePath('Europe/Paris'), 'utf8'),
  'Europe/Paris',
);
