import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { vtimezoneOf, zoneFilePath } from './vtimezone.ts';

test('the VTIMEZONE is taken out of the zone file that wraps it', () => {
  const component = vtimezoneOf(readFileSync(zoneFilePath('Europe/Paris'), 'utf8'), 'Europe/Paris');
  expect(component).toMatch(/^BEGIN:VTIMEZONE\r?\nTZID:Europe\/Paris/);
  expect(component.trimEnd()).toMatch(/END:VTIMEZONE$/);
});

test('a zone file of another zone is refused, naming the file to use', () => {
  const tokyo = readFileSync(zoneFilePath('Asia/Tokyo'), 'utf8');
  expect(() => vtimezoneOf(tokyo, 'Europe/Paris')).toThrow(
    'no VTIMEZONE for Europe/Paris in its zone file (node_modules/@touch4it/ical-timezones/zones/Europe/Paris.ics)',
  );
});
