import { expect, test } from 'vitest';
import { formatDay, formatMonth, formatTime, formatYear } from './format.ts';

// The site's zone is Europe/Paris (src/site.ts): UTC+1 in winter, UTC+2 in summer.
const winterEvening = new Date('2026-12-03T17:15:00Z');
const summerMidnight = new Date('2026-06-30T22:00:00Z');
const newYearInParis = new Date('2026-12-31T23:30:00Z');

test('a day is written with its weekday, in French and in English', () => {
  expect(formatDay(winterEvening, 'fr-FR')).toBe('jeudi 3 décembre 2026');
  expect(formatDay(winterEvening, 'en-GB')).toBe('Thursday 3 December 2026');
});

test('days, times and months are those of Paris, not of UTC', () => {
  expect(formatTime(winterEvening, 'fr-FR')).toBe('18:15');
  expect(formatDay(summerMidnight, 'fr-FR')).toBe('mercredi 1 juillet 2026');
  expect(formatTime(summerMidnight, 'en-GB')).toBe('00:00');
  expect(formatMonth(newYearInParis, 'fr-FR')).toBe('janvier 2027');
  expect(formatMonth(newYearInParis, 'en-GB')).toBe('January 2027');
  expect(formatYear(newYearInParis)).toBe('2027');
});
