// Site time zone math: local `YYYYMMDDTHHmmss` stamps to instants, and instants to local calendar days.
import { instantToWallTime, wallTimeToInstant, zoneOffset } from './zoneOffset.ts';

const DAY = 86_400_000;

/** The shape of a local stamp, `YYYYMMDDTHHmmss`. */
export const LOCAL_TIMESTAMP = /^\d{8}T\d{6}$/;

type LocalDateTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

/** The number written by `count` digits of `text` from `from` (the shape is checked already). */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** Splits a `YYYYMMDDTHHmmss` stamp into its fields, or null when it is not of that shape. */
function splitLocalTimestamp(ts: string): LocalDateTime | null {
  // Read digit by digit: this runs for every event of the file, and substrings cost more.
  if (!LOCAL_TIMESTAMP.test(ts)) return null;
  return {
    year: digitsAt(ts, 0, 4),
    month: digitsAt(ts, 4, 2),
    day: digitsAt(ts, 6, 2),
    hour: digitsAt(ts, 9, 2),
    minute: digitsAt(ts, 11, 2),
    second: digitsAt(ts, 13, 2),
  };
}

/** True when the stamp names a date-time that exists on a calendar (no 30 February, no 25:00). */
export function isRealLocalTimestamp(ts: string): boolean {
  const parts = splitLocalTimestamp(ts);
  if (!parts) return false;
  const { year, month, day, hour, minute, second } = parts;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** The instant at which a local stamp happens in the given zone. */
export function localTimestampToInstant(ts: string, timeZone: string): Date {
  const parts = splitLocalTimestamp(ts);
  if (!parts) throw new RangeError(`"${ts}" is not a YYYYMMDDTHHmmss local timestamp`);
  const { year, month, day, hour, minute, second } = parts;
  return new Date(
    wallTimeToInstant(Date.UTC(year, month - 1, day, hour, minute, second), timeZone),
  );
}

/**
 * True when the local stamp falls in a gap of the zone (the hour skipped when clocks go forward),
 * so that no instant has that wall-clock time.
 */
export function isInTimeZoneGap(ts: string, timeZone: string): boolean {
  if (!splitLocalTimestamp(ts)) return false;
  return instantToLocalTimestamp(localTimestampToInstant(ts, timeZone), timeZone) !== ts;
}

/** The last millisecond of the local day that holds the instant. */
export function endOfLocalDay(instant: Date, timeZone: string): Date {
  const wall = instantToWallTime(instant.getTime(), timeZone).getTime();
  const nextMidnight = Math.floor(wall / DAY) * DAY + DAY;
  return new Date(wallTimeToInstant(nextMidnight, timeZone) - 1);
}

/** The instant as a local `YYYYMMDDTHHmmss` stamp in the zone. */
export function instantToLocalTimestamp(instant: Date, timeZone: string): string {
  const wall = instantToWallTime(instant.getTime(), timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    `${pad(wall.getUTCFullYear(), 4)}${pad(wall.getUTCMonth() + 1)}${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}${pad(wall.getUTCMinutes())}${pad(wall.getUTCSeconds())}`
  );
}

/** Calendar days from `now` to `instant`, counted in the zone's days: 0 today, 1 tomorrow, -1 yesterday. */
export function calendarDaysFrom(now: Date, instant: Date, timeZone: string): number {
  const dayOf = (date: Date) =>
    Math.floor(instantToWallTime(date.getTime(), timeZone).getTime() / DAY);
  return dayOf(instant) - dayOf(now);
}

/** Year and month (1-12) of the instant in the zone. */
export function localYearMonth(instant: Date, timeZone: string): { year: number; month: number } {
  const wall = instantToWallTime(instant.getTime(), timeZone);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1 };
}

/** The first instant of a local month (month 1-12) in the zone. */
export function startOfLocalMonth(year: number, month: number, timeZone: string): Date {
  return new Date(wallTimeToInstant(Date.UTC(year, month - 1, 1), timeZone));
}

/** ISO 8601 with the zone's offset, as <time> and schema.org want: 2026-12-04T18:15:00+01:00. */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const seconds = Math.floor(instant.getTime() / 1000) * 1000;
  const offsetMinutes = zoneOffset(seconds, timeZone) / 60_000;
  const wall = new Date(seconds + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${wall}${sign}${hours}:${minutes}`;
}

/** The local day of an instant, `YYYY-MM-DD`. */
export function localDay(instant: Date, timeZone: string): string {
  const stamp = instantToLocalTimestamp(instant, timeZone);
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;
}
