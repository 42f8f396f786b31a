import { expect, test } from 'vitest';
import { LANGUAGES, site } from '../site.ts';
import {
  formatCount,
  formatDay,
  formatMonth,
  formatRelativeDay,
  formatTime,
  formatYear,
} from './format.ts';

// The site's zone is Europe/Paris (src/site.ts): UTC+1 in winter, UTC+2 in summer.
const winterEvening = new Date('2026-12-03T17:15:00Z');
const summerMidnight = new Date('2026-06-30T22:00:00Z');
const newYearInParis = new Date('2026-12-31T23:30:00Z');

/** What the platform's Intl writes, as the site wrote it before it had words of its own. */
const INTL_LOCALE = { fr: 'fr-FR', en: 'en-GB' } as const;
const formatters = new Map<string, Intl.DateTimeFormat>();
function partsByIntl(instant: Date, language: 'fr' | 'en', options: Intl.DateTimeFormatOptions) {
  const key = `${language} ${JSON.stringify(options)}`;
  const formatter =
    formatters.get(key) ??
    new Intl.DateTimeFormat(INTL_LOCALE[language], { ...options, timeZone: site.timeZone });
  formatters.set(key, formatter);
  return Object.fromEntries(
    formatter.formatToParts(instant).map((part) => [part.type, part.value]),
  );
}

test('a day is written with its weekday, in French and in English', () => {
  expect(formatDay(winterEvening, 'fr')).toBe('jeudi 3 décembre 2026');
  expect(formatDay(winterEvening, 'en')).toBe('Thursday 3 December 2026');
});

test('days, times and months are those of Paris, not of UTC', () => {
  expect(formatTime(winterEvening)).toBe('18:15');
  expect(formatDay(summerMidnight, 'fr')).toBe('mercredi 1 juillet 2026');
  expect(formatTime(summerMidnight)).toBe('00:00');
  expect(formatMonth(newYearInParis, 'fr')).toBe('janvier 2027');
  expect(formatMonth(newYearInParis, 'en')).toBe('January 2027');
  expect(formatYear(newYearInParis)).toBe('2027');
});

test('days, months and times are what Intl writes, every 7 hours 13 minutes over four years', () => {
  for (let at = Date.UTC(2024, 0, 1); at < Date.UTC(2028, 0, 1); at += (7 * 60 + 13) * 60_000) {
    const instant = new Date(at);
    for (const language of LANGUAGES) {
      const day = partsByIntl(instant, language, {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      });
      const time = partsByIntl(instant, language, {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      const where = `${instant.toISOString()} in ${language}`;
      expect(formatDay(instant, language), where).toBe(
        `${day.weekday} ${day.day} ${day.month} ${day.year}`,
      );
      expect(formatMonth(instant, language), where).toBe(`${day.month} ${day.year}`);
      expect(formatTime(instant), where).toBe(`${time.hour}:${time.minute}`);
    }
  }
});

test('how soon is what Intl says, up to a month ahead; nothing before today or past a month', () => {
  for (const language of LANGUAGES) {
    const intl = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    for (let days = 0; days <= 30; days += 1) {
      expect(formatRelativeDay(days, language), `${days} days in ${language}`).toBe(
        intl.format(days, 'day'),
      );
    }
    expect(formatRelativeDay(-1, language)).toBeUndefined();
    expect(formatRelativeDay(31, language)).toBeUndefined();
  }
  expect(formatRelativeDay(2, 'fr')).toBe('après-demain');
});

test('counts are grouped as Intl groups them in each language', () => {
  expect(formatCount(5127, 'fr')).toBe('5\u202f127');
  expect(formatCount(5127, 'en')).toBe('5,127');
  const counts = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 12_345, 123_456, 1_234_567, 50_000_000];
  for (const count of counts) {
    for (const language of LANGUAGES) {
      expect(formatCount(count, language), `${count} in ${language}`).toBe(
        new Intl.NumberFormat(INTL_LOCALE[language]).format(count),
      );
    }
  }
});
