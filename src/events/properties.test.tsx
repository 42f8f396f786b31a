// Property-based tests (fast-check) of everything between the bytes of events.json and the list:
// the check and the loader never throw on any input, and every event they accept renders.
import { render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { EventCard } from '../components/EventCard.tsx';
import { withArchive, type EventsFile } from './eventsFile.ts';
import { EventsLoadError } from './fetchEventsJson.ts';
import { readEventsFile, readEventsFileInSlices } from './load.ts';
import { validateEventsFile } from '../datacheck/validate.ts';

const PARIS = 'Europe/Paris';
const context = {
  logoNames: new Set(['Inria']),
  logoFolder: 'img',
  timeZone: PARIS,
  now: new Date('2026-12-01T00:00:00Z'),
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const stamp = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map(
    (d) =>
      `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`,
  );
const someText = fc.string({ unit: 'grapheme', maxLength: 80 });

/** Events of every shape the schema allows, and many it does not. */
const eventLike = fc.record(
  {
    title: fc.oneof(someText, fc.constant('Meetup')),
    desc: fc.oneof(someText, fc.constant(null)),
    date: someText,
    ts: fc.oneof(stamp, someText),
    end: fc.oneof(stamp, fc.constant(null)),
    link: fc.oneof(fc.webUrl(), someText, fc.constant('javascript:alert(1)')),
    place: fc.oneof(someText, fc.constant(null)),
    online: fc.oneof(fc.boolean(), fc.constant(null)),
    tags: fc.array(someText, { maxLength: 3 }),
    sponsors: fc.array(
      fc.record({ name: fc.oneof(someText, fc.constant('Inria'), fc.constant('../x')) }),
      { maxLength: 3 },
    ),
    extra: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

test('the data check never throws, whatever the text, and places every problem', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.json(),
        fc.jsonValue().map((v) => JSON.stringify({ events: v })),
      ),
      (text) => {
        const problems = validateEventsFile(text, context);
        // Every problem is placed on a line of the text and says something.
        const lines = text.split('\n').length;
        for (const problem of problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lines);
          expect(problem.message.trim()).not.toBe('');
        }
        // Text that is not JSON is never passed as clean.
        if (!isJson(text)) expect(problems.some((p) => p.severity === 'error')).toBe(true);
      },
    ),
    { numRuns: 300 },
  );
});

test('the loader never throws anything but a load error, whatever the bytes', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.json(),
        fc.array(eventLike).map((events) => JSON.stringify({ events })),
      ),
      (text) => {
        try {
          const file = readEventsFile(text, PARIS);
          // Nothing is lost: each event of the file is read or counted as skipped.
          const given = (JSON.parse(text) as { events: unknown[] }).events;
          expect(file.events.length + file.skipped.length).toBe(given.length);
        } catch (error) {
          expect(error).toBeInstanceOf(EventsLoadError);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('read with its archive left for later, then completed, a file gives what one read gives', async () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const names = (file: EventsFile) => file.events.map((event) => event.key).sort();
  await fc.assert(
    fc.asyncProperty(fc.array(eventLike, { maxLength: 8 }), async (raw) => {
      const text = JSON.stringify({ events: raw });
      const atOnce = readEventsFile(text, PARIS);
      const staged = await readEventsFileInSlices(text, PARIS, { archiveBefore: now });
      const archived = (await staged.archive) ?? { events: [], skipped: [] };
      const whole = withArchive(staged, archived);
      // What was left for later had all ended: the upcoming list never misses an event.
      expect(archived.events.every((event) => event.endsAt.getTime() < now.getTime())).toBe(true);
      expect(names(whole)).toEqual(names(atOnce));
      expect(whole.skipped).toEqual(atOnce.skipped);
    }),
    { numRuns: 300 },
  );
});

test('every event the loader accepts renders with its title; links are http(s), its page or its file', () => {
  fc.assert(
    fc.property(fc.array(eventLike, { maxLength: 4 }), (raw) => {
      const { events } = readEventsFile(JSON.stringify({ events: raw }), PARIS);
      for (const event of events) {
        const { unmount } = render(
          <EventCard event={event} now={new Date('2026-12-01T00:00:00Z')} />,
        );
        const article = screen.getByRole('article');
        expect(within(article).getByRole('heading', { level: 3 }).textContent).toBe(event.title);
        for (const link of within(article).queryAllByRole('link')) {
          expect(link.getAttribute('href')).toMatch(
            /^(https?:\/\/|\/e\/[a-z0-9]+(-[a-z0-9]+)*(\.ics)?$)/i,
          );
        }
        unmount();
      }
    }),
    { numRuns: 150 },
  );
});

test('an event the data check passes is one the browser shows', () => {
  fc.assert(
    fc.property(eventLike, (raw) => {
      const text = JSON.stringify({ events: [raw] }, null, 2);
      const hasErrors = validateEventsFile(text, context).some(
        (problem) => problem.severity === 'error',
      );
      if (!hasErrors) expect(readEventsFile(text, PARIS).events).toHaveLength(1);
    }),
    { numRuns: 300 },
  );
});
