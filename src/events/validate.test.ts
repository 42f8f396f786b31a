import { expect, test } from 'vitest';
import { formatProblem, validateEventsFile } from './validate.ts';
import { anEvent, anEventsFile, type RawEvent } from '../test/builders.ts';

const context = { logoNames: new Set(['Inria', 'ibm']), logoFolder: 'public/img/sponsors' };

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
    'events.json:16:15 event #2 "JUG": link: must be an absolute http:// or https:// address, like https://example.org/event',
  ]);
});

test('a missing required field or a field of the wrong type is explained', () => {
  const untitled = anEvent();
  delete untitled.title;
  expect(checkEvents([untitled])).toEqual(['events.json:3:5 event #1: title: is required: add it']);
  expect(checkEvents([anEvent({ title: 'T', tags: 'java' })])).toEqual([
    'events.json:10:15 event #1 "T": tags: must be a list [...], not a string',
  ]);
});

test('unknown fields are refused with a suggestion', () => {
  const { title, ...rest } = anEvent();
  expect(checkEvents([{ titel: title, ...rest }])).toEqual([
    'events.json:3:5 event #1: title: is required: add it',
    'events.json:4:7 event #1: titel: unknown field "titel" (did you mean "title"?): the known fields are title, desc, date, ts, end, link, place, online, tags, sponsors, added',
  ]);
});

test('a sponsor without a logo is reported, with the nearest logo name', () => {
  expect(
    checkEvents([
      anEvent({ title: 'Lab Kubernetes', sponsors: [{ name: 'ibmm' }, { name: 'Acme' }] }),
    ]),
  ).toEqual([
    'events.json:11:19 event #1 "Lab Kubernetes": sponsors[0].name: "ibmm" has no logo in public/img/sponsors (did you mean "ibm"?): add public/img/sponsors/ibmm.svg or fix the name',
    'events.json:14:19 event #1 "Lab Kubernetes": sponsors[1].name: "Acme" has no logo in public/img/sponsors: add public/img/sponsors/Acme.svg or fix the name',
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
    'events.json:11:5 event #2 "Riviera JUG : Quarkus": duplicates event #1 "Riviera JUG : Quarkus" (same start and same link or title): remove one of them',
    'events.json:19:5 event #3 "riviera jug: quarkus!": duplicates event #1 "Riviera JUG : Quarkus" (same start and same link or title): remove one of them',
  ]);
});

test('a field written twice in one event is reported (JSON.parse would silently keep the last)', () => {
  const text =
    '{"events": [\n  {"title": "A", "ts": "20261204T183000",\n   "title": "B", "link": "https://x.org"}\n]}';
  expect(check(text)).toEqual([
    'events.json:3:4 event #1 "B": the field "title" is written twice in the same object; JSON keeps only the last one: remove one',
  ]);
});
