import { afterEach, expect, test } from 'vitest';
import {
  endOfLocalDay,
  instantToLocalTimestamp,
  isInTimeZoneGap,
  isRealLocalTimestamp,
  localTimestampToInstant,
} from './time.ts';

const PARIS = 'Europe/Paris';
const visitorZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = visitorZone;
});

test('a Paris stamp is 1 h ahead of UTC in winter and 2 h in summer', () => {
  expect(localTimestampToInstant('20261204T181500', PARIS).toISOString()).toBe(
    '2026-12-04T17:15:00.000Z',
  );
  expect(localTimestampToInstant('20261004T181500', PARIS).toISOString()).toBe(
    '2026-10-04T16:15:00.000Z',
  );
});

test('the instant does not depend on the zone of the machine reading it', () => {
  for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'UTC']) {
    process.env.TZ = zone;
    expect(localTimestampToInstant('20261204T233000', PARIS).toISOString()).toBe(
      '2026-12-04T22:30:00.000Z',
    );
  }
});

test('real date-times pass, impossible ones do not', () => {
  expect(isRealLocalTimestamp('20280229T120000')).toBe(true);
  expect(isRealLocalTimestamp('20270229T120000')).toBe(false);
  expect(isRealLocalTimestamp('20260230T120000')).toBe(false);
  expect(isRealLocalTimestamp('20261301T120000')).toBe(false);
  expect(isRealLocalTimestamp('20261204T240000')).toBe(false);
  expect(isRealLocalTimestamp('20261204T186000')).toBe(false);
  expect(isRealLocalTimestamp('2026-12-04T18:00')).toBe(false);
});

test('a time in the spring-forward gap is detected, the hours around it are not', () => {
  expect(isInTimeZoneGap('20270328T023000', PARIS)).toBe(true);
  expect(isInTimeZoneGap('20270328T013000', PARIS)).toBe(false);
  expect(isInTimeZoneGap('20270328T030000', PARIS)).toBe(false);
  expect(isInTimeZoneGap('20261025T023000', PARIS)).toBe(false);
});

test('the end of a local day follows the zone across DST changes', () => {
  const springDay = localTimestampToInstant('20270328T093000', PARIS);
  expect(endOfLocalDay(springDay, PARIS).toISOString()).toBe('2027-03-28T21:59:59.999Z');
  const autumnDay = localTimestampToInstant('20261025T093000', PARIS);
  expect(endOfLocalDay(autumnDay, PARIS).toISOString()).toBe('2026-10-25T22:59:59.999Z');
});

test('an instant is written back as the local stamp it came from', () => {
  const instant = localTimestampToInstant('20270704T070809', PARIS);
  expect(instantToLocalTimestamp(instant, PARIS)).toBe('20270704T070809');
});
