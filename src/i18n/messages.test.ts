import { expect, test } from 'vitest';
import { messages } from './messages.ts';

test('French says 0 and 1 in the singular, English only 1', () => {
  expect(messages.fr.shown(0)).toBe('0 événement');
  expect(messages.fr.shown(1)).toBe('1 événement');
  expect(messages.fr.shown(2)).toBe('2 événements');
  expect(messages.en.shown(0)).toBe('0 events');
  expect(messages.en.shown(1)).toBe('1 event');
});

test('numbers are written as each language writes them', () => {
  // French groups thousands with a narrow no-break space.
  expect(messages.fr.shown(5127)).toBe('5\u202f127 événements');
  expect(messages.en.shown(5127)).toBe('5,127 events');
  expect(messages.fr.skipped(1200)).toMatch(/^1\u202f200 événements ne sont pas affichés/);
});
