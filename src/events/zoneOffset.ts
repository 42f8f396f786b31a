// UTC offsets of a time zone, fast: each zone-year's transitions are found once with Intl, then every
// lookup is a comparison. Converting 50,000 events costs milliseconds instead of a second. The build
// finds the site zone's years ahead (zoneTable, vite.config.ts), so that a page needs no Intl: its
// first use loads the platform's locale data, a long task on a phone before the app can take over.

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

function yearsOfZone(timeZone: string): ZoneYears {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = { byYear: new Map(), last: undefined };
    zones.set(timeZone, zone);
  }
  return zone;
}

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
  const zone = yearsOfZone(timeZone);
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

/**
 * A zone's offsets over whole UTC years, found ahead, as JSON carries them: for each year from
 * `firstYear`, the minutes from the year's start at which an offset comes in force, and that
 * offset in minutes (Paris: `[[0, 128580, 430500], [60, 120, 60]]`).
 */
export type ZoneTable = { timeZone: string; firstYear: number; years: [number[], number[]][] };

/** The zone's offsets from the start of `firstYear` to the end of `lastYear`, asked of Intl. */
export function zoneTable(timeZone: string, firstYear: number, lastYear: number): ZoneTable {
  const years: ZoneTable['years'] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    const { start, starts, offsets } = offsetsOfYear(year, timeZone);
    years.push([starts.map((at) => (at - start) / MINUTE), offsets.map((ms) => ms / MINUTE)]);
  }
  return { timeZone, firstYear, years };
}

/** Takes a zone's years from a table found ahead; years outside it are still asked of Intl. */
export function learnZoneTable({ timeZone, firstYear, years }: ZoneTable): void {
  const zone = yearsOfZone(timeZone);
  zone.last = undefined;
  years.forEach(([starts, offsets], index) => {
    const start = Date.UTC(firstYear + index, 0, 1);
    zone.byYear.set(firstYear + index, {
      start,
      end: Date.UTC(firstYear + index + 1, 0, 1),
      starts: starts.map((minutes) => start + minutes * MINUTE),
      offsets: offsets.map((minutes) => minutes * MINUTE),
    });
  });
}

// The site zone's table, where the build defined it (vite.config.ts); scripts in Node ask Intl.
declare const __SITE_ZONE_TABLE__: ZoneTable | undefined;
if (typeof __SITE_ZONE_TABLE__ !== 'undefined' && __SITE_ZONE_TABLE__)
  learnZoneTable(__SITE_ZONE_TABLE__);

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
