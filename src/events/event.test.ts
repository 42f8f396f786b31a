import { expect, test } from 'vitest';
import { aSiteEvent } from '../test/siteEvents.ts';
import { foldSearchTexts, searchTextOf } from './event.ts';

test('an event reads as its start and end in Paris, keeping its fields', () => {
  const event = aSiteEvent({ ts: '20261204T183000', end: '20261204T210000', title: 'Meetup' });
  expect(event.startsAt.toISOString()).toBe('2026-12-04T17:30:00.000Z');
  expect(event.endsAt.toISOString()).toBe('2026-12-04T20:00:00.000Z');
  expect(event.title).toBe('Meetup');
  expect(event.key).toBe(`20261204T183000-${event.link}`);
});

test('search texts are folded in slices while there is time; the index to go on from is returned', () => {
  const events = Array.from({ length: 120 }, (_, i) => aSiteEvent({ title: `Événement ${i}` }));
  let asked = 0;
  // Time is asked before each 50 events but the first 50: yes, then no.
  const stoppedAt = foldSearchTexts(events, 0, () => (asked++ < 1 ? 5 : 0));
  expect(stoppedAt).toBe(100);
  expect(asked).toBe(2);
  expect(foldSearchTexts(events, stoppedAt, () => 5)).toBe(120);
});

test('a slice folds its first 50 events even with no time left, so the warm-up always gets on', () => {
  const events = Array.from({ length: 120 }, (_, i) => aSiteEvent({ title: `Événement ${i}` }));
  expect(foldSearchTexts(events, 0, () => 0)).toBe(50);
  expect(foldSearchTexts(events, 50, () => 0)).toBe(100);
  expect(foldSearchTexts(events, 100, () => 0)).toBe(120);
  expect(searchTextOf(events[7]!)).toMatch(/^evenement 7\n/);
});
