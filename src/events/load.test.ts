import { expect, test } from 'vitest';
import { EventsLoadError, readEventsFile } from './load.ts';
import { anEvent } from '../test/builders.ts';

const PARIS = 'Europe/Paris';

test('valid events are read with their start and end as instants', () => {
  const file = readEventsFile(
    JSON.stringify({ events: [anEvent({ ts: '20261204T183000' })] }),
    PARIS,
  );
  expect(file.skipped).toEqual([]);
  expect(file.events[0]?.startsAt.toISOString()).toBe('2026-12-04T17:30:00.000Z');
  expect(file.events[0]?.endsAt.toISOString()).toBe('2026-12-04T22:59:59.999Z');
});

test('one bad event is skipped and named; the others are kept', () => {
  const text = JSON.stringify({
    events: [anEvent({ title: 'Good' }), anEvent({ title: 'Bad', link: 'ftp://x' }), 42],
  });
  const file = readEventsFile(text, PARIS);
  expect(file.events.map((e) => e.title)).toEqual(['Good']);
  expect(file.skipped).toEqual([
    {
      index: 1,
      title: 'Bad',
      reason:
        'link: must be an absolute http:// or https:// address, like https://example.org/event',
    },
    {
      index: 2,
      title: undefined,
      reason: 'event: Invalid input: expected object, received number',
    },
  ]);
});

test('a byte-order mark is ignored', () => {
  const file = readEventsFile(`\uFEFF${JSON.stringify({ events: [anEvent()] })}`, PARIS);
  expect(file.events).toHaveLength(1);
});

test('a file that is not JSON, or has no events list, is refused as a whole', () => {
  expect(() => readEventsFile('{"events": [', PARIS)).toThrow(EventsLoadError);
  expect(() => readEventsFile('<!doctype html>', PARIS)).toThrow('events.json is not valid JSON');
  expect(() => readEventsFile('{"items": []}', PARIS)).toThrow('events.json has no "events" list');
  expect(() => readEventsFile('null', PARIS)).toThrow('events.json has no "events" list');
});
