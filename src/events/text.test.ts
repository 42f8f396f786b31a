import { expect, test } from 'vitest';
import { blankByteOrderMark, foldAccents, withoutByteOrderMark } from './text.ts';

test('accents are folded away, other letters and marks of punctuation kept', () => {
  expect(foldAccents('Côte d’Azur, Sécurité, Ærø')).toBe('Cote d’Azur, Securite, Ærø');
});

test('a byte-order mark is dropped for parsing, or blanked to keep columns', () => {
  expect(withoutByteOrderMark('\uFEFF{"events":[]}')).toBe('{"events":[]}');
  expect(blankByteOrderMark('\uFEFF{"events":[]}')).toBe(' {"events":[]}');
  expect(withoutByteOrderMark('{"a":"\uFEFF"}')).toBe('{"a":"\uFEFF"}');
});
