// Dates as visitors read them: always in the site's time zone, in the visitor's language, by the
// platform's Intl. Each format is put together from its parts, so that the build (Node) and the
// browser write the same text whatever their ICU versions add around the parts.
import { isoWithOffset } from '../events/time.ts';
import { site } from '../site.ts';

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(instant: Date, locale: string, options: Intl.DateTimeFormatOptions): Parts {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: site.timeZone });
    formatters.set(key, formatter);
  }
  const parts: Parts = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

/** "jeudi 4 décembre 2026" / "Thursday 4 December 2026" */
export function formatDay(instant: Date, locale: string): string {
  const { weekday, day, month, year } = partsOf(instant, locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return `${weekday} ${day} ${month} ${year}`;
}

/** "18:15" */
export function formatTime(instant: Date, locale: string): string {
  const { hour, minute } = partsOf(instant, locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${hour}:${minute}`;
}

/** "décembre 2026" / "December 2026" */
export function formatMonth(instant: Date, locale: string): string {
  const { month, year } = partsOf(instant, locale, { month: 'long', year: 'numeric' });
  return `${month} ${year}`;
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
  return isoWithOffset(instant, site.timeZone).slice(0, 4);
}
