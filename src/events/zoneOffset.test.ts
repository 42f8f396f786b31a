import { expect, test } from 'vitest';
import {
  instantToWallTime,
  learnZoneTable,
  wallTimeToInstant,
  zoneOffset,
  zoneTable,
  type ZoneTable,
} from './zoneOffset.ts';

// One formatter a zone: building one per sample made this test time out on a busy machine.
const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetByIntl(utcMs: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, formatter);
  }
  const text = formatter.formatToParts(utcMs).find((part) => part.type === 'timeZoneName')!.value;
  const match = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(text)!;
  if (!match[1]) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
}

test('offsets agree with Intl every 5 hours over three years, in zones with odd rules', () => {
  const zones = [
    'Europe/Paris',
    'America/Los_Angeles',
    'Asia/Tokyo',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'America/Sao_Paulo',
    'Asia/Kolkata',
  ];
  for (const zone of zones) {
    for (
      let at = Date.UTC(2025, 0, 1);
      at < Date.UTC(2028, 0, 1);
      at += 5 * 3_600_000 + 7 * 60_000
    ) {
      expect(zoneOffset(at, zone), `${zone} ${new Date(at).toISOString()}`).toBe(
        offsetByIntl(at, zone),
      );
    }
  }
});

test('a table found ahead, as the build writes it into the page, gives the offsets Intl gives', () => {
  const zones = ['Europe/Paris', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Asia/Kolkata'];
  for (const zone of zones) {
    const table = zoneTable(zone, 2017, 2021);
    expect(table.years).toHaveLength(5);
    learnZoneTable(JSON.parse(JSON.stringify(table)) as ZoneTable);
    for (
      let at = Date.UTC(2017, 0, 1);
      at < Date.UTC(2022, 0, 1);
      at += 5 * 3_600_000 + 7 * 60_000
    ) {
      expect(zoneOffset(at, zone), `${zone} ${new Date(at).toISOString()}`).toBe(
        offsetByIntl(at, zone),
      );
    }
  }
  // Paris changes twice a year, at 01:00 UTC on the last Sundays of March and October.
  expect(zoneTable('Europe/Paris', 2026, 2026).years[0]).toEqual([
    [0, (31 + 28 + 28) * 1440 + 60, (31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 24) * 1440 + 60],
    [60, 120, 60],
  ]);
});

test('a wall time goes to its instant and back, except in the spring gap', () => {
  const paris = 'Europe/Paris';
  const wall = Date.UTC(2026, 11, 4, 18, 30);
  const instant = wallTimeToInstant(wall, paris);
  expect(new Date(instant).toISOString()).toBe('2026-12-04T17:30:00.000Z');
  expect(instantToWallTime(instant, paris).getTime()).toBe(wall);
  // 02:30 on 28 March 2027 does not exist in Paris: read as 03:30 summer time.
  expect(new Date(wallTimeToInstant(Date.UTC(2027, 2, 28, 2, 30), paris)).toISOString()).toBe(
    '2027-03-28T01:30:00.000Z',
  );
  // 02:30 on 25 October 2026 happens twice: the later one is taken.
  expect(new Date(wallTimeToInstant(Date.UTC(2026, 9, 25, 2, 30), paris)).toISOString()).toBe(
    '2026-10-25T01:30:00.000Z',
  );
});
