import { expect, test } from 'vitest';
import { readViewState, writeViewState } from './viewState.ts';

test('a link carries the view, the search, the filters and the language', () => {
  const search =
    '?view=past&q=java+lab&sponsor=Riviera+JUG&sponsor=CNR&tag=java&mode=online&when=week&lang=en';
  const state = readViewState(search);
  expect(state).toEqual({
    view: 'past',
    lang: 'en',
    filters: {
      query: 'java lab',
      sponsors: ['Riviera JUG', 'CNR'],
      tags: ['java'],
      attendance: 'online',
      window: 'week',
    },
  });
  expect(writeViewState(state)).toBe(search);
});

test('defaults are left out of the URL, unknown values are ignored', () => {
  expect(writeViewState(readViewState(''))).toBe('');
  expect(readViewState('?view=nope&mode=sideways&when=someday&lang=de')).toEqual(readViewState(''));
});
