import { describe, expect, test } from 'vitest';
import { readArchive } from './eventsFile.ts';
import { EventsLoadError } from './fetchEventsJson.ts';
import { readEventsFile, readEventsFileInSlices } from './load.ts';
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
    { index: 1, title: 'Bad', field: 'link', problem: 'notALink' },
    { index: 2, title: undefined, field: undefined, problem: 'wrongType' },
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

describe('the archive, read after the upcoming events', () => {
  const now = new Date('2026-12-01T09:00:00+01:00');
  const text = JSON.stringify({
    events: [
      anEvent({ title: 'Upcoming', ts: '20261204T183000' }),
      anEvent({ title: 'Past', ts: '20251204T183000' }),
      anEvent({ title: 'Past and bad', ts: '20251205T183000', link: 'ftp://x' }),
      anEvent({ title: 'Ends today', ts: '20261130T090000', end: '20261201T120000' }),
      anEvent({ title: 'Bad date', ts: '2026' }),
    ],
  });

  test('events that ended before the given time wait; the others are read at once', () => {
    const file = readEventsFile(text, PARIS, { archiveBefore: now });
    expect(file.events.map((e) => e.title)).toEqual(['Upcoming', 'Ends today']);
    expect(file.skipped.map((s) => s.title)).toEqual(['Bad date']);
    expect(file.archive?.unread.map((unread) => unread.index)).toEqual([1, 2]);
  });

  test('read later, the archive completes the file as one read would have', () => {
    const whole = readArchive(readEventsFile(text, PARIS, { archiveBefore: now }));
    const atOnce = readEventsFile(text, PARIS);
    expect(whole.archive).toBeUndefined();
    expect(whole.events.map((e) => e.title).sort()).toEqual(
      atOnce.events.map((e) => e.title).sort(),
    );
    expect(whole.skipped).toEqual(atOnce.skipped);
    expect(whole.skipped.map((s) => s.index)).toEqual([2, 4]);
  });

  test('the archive is read in slices while there is time, and once only', () => {
    const many = JSON.stringify({
      events: Array.from({ length: 250 }, (_, i) =>
        anEvent({ title: `Past ${i}`, ts: '20250101T100000', link: `https://example.org/${i}` }),
      ),
    });
    const file = readEventsFile(many, PARIS, { archiveBefore: now });
    expect(file.events).toEqual([]);
    let asked = 0;
    // Time is asked before each event but the first: yes, then no.
    expect(file.archive?.step(() => (asked++ < 1 ? 5 : 0))).toBeUndefined();
    expect(asked).toBe(2);
    const whole = file.archive?.step(() => 5);
    expect(whole?.events).toHaveLength(250);
    // Read at once (a visitor opens the archive), then in slices again: the same whole file.
    expect(readArchive(file)).toBe(whole);
    expect(readArchive({ ...file, firstView: undefined })).toBe(whole);
  });

  test('a file without an archive is already whole', () => {
    const file = readEventsFile(text, PARIS);
    expect(file.archive).toBeUndefined();
    expect(readArchive(file)).toBe(file);
  });
});

describe('events.json, read in slices', () => {
  const now = new Date('2026-12-01T09:00:00+01:00');
  const text = JSON.stringify({
    events: [
      ...Array.from({ length: 250 }, (_, i) =>
        anEvent({
          title: `Upcoming ${i}`,
          ts: '20261204T183000',
          link: `https://example.org/${i}`,
        }),
      ),
      anEvent({ title: 'Bad', link: 'ftp://x' }),
      anEvent({ title: 'Past', ts: '20251204T183000' }),
    ],
  });

  test('gives what one read gives, with a pause after each slice but the last', async () => {
    let pauses = 0;
    // Slices of no time: each reads one event, the least a slice reads.
    const sliced = await readEventsFileInSlices(text, PARIS, {
      archiveBefore: now,
      sliceMs: 0,
      pause: async () => void (pauses += 1),
    });
    expect(pauses).toBe(250);
    expect(sliced).toEqual(readEventsFile(text, PARIS, { archiveBefore: now }));
    expect(sliced.events).toHaveLength(250);
    expect(sliced.skipped.map((s) => s.title)).toEqual(['Bad']);
    expect(sliced.archive?.unread.map((unread) => unread.index)).toEqual([251]);
  });

  test('stops between slices when its signal aborts', async () => {
    const controller = new AbortController();
    let pauses = 0;
    const reading = readEventsFileInSlices(text, PARIS, {
      signal: controller.signal,
      sliceMs: 0,
      pause: async () => {
        pauses += 1;
        controller.abort(new Error('the visitor left'));
      },
    });
    await expect(reading).rejects.toThrow('the visitor left');
    expect(pauses).toBe(1);
  });

  test('refuses a file that is not JSON, or has no events list, as a whole', async () => {
    await expect(readEventsFileInSlices('{"events": [', PARIS)).rejects.toThrow(
      'events.json is not valid JSON',
    );
    await expect(readEventsFileInSlices('{"items": []}', PARIS)).rejects.toThrow(
      'events.json has no "events" list',
    );
  });
});
