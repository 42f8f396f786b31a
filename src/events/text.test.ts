import { expect, test } from 'vitest';
import { blankByteOrderMark, compareNames, foldAccents, withoutByteOrderMark } from './text.ts';

test('accents are folded away, other letters and marks of punctuation kept', () => {
  expect(foldAccents('Côte d’Azur, Sécurité, Ærø')).toBe('Cote d’Azur, Securite, Ærø');
});

test('a byte-order mark is dropped for parsing, or blanked to keep columns', () => {
  expect(withoutByteOrderMark('\uFEFF{"events":[]}')).toBe('{"events":[]}');
  expect(blankByteOrderMark('\uFEFF{"events":[]}')).toBe(' {"events":[]}');
  expect(withoutByteOrderMark('{"a":"\uFEFF"}')).toBe('{"a":"\uFEFF"}');
});

test('names are in the order a reader looks them up: accents and case aside, whatever the locale', () => {
  const names = ['java', 'Zenika', 'Éco-conception', 'ia', 'Inria', 'eco', 'cloud', 'Écoles'];
  expect([...names].sort(compareNames)).toEqual([
    'cloud',
    'eco',
    'Éco-conception',
    'Écoles',
    'ia',
    'Inria',
    'java',
    'Zenika',
  ]);
  // Same letters: written order decides, so a sort never depends on what came first.
  expect(['Eco', 'eco', 'Éco'].sort(compareNames)).toEqual(['Eco', 'eco', 'Éco']);
  expect(compareNames('Inria', 'Inria')).toBe(0);
});
