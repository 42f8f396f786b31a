import { describe, expect, test } from 'vitest';
import { withArchive, type EventsRead } from './eventsFile.ts';
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

  test('events that ended before the given time come after the others, in the archive', async () => {
    const file = await readEventsFileInSlices(text, PARIS, { archiveBefore: now });
    expect(file.events.map((e) => e.title)).toEqual(['Upcoming', 'Ends today']);
    expect(file.skipped.map((s) => s.title)).toEqual(['Bad date']);
    const archived = await file.archive;
    expect(archived?.events.map((e) => e.title)).toEqual(['Past']);
    expect(archived?.skipped).toEqual([
      { index: 2, title: 'Past and bad', field: 'link', problem: 'notALink' },
    ]);
  });

  test('with its archive, the file is what one read gives', async () => {
    const file = await readEventsFileInSlices(text, PARIS, { archiveBefore: now });
    const whole = withArchive(file, await file.archive!);
    const atOnce = readEventsFile(text, PARIS);
    expect(whole.archive).toBeUndefined();
    expect(whole.events.map((e) => e.title).sort()).toEqual(
      atOnce.events.map((e) => e.title).sort(),
    );
    expect(whole.skipped).toEqual(atOnce.skipped);
    expect(whole.skipped.map((s) => s.index)).toEqual([2, 4]);
  });

  test('the archive is read after a pause, in slices', async () => {
    const many = JSON.stringify({
      events: [
        anEvent({ title: 'Upcoming', ts: '20261204T183000' }),
        ...Array.from({ length: 3 }, (_, i) =>
          anEvent({ title: `Past ${i}`, ts: '20250101T100000', link: `https://example.org/${i}` }),
        ),
      ],
    });
    // Pauses that last until the test ends them.
    const paused: Array<() => void> = [];
    const file = await readEventsFileInSlices(many, PARIS, {
      archiveBefore: now,
      sliceMs: 0,
      pause: () => new Promise((resolve) => paused.push(resolve)),
    });
    expect(file.events.map((e) => e.title)).toEqual(['Upcoming']);
    let archived: EventsRead | undefined;
    void file.archive!.then((read) => (archived = read));
    // Slices of no time read one event each: a pause before the archive, and between its slices.
    for (let slice = 0; slice < 3; slice += 1) {
      await Promise.resolve();
      expect(paused).toHaveLength(slice + 1);
      expect(archived).toBeUndefined();
      paused[slice]!();
    }
    await file.archive;
    expect(archived?.events.map((e) => e.title)).toEqual(['Past 0', 'Past 1', 'Past 2']);
  });

  test('a file without past events has no archive', async () => {
    const file = await readEventsFileInSlices(
      JSON.stringify({ events: [anEvent({ ts: '20261204T183000' })] }),
      PARIS,
      { archiveBefore: now },
    );
    expect(file.events).toHaveLength(1);
    expect(file.archive).toBeUndefined();
  });

  test('given up before it is read, the archive is not read, and rejects', async () => {
    const controller = new AbortController();
    const file = await readEventsFileInSlices(text, PARIS, {
      archiveBefore: now,
      signal: controller.signal,
      pause: async () => controller.abort(new Error('the visitor left')),
    });
    await expect(file.archive).rejects.toThrow('the visitor left');
  });
});

describe('events.json, read in slices', () => {
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
    ],
  });

  test('gives what one read gives, with a pause after each slice but the last', async () => {
    let pauses = 0;
    // Slices of no time: each reads one event, the least a slice reads.
    const sliced = await readEventsFileInSlices(text, PARIS, {
      sliceMs: 0,
      pause: async () => void (pauses += 1),
    });
    expect(pauses).toBe(250);
    expect(sliced).toEqual(readEventsFile(text, PARIS));
    expect(sliced.events).toHaveLength(250);
    expect(sliced.skipped.map((s) => s.title)).toEqual(['Bad']);
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
