// Dates and counts as visitors read them: dates always in the site's time zone, both in the
// visitor's language. Written from the words below rather than by Intl's formatters: a page's first
// use of one loads the platform's locale data (30 to 100 ms in a fresh page of Chromium here), a
// long task as the app takes over; and the build (Node) and every browser write the same text,
// whatever their ICU versions. format.test.ts checks every form against Intl.
import { isoWithOffset } from '../events/time.ts';
import { instantToWallTime } from '../events/zoneOffset.ts';
import { site, type Language } from '../site.ts';

type CalendarWords = { weekdays: readonly string[]; months: readonly string[] };

/** Weekdays from Sunday, as Date's getUTCDay counts them; months from January. */
const CALENDAR_WORDS: Record<Language, CalendarWords> = {
  fr: {
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
  },
  en: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
};

/** "décembre" / "December": the month's name, January being 1. */
export function monthName(month: number, language: Language): string {
  return CALENDAR_WORDS[language].months[month - 1] ?? String(month);
}

/** The instant's wall clock in the site's zone, as a Date whose UTC fields are that wall time. */
const wallClock = (instant: Date) => instantToWallTime(instant.getTime(), site.timeZone);

/** "jeudi 4 décembre 2026" / "Thursday 4 December 2026" */
export function formatDay(instant: Date, language: Language): string {
  const wall = wallClock(instant);
  const weekday = CALENDAR_WORDS[language].weekdays[wall.getUTCDay()];
  return `${weekday} ${wall.getUTCDate()} ${monthName(wall.getUTCMonth() + 1, language)} ${wall.getUTCFullYear()}`;
}

/** "18:15", in both languages. */
export function formatTime(instant: Date): string {
  return wallClock(instant).toISOString().slice(11, 16);
}

/** "décembre 2026" / "December 2026" */
export function formatMonth(instant: Date, language: Language): string {
  const wall = wallClock(instant);
  return `${monthName(wall.getUTCMonth() + 1, language)} ${wall.getUTCFullYear()}`;
}

/** The instant with the site zone's offset, for `<time dateTime>`: "2026-12-04T18:15:00+01:00". */
export function isoInSiteZone(instant: Date): string {
  return isoWithOffset(instant, site.timeZone);
}

/** "aujourd’hui", "demain", "dans 3 jours" / "today", "tomorrow", "in 3 days"; undefined past a month. */
export function formatRelativeDay(days: number, language: Language): string | undefined {
  if (days < 0 || days > 30 || !Number.isInteger(days)) return undefined;
  if (language === 'fr') {
    return ['aujourd’hui', 'demain', 'après-demain'][days] ?? `dans ${days} jours`;
  }
  return ['today', 'tomorrow'][days] ?? `in ${days} days`;
}

/** A count, thousands apart as each language writes them: "5 127" (a narrow no-break space), "5,127". */
export function formatCount(count: number, language: Language): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, language === 'fr' ? '\u202f' : ',');
}

/** "2026" */
export function formatYear(instant: Date): string {
  return isoWithOffset(instant, site.timeZone).slice(0, 4);
}
