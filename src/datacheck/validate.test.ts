import { expect, test } from 'vitest';
import { sortedEventsFile } from './sortEvents.ts';
import { formatProblem, validateEventsFile } from './validate.ts';
import { anEvent, anEventsFile, type RawEvent } from '../test/builders.ts';

const context = {
  logoNames: new Set(['Inria', 'ibm']),
  logoFolder: 'public/img/sponsors',
  timeZone: 'Europe/Paris',
  now: new Date('2026-12-01T08:00:00Z'),
};

function check(text: string): string[] {
  return validateEventsFile(text, context).map((problem) => formatProblem(problem, 'events.json'));
}

function checkEvents(events: RawEvent[]): string[] {
  return check(JSON.stringify(anEventsFile(events), null, 2));
}

test('a clean file has no problems', () => {
  expect(checkEvents([anEvent({ sponsors: [{ name: 'Inria' }] })])).toEqual([]);
});

test('JSON syntax errors are reported with line and column', () => {
  expect(check('{\n  "events": [\n    {"title": "a",}\n  ]\n}')).toEqual([
    'events.json:3:19: JSON syntax error: expected a field name in double quotes (is there a comma after the last field?)',
  ]);
  expect(check('{\n  "events": [\n    {"title": "a"}\n    {"title": "b"}\n  ]\n}')).toEqual([
    'events.json:4:5: JSON syntax error: a comma is missing between two items',
  ]);
  expect(check('')).toEqual(['events.json:1:1: the file is empty: it must hold {"events": [...]}']);
});

test('a file without an events list is refused', () => {
  expect(check('{\n  "items": []\n}')).toEqual([
    'events.json:1:1: the file must be an object with an "events" list: {"events": [ ... ]}',
  ]);
});

test('schema errors name the event, the field and the fix', () => {
  const problems = checkEvents([
    anEvent({ title: 'Lab', ts: '20260230T183000' }),
    anEvent({ title: 'JUG', link: 'javascript:alert(1)' }),
  ]);
  expect(problems).toEqual([
    'events.json:7:13 event #1 "Lab": ts: is not a real date-time: check the month, the day and the hour',
    'events.json:17:15 event #2 "JUG": link: must be an absolute http:// or https:// address, like https://example.org/event',
  ]);
});

test('a missing required field or a field of the wrong type is explained', () => {
  const untitled = anEvent();
  delete untitled.title;
  expect(checkEvents([untitled])).toEqual(['events.json:3:5 event #1: title: is required: add it']);
  expect(checkEvents([anEvent({ title: 'T', tags: 'java' })])).toEqual([
    'events.json:11:15 event #1 "T": tags: must be a list [...], not a string',
  ]);
});

test('unknown fields are refused with a suggestion', () => {
  const { title, ...rest } = anEvent();
  expect(checkEvents([{ titel: title, ...rest }])).toEqual([
    'events.json:3:5 event #1: title: is required: add it',
    'events.json:4:7 event #1: titel: unknown field "titel" (did you mean "title"?): the known fields are title, desc, date, ts, end, link, place, online, tags, sponsors, id, status, added',
  ]);
});

test('a sponsor without a logo is reported, with the nearest logo name', () => {
  expect(
    checkEvents([
      anEvent({ title: 'Lab Kubernetes', sponsors: [{ name: 'ibmm' }, { name: 'Acme' }] }),
    ]),
  ).toEqual([
    'events.json:11:19 event #1 "Lab Kubernetes": sponsors[0].name: "ibmm" has no logo in public/img/sponsors (did you mean "ibm"?): add public/img/sponsors/ibmm.svg (or .png, .webp) or fix the name',
    'events.json:14:19 event #1 "Lab Kubernetes": sponsors[1].name: "Acme" has no logo in public/img/sponsors: add public/img/sponsors/Acme.svg (or .png, .webp) or fix the name',
  ]);
});

test('duplicated events are reported: same start with the same link or a near-identical title', () => {
  const first = anEvent({ title: 'Riviera JUG : Quarkus', ts: '20261203T183000' });
  expect(
    checkEvents([
      first,
      { ...first },
      anEvent({ title: 'riviera jug: quarkus!', ts: '20261203T183000' }),
    ]),
  ).toEqual([
    'events.json:12:5 event #2 "Riviera JUG : Quarkus": duplicates event #1 "Riviera JUG : Quarkus" (same link): remove one of them',
    'events.json:21:5 event #3 "riviera jug: quarkus!": duplicates event #1 "Riviera JUG : Quarkus" (same start and nearly the same title): remove one of them',
  ]);
});

test('a field written twice in one event is reported (JSON.parse would silently keep the last)', () => {
  const text =
    '{"events": [\n  {"title": "A", "ts": "20261204T183000",\n   "title": "B", "link": "https://x.org", "added": "2026-11-01"}\n]}';
  expect(check(text)).toEqual([
    'events.json:3:4 event #1 "B": the field "title" is written twice in the same object; JSON keeps only the last one: remove one',
  ]);
});

test('a time in the spring-forward gap is reported', () => {
  expect(checkEvents([anEvent({ title: 'Night lab', ts: '20270328T023000' })])).toEqual([
    'events.json:7:13 event #1 "Night lab": ts: 20270328T023000 does not exist in Europe/Paris: clocks skip that hour (summer time starts); pick a time after the change',
  ]);
});

