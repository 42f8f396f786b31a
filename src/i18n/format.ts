// Dates as visitors read them: always in the site's time zone, in the visitor's language.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Locale } from 'date-fns/locale';
import { isoWithOffset } from '../events/time.ts';
import { site } from '../site.ts';

const inSiteZone = tz(site.timeZone);

/** "jeudi 4 décembre 2026" / "Thursday 4 December 2026" */
export function formatDay(instant: Date, locale: Locale): string {
  return format(instant, 'EEEE d MMMM yyyy', { locale, in: inSiteZone });
}

/** "18:15" */
export function formatTime(instant: Date, locale: Locale): string {
  return format(instant, 'HH:mm', { locale, in: inSiteZone });
}

/** "décembre 2026" / "December 2026" */
export function formatMonth(instant: Date, locale: Locale): string {
  return format(instant, 'LLLL yyyy', { locale, in: inSiteZone });
}

/** The instant with the site zone's offset, for `<time dateTime>`: "2026-12-04T18:15:00+01:00". */
export function isoInSiteZone(instant: Date): string {
  return isoWithOffset(instant, site.timeZone);
}

/** "aujourd’hui", "demain", "dans 3 jours" / "today", "tomorrow", "in 3 days"; undefined past a month. */
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

export function formatRelativeDay(days: number, language: string): string | undefined {
  if (days < 0 || days > 30) return undefined;
  let relative = relativeFormats.get(language);
  if (!relative) {
    relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    relativeFormats.set(language, relative);
  }
  return relative.format(days, 'day');
}

/** "2026" */
export function formatYear(instant: Date): string {
  return format(instant, 'yyyy', { in: inSiteZone });
}
