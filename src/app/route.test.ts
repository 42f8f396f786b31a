import { expect, test } from 'vitest';
import { routeOf, wordsOfAddress } from './route.ts';

test('the list is /, and an address that names no page is missing, as nginx answers it', () => {
  expect(routeOf('/')).toEqual({ page: 'list' });
  expect(routeOf('/somewhere')).toEqual({ page: 'missing' });
  expect(routeOf('/events/2026/some-route')).toEqual({ page: 'missing' });
  expect(routeOf('/index.html')).toEqual({ page: 'missing' });
  expect(routeOf('/e')).toEqual({ page: 'missing' });
});

test('/e/<address> is an event page, with or without a trailing slash', () => {
  expect(routeOf('/e/2026-12-03-riviera-jug-quarkus')).toEqual({
    page: 'event',
    address: '2026-12-03-riviera-jug-quarkus',
  });
  expect(routeOf('/e/devfest/')).toEqual({ page: 'event', address: 'devfest' });
  expect(routeOf('/e/a/b')).toEqual({ page: 'missing' });
});

test('/e/ names no event, and an address that is not valid percent-encoding is read as typed', () => {
  expect(routeOf('/e/')).toEqual({ page: 'event', address: '' });
  expect(routeOf('/e/caf%C3%A9')).toEqual({ page: 'event', address: 'café' });
  expect(routeOf('/e/caf%E9')).toEqual({ page: 'event', address: 'caf%E9' });
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
