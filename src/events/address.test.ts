import fc from 'fast-check';
import { expect, test } from 'vitest';
import { eventAddress, eventAt, eventPath, slugOf } from './address.ts';

test('an event without an id is addressed by its start day and its title, accents folded', () => {
  expect(
    eventPath({ ts: '20261203T183000', title: 'Riviera JUG : Quarkus & GraalVM en pratique' }),
  ).toBe('/e/2026-12-03-riviera-jug-quarkus-graalvm-en-pratique');
  expect(eventAddress({ ts: '20270629T090000', title: 'Sécurité des PME, édition 2027' })).toBe(
    '2027-06-29-securite-des-pme-edition-2027',
  );
});

test('an id keeps the address when the title or the time is corrected', () => {
  const shared = { id: '2026-12-03-riviera-jug-quarkus', ts: '20261203T183000', title: 'Quarkus' };
  expect(eventAddress({ ...shared, title: 'Quarkus et GraalVM', ts: '20261204T190000' })).toBe(
    '2026-12-03-riviera-jug-quarkus',
  );
});

test('a title with nothing to slug still gets an address; a long one is cut at a word', () => {
  expect(eventAddress({ ts: '20261203T183000', title: '!!!' })).toBe('2026-12-03-event');
  const long = slugOf('un titre vraiment très long '.repeat(6));
  expect(long.length).toBeLessThanOrEqual(60);
  expect(long.endsWith('-')).toBe(false);
  expect('un titre vraiment tres long '.repeat(6).replaceAll(' ', '-')).toContain(long);
});

test('an address never holds a dot, a slash, a space or an accent, whatever the title', () => {
  fc.assert(
    fc.property(fc.string(), (title) => {
      expect(eventAddress({ ts: '20261203T183000', title })).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }),
    { numRuns: 500 },
  );
});

test('an event is found at its address, and at the one it had before it was given an id', () => {
  const quarkus = { id: 'riviera-jug-quarkus', ts: '20261203T183000', title: 'Quarkus' };
  const devfest = { ts: '20270601T090000', title: 'DevFest' };
  expect(eventAt([devfest, quarkus], 'riviera-jug-quarkus')).toBe(quarkus);
  expect(eventAt([devfest, quarkus], '2026-12-03-quarkus')).toBe(quarkus);
  expect(eventAt([devfest, quarkus], '2027-06-01-devfest')).toBe(devfest);
  expect(eventAt([devfest, quarkus], '2027-06-01-devfes')).toBeUndefined();
});
