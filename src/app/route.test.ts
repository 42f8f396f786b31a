import { expect, test } from 'vitest';
import { routeOf, wordsOfAddress } from './route.ts';

test('the list is / and any address that is not a page of its own', () => {
  expect(routeOf('/')).toEqual({ page: 'list' });
  expect(routeOf('/somewhere')).toEqual({ page: 'list' });
  expect(routeOf('/e/')).toEqual({ page: 'list' });
});

test('/e/<address> is an event page, with or without a trailing slash', () => {
  expect(routeOf('/e/2026-12-03-riviera-jug-quarkus')).toEqual({
    page: 'event',
    address: '2026-12-03-riviera-jug-quarkus',
  });
  expect(routeOf('/e/devfest/')).toEqual({ page: 'event', address: 'devfest' });
  expect(routeOf('/e/a/b')).toEqual({ page: 'list' });
});

test('/propose is the form to propose an event', () => {
  expect(routeOf('/propose')).toEqual({ page: 'propose' });
  expect(routeOf('/propose/')).toEqual({ page: 'propose' });
});

test('an unknown address gives its words, without the day it starts with', () => {
  expect(wordsOfAddress('2026-12-03-riviera-jug-quarkus')).toBe('riviera jug quarkus');
  expect(wordsOfAddress('devfest-cote-d-azur')).toBe('devfest cote d azur');
  expect(wordsOfAddress('2026-12-03')).toBe('');
});
