// UTC offsets of a time zone, fast: each zone-year's transitions are found once with Intl, then every
// lookup is a comparison. Converting 50,000 events costs milliseconds instead of a second.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at an instant, in milliseconds, asked of Intl (slow: a few µs). */
function offsetFromIntl(utcMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(utcMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return wall - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/** A UTC year of a zone: from `start` (inclusive) to `end`, the offsets in force from each of `starts`. */
type YearOffsets = { start: number; end: number; starts: number[]; offsets: number[] };

/** Per zone: its years found so far, and the one used last (events come in runs of nearby dates). */
type ZoneYears = { byYear: Map<number, YearOffsets>; last: YearOffsets | undefined };
const zones = new Map<string, ZoneYears>();

/** Every offset change within a UTC year, found by weekly steps then bisection to the minute. */
function offsetsOfYear(year: number, timeZone: string): YearOffsets {
  const yearStart = Date.UTC(year, 0, 1);
  const yearEnd = Date.UTC(year + 1, 0, 1);
  const starts = [yearStart];
  const offsets = [offsetFromIntl(yearStart, timeZone)];
  for (let from = yearStart; from < yearEnd; from += 7 * DAY) {
    const to = Math.min(from + 7 * DAY, yearEnd);
    if (offsetFromIntl(to, timeZone) === offsets.at(-1)) continue;
    let low = from;
    let high = to;
    while (high - low > MINUTE) {
      const mid = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetFromIntl(mid, timeZone) === offsets.at(-1)) low = mid;
      else high = mid;
    }
    starts.push(high);
    offsets.push(offsetFromIntl(high, timeZone));
  }
  return { start: yearStart, end: yearEnd, starts, offsets };
}

/** The offsets of the UTC year holding the instant, found once per zone and year. */
function yearOf(utcMs: number, timeZone: string): YearOffsets {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = { byYear: new Map(), last: undefined };
    zones.set(timeZone, zone);
  }
  const last = zone.last;
  if (last && utcMs >= last.start && utcMs < last.end) return last;
  const year = new Date(utcMs).getUTCFullYear();
  let found = zone.byYear.get(year);
  if (!found) {
    found = offsetsOfYear(year, timeZone);
    zone.byYear.set(year, found);
  }
  zone.last = found;
  return found;
}

/** The zone's offset from UTC at an instant, in milliseconds (3,600,000 for Paris in winter). */
export function zoneOffset(utcMs: number, timeZone: string): number {
  const { starts, offsets } = yearOf(utcMs, timeZone);
  let index = 0;
  while (index + 1 < starts.length && starts[index + 1]! <= utcMs) index += 1;
  return offsets[index]!;
}

/**
 * The instant of a wall-clock time in the zone. In a gap (clocks going forward) the time is read
 * with the offset before the change, so 02:30 on the spring day is 03:30 summer time; in an overlap
 * (clocks going back) the later of the two instants is taken.
 */
export function wallTimeToInstant(wallAsUtcMs: number, timeZone: string): number {
  const before = zoneOffset(wallAsUtcMs - DAY, timeZone);
  const after = zoneOffset(wallAsUtcMs + DAY, timeZone);
  const withBefore = wallAsUtcMs - before;
  const withAfter = wallAsUtcMs - after;
  const isValidWith = (instant: number) => instant + zoneOffset(instant, timeZone) === wallAsUtcMs;
  if (isValidWith(withAfter)) return withAfter;
  if (isValidWith(withBefore)) return withBefore;
  return withBefore; // in a gap
}

/** The wall-clock fields of an instant in the zone, as a Date whose UTC fields are that wall time. */
export function instantToWallTime(utcMs: number, timeZone: string): Date {
  return new Date(utcMs + zoneOffset(utcMs, timeZone));
}
