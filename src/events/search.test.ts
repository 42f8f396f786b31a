import { expect, test } from 'vitest';
import { foldForSearch, matchesAllWords, matchRanges, queryWords } from './search.ts';

const marked = (text: string, query: string) =>
  matchRanges(text, queryWords(query)).map(([start, end]) => text.slice(start, end));

test('case and accents are ignored', () => {
  expect(foldForSearch('Événement À SOPHIA')).toBe('evenement a sophia');
  expect(matchesAllWords(foldForSearch('Événement à Sophia'), queryWords('evenement'))).toBe(true);
  expect(matchesAllWords(foldForSearch('Evenement'), queryWords('ÉVÉNEMENT'))).toBe(true);
});

test('the typographic apostrophe, œ, æ and ß are found as keyboards type them', () => {
  const text = foldForSearch('Les bases d’IA au cœur de Straße, et l’ex æquo');
  expect(matchesAllWords(text, queryWords("d'ia coeur strasse ex aequo"))).toBe(true);
  expect(matchesAllWords(foldForSearch("l'IA"), queryWords('l’ia'))).toBe(true);
  expect(marked('Les bases d’IA', "d'ia")).toEqual(['d’IA']);
  expect(marked('Au Cœur du code', 'coeur')).toEqual(['Cœur']);
});

test('every word of the query must match, in any order', () => {
  const text = foldForSearch('Riviera JUG : Quarkus et GraalVM');
  expect(matchesAllWords(text, queryWords('graalvm jug'))).toBe(true);
  expect(matchesAllWords(text, queryWords('graalvm python'))).toBe(false);
  expect(queryWords('  ')).toEqual([]);
  expect(matchesAllWords(text, [])).toBe(true);
});

test('matches are marked on the original text, accents and all', () => {
  expect(marked('Événement à Sophia', 'evenement')).toEqual(['Événement']);
  expect(marked('Java et JavaScript', 'java')).toEqual(['Java', 'Java']);
  expect(marked('emoji 🎉 fête', 'fete')).toEqual(['fête']);
  expect(marked('Cloud native', 'oud nat')).toEqual(['oud', 'nat']);
  expect(marked('nothing here', 'xyz')).toEqual([]);
});

test('overlapping matches are merged', () => {
  expect(matchRanges('kubernetes', queryWords('kube bern'))).toEqual([[0, 6]]);
});
