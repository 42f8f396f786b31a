import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { eventsFileJsonSchema } from './editorSchema.ts';
import { eventSchema, knownEventFields } from './schema.ts';
import { schemaMessage } from './schemaMessage.ts';
import { anEvent } from '../test/builders.ts';

function problemsOf(raw: unknown) {
  const result = eventSchema.safeParse(raw);
  return result.success
    ? []
    : result.error.issues.map((i) => `${i.path.join('.')}: ${schemaMessage(i, raw)}`);
}

test('an event in the original site format is valid unchanged', () => {
  const original = {
    title: 'Lab Kubernetes',
    desc: 'Venez découvrir <b>Kubernetes</b>',
    date: '4 octobre à 18h15 au CEEI',
    ts: '20181004T181500',
    link: 'https://www.meetup.com/riviera-dev/events/1234/',
    sponsors: [{ name: 'ibm' }],
  };
  expect(problemsOf(original)).toEqual([]);
});

test('optional fields may be absent or null, and unknown fields are tolerated', () => {
  const event = anEvent({ desc: null, end: null, place: null, tags: null, futureField: 1 });
  const parsed = eventSchema.parse(event);
  expect(parsed.desc).toBeUndefined();
  expect(parsed.end).toBeUndefined();
});

test('required fields, stamps, links and the end are checked', () => {
  expect(problemsOf(anEvent({ title: '  ' }))).toEqual(['title: must not be empty']);
  expect(problemsOf(anEvent({ ts: '2026-12-04 18:30' }))).toEqual([
    'ts: must be a local date-time written YYYYMMDDTHHmmss, like 20261004T181500',
  ]);
  expect(problemsOf(anEvent({ ts: '20260230T183000' }))).toEqual([
    'ts: is not a real date-time: check the month, the day and the hour',
  ]);
  expect(problemsOf(anEvent({ link: 'javascript:alert(1)' }))).toEqual([
    'link: must be an absolute http:// or https:// address, like https://example.org/event',
  ]);
  expect(problemsOf(anEvent({ ts: '20261204T183000', end: '20261204T180000' }))).toEqual([
    'end: must be after the start (ts)',
  ]);
  expect(problemsOf({ desc: 'no title' })).toContain('title: is required: add it');
  expect(problemsOf(anEvent({ online: 'yes' }))).toEqual([
    'online: must be a boolean, not a string',
  ]);
});

test('a status says what became of the event, from a known list', () => {
  for (const status of ['cancelled', 'postponed', 'rescheduled', 'moved-online']) {
    expect(problemsOf(anEvent({ status }))).toEqual([]);
  }
  expect(problemsOf(anEvent({ status: 'canceled' }))).toEqual([
    'status: must be one of "cancelled", "postponed", "rescheduled", "moved-online", or left out while the event happens as announced',
  ]);
});

test('the committed editor schema is the one the zod schema makes (run npm run schema)', () => {
  const committed = readFileSync('public/events.schema.json', 'utf8');
  expect(committed, 'public/events.schema.json is out of date: run npm run schema').toBe(
    `${JSON.stringify(eventsFileJsonSchema(), null, 2)}\n`,
  );
});

test('the editor schema documents every field with a description and an example', () => {
  const schema = eventsFileJsonSchema() as {
    properties: {
      events: {
        items: {
          properties: Record<string, { description?: string; examples?: unknown[] }>;
          additionalProperties: boolean;
          required: string[];
        };
      };
    };
  };
  const event = schema.properties.events.items;
  expect(Object.keys(event.properties)).toEqual(knownEventFields);
  for (const [name, field] of Object.entries(event.properties)) {
    expect(field.description, name).toBeTruthy();
    expect(field.examples?.length, name).toBeGreaterThan(0);
  }
  expect(event.additionalProperties).toBe(false);
  expect(event.required).toEqual(['title', 'ts', 'link']);
});

test('the sample data uses the editor schema', () => {
  expect(JSON.parse(readFileSync('public/events.json', 'utf8')).$schema).toBe(
    './events.schema.json',
  );
});