test('javascript: and other schemes are refused in any field', () => {
  expect(
    checkEvents([
      anEvent({
        title: 'Sneaky',
        desc: 'javascript:alert(1)',
        sponsors: [{ name: 'data:text/html,<b>x</b>' }],
      }),
    ]),
  ).toEqual([
    'events.json:5:15 event #1 "Sneaky": desc: holds a javascript: address; only http:// and https:// links are allowed: remove it',
    'events.json:11:19 event #1 "Sneaky": sponsors[0].name: "data:text/html,<b>x</b>" is not a plain name (no /, \\, % or leading dot): it is also the file name of its logo',
    'events.json:11:19 event #1 "Sneaky": sponsors[0].name: holds a data: address; only http:// and https:// links are allowed: remove it',
  ]);
});

test('the same link twice is a duplicate, whatever the dates', () => {
  expect(
    checkEvents([
      anEvent({ title: 'Java night', ts: '20261203T183000', link: 'https://x.org/java' }),
      anEvent({ title: 'Another title', ts: '20261210T183000', link: 'https://x.org/java' }),
    ]),
  ).toEqual([
    'events.json:12:5 event #2 "Another title": duplicates event #1 "Java night" (same link): remove one of them',
  ]);
});

test('old events and events out of start order are warnings, not errors', () => {
  const problems = validateEventsFile(
    JSON.stringify(
      anEventsFile([
        anEvent({ title: 'Recent', ts: '20261203T183000' }),
        anEvent({ title: 'Ancient', ts: '20230101T183000' }),
      ]),
      null,
      2,
    ),
    context,
  );
  expect(problems.map((p) => [p.severity, formatProblem(p, 'events.json')])).toEqual([
    [
      'warning',
      'events.json:12:5 event #2 "Ancient": warning: ended more than two years ago: it can be removed from events.json to keep the file small',
    ],
    [
      'warning',
      'events.json:16:13 event #2 "Ancient": ts: warning: is out of start order (it starts before event #1): run npm run validate -- --fix to sort the events',
    ],
  ]);
});

test('--fix sorts by start, writes each address as id, keeps every other key and the order of fields', () => {
  const text =
    '{"$schema": "./events.schema.json", "events": [{"title": "B", "ts": "20261210T100000"}, {"ts": "20261201T100000", "title": "A", "id": "a-kept"}], "note": 1}';
  expect(sortedEventsFile(text)).toBe(
    `${JSON.stringify(
      {
        $schema: './events.schema.json',
        events: [
          { ts: '20261201T100000', title: 'A', id: 'a-kept' },
          { title: 'B', ts: '20261210T100000', id: '2026-12-10-b' },
        ],
        note: 1,
      },
      null,
      2,
    )}\n`,
  );
  expect(sortedEventsFile('{"events": [')).toBeUndefined();
});

test('a sponsor name that looks like a path is refused: it is also a file name', () => {
  expect(checkEvents([anEvent({ title: 'Names', sponsors: [{ name: '../secret' }] })])).toEqual([
    'events.json:11:19 event #1 "Names": sponsors[0].name: "../secret" is not a plain name (no /, \\, % or leading dot): it is also the file name of its logo',
  ]);
});

test('two events with one address are refused, saying how to tell them apart', () => {
  const text = JSON.stringify(
    anEventsFile([
      anEvent({ title: 'Riviera JUG', ts: '20261203T183000', link: 'https://a.example/1' }),
      anEvent({ title: 'Riviera JUG!', ts: '20261203T200000', link: 'https://b.example/2' }),
      anEvent({
        title: 'Other',
        id: 'riviera',
        ts: '20261205T183000',
        link: 'https://c.example/3',
      }),
      anEvent({
        title: 'Again',
        id: 'riviera',
        ts: '20261206T183000',
        link: 'https://d.example/4',
      }),
    ]),
    null,
    2,
  );
  const messages = validateEventsFile(text, context)
    .filter((problem) => problem.message.includes('address'))
    .map((problem) => formatProblem(problem, 'events.json'));
  expect(messages).toEqual([
    `events.json:13:16 event #2 "Riviera JUG!": title: its address /e/2026-12-03-riviera-jug is also event #1's: give this one an "id" of its own, like "2026-12-03-riviera-jug-2"`,
    `events.json:39:13 event #4 "Again": id: its address /e/riviera is also event #3's: give this one an "id" of its own, like "riviera-2"`,
  ]);
});

test('an id that is not a plain address is refused by the schema', () => {
  const text = JSON.stringify(anEventsFile([anEvent({ id: 'Riviera.JUG' })]), null, 2);
  expect(validateEventsFile(text, context).map((problem) => problem.message)).toContainEqual(
    expect.stringContaining('must be lower-case letters, digits and single dashes'),
  );
});

test('an upcoming event without its added day is a warning saying what the feed does instead', () => {
  const coming = anEvent({ title: 'Coming', ts: '20261204T183000' });
  delete coming.added;
  const over = anEvent({ title: 'Over', ts: '20261104T183000' });
  delete over.added;
  expect(checkEvents([over, coming])).toEqual([
    'events.json:11:5 event #2 "Coming": warning: has no "added" day: the news feed dates it 2026-01-01, so feed readers never show it as new; add "added": "YYYY-MM-DD", the day it was added (npm run add-event writes it)',
  ]);
});
