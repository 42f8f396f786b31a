import { expect, test } from 'vitest';
import { RELOAD_GUARD_MS, shouldReloadForMissingChunk } from './staleRelease.ts';

const now = Date.parse('2026-12-01T09:00:00Z');

test('the first missing chunk reloads the page', () => {
  expect(shouldReloadForMissingChunk(undefined, now)).toBe(true);
});

test('a chunk still missing right after that reload is left to show: no loop', () => {
  expect(shouldReloadForMissingChunk(now - 1_000, now)).toBe(false);
  expect(shouldReloadForMissingChunk(now - RELOAD_GUARD_MS, now)).toBe(false);
});

test('a later deploy may reload again', () => {
  expect(shouldReloadForMissingChunk(now - RELOAD_GUARD_MS - 1, now)).toBe(true);
});
