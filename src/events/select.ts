// Pure selection over events: upcoming or past, search, filters with their counts, grouping.
import { searchTextOf, type SiteEvent } from './event.ts';
import { matchesAllWords, queryWords } from './search.ts';
import { compareNames } from './text.ts';
import { localYearMonth, startOfLocalMonth } from './time.ts';
import { instantToWallTime, wallTimeToInstant } from './zoneOffset.ts';

/** The lists a visitor picks from, each in the order the page shows it. */
export const VIEWS = ['upcoming', 'past'] as const;
export const ATTENDANCES = ['any', 'in-person', 'online'] as const;
export const TIME_WINDOWS = ['all', 'week', 'month', 'quarter'] as const;
export type View = (typeof VIEWS)[number];
export type Attendance = (typeof ATTENDANCES)[number];
export type TimeWindow = (typeof TIME_WINDOWS)[number];

export type EventFilters = {
  query: string;
  /** Events with any of these sponsors or organisers. */
  sponsors: readonly string[];
  /** Events with any of these tags. */
  tags: readonly string[];
  attendance: Attendance;
  /** Upcoming view only: how far ahead. */
  window: TimeWindow;
};

export const noFilters: EventFilters = {
  query: '',
  sponsors: [],
  tags: [],
  attendance: 'any',
  window: 'all',
};

export function hasActiveFilters(filters: EventFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.sponsors.length > 0 ||
    filters.tags.length > 0 ||
    filters.attendance !== 'any' ||
    filters.window !== 'all'
  );
}

function byStartThenTitle(a: SiteEvent, b: SiteEvent): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || compareNames(a.title, b.title);
}

/** Events that have not ended at `now`, soonest first. An event stays listed until it ends. */
export function upcomingEvents(events: readonly SiteEvent[], now: Date): SiteEvent[] {
  return events.filter((event) => event.endsAt.getTime() >= now.getTime()).sort(byStartThenTitle);
}

/** Events that ended before `now`, most recent first. */
export function pastEvents(events: readonly SiteEvent[], now: Date): SiteEvent[] {
  return events
    .filter((event) => event.endsAt.getTime() < now.getTime())
    .sort((a, b) => byStartThenTitle(b, a));
}

/** The last instant a time window covers, in the site's zone; undefined for no limit. */
export function windowEnd(window: TimeWindow, now: Date, timeZone: string): Date | undefined {
  // Calendar arithmetic on the wall-clock time (a Date whose UTC fields are the local time).
  const wall = instantToWallTime(now.getTime(), timeZone);
  const [year, month, day] = [wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()];
  const lastMomentBefore = (wallMidnight: number) =>
    new Date(wallTimeToInstant(wallMidnight, timeZone) - 1);
  switch (window) {
    case 'all':
      return undefined;
    case 'week': {
      const daysToMonday = 7 - ((wall.getUTCDay() + 6) % 7);
      return lastMomentBefore(Date.UTC(year, month, day + daysToMonday));
    }
    case 'month':
      return lastMomentBefore(Date.UTC(year, month + 1, 1));
    case 'quarter': {
      // Three months on, the same time of day; a day the month lacks becomes its last day.
      const lastDay = new Date(Date.UTC(year, month + 4, 0)).getUTCDate();
      const later = new Date(wall);
      later.setUTCFullYear(year, month + 3, Math.min(day, lastDay));
      return new Date(wallTimeToInstant(later.getTime(), timeZone));
    }
  }
}

type Predicate = (event: SiteEvent) => boolean;

function predicates(
  filters: EventFilters,
  now: Date,
  timeZone: string,
): Record<keyof EventFilters, Predicate> {
  const words = queryWords(filters.query);
  const end = windowEnd(filters.window, now, timeZone);
  return {
    query: (event) => words.length === 0 || matchesAllWords(searchTextOf(event), words),
    sponsors: (event) =>
      filters.sponsors.length === 0 ||
      (event.sponsors ?? []).some((s) => filters.sponsors.includes(s.name)),
    tags: (event) =>
      filters.tags.length === 0 || (event.tags ?? []).some((tag) => filters.tags.includes(tag)),
    attendance: (event) =>
      filters.attendance === 'any' || (filters.attendance === 'online') === (event.online === true),
    window: (event) => end === undefined || event.startsAt.getTime() <= end.getTime(),
  };
}

/** The events that pass every filter, in the order given. */
export function filterEvents(
  events: readonly SiteEvent[],
  filters: EventFilters,
  now: Date,
  timeZone: string,
): SiteEvent[] {
  const tests = Object.values(predicates(filters, now, timeZone));
  return events.filter((event) => tests.every((test) => test(event)));
}

export type FacetCounts = {
  sponsors: Map<string, number>;
  tags: Map<string, number>;
  attendance: Record<Attendance, number>;
  window: Record<TimeWindow, number>;
};

function countBy(events: readonly SiteEvent[], keysOf: (event: SiteEvent) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const event of events) {
    const keys = keysOf(event);
    keys.forEach((key, index) => {
      // A key given twice in one event counts once.
      if (keys.indexOf(key) === index) counts.set(key, (counts.get(key) ?? 0) + 1);
    });
  }
  return new Map([...counts].sort((a, b) => compareNames(a[0], b[0])));
}

/**
 * For each option of each filter, how many events it would leave: the events passing every other
 * filter that have that option.
 */
export function facetCounts(
  events: readonly SiteEvent[],
  filters: EventFilters,
  now: Date,
  timeZone: string,
): FacetCounts {
  const tests = predicates(filters, now, timeZone);
  const facets = Object.keys(tests) as (keyof EventFilters)[];
  // One pass: an event counts for a facet when it passes every other filter. Each filter is tested
  // once per event (the search is the costly one), not once per facet.
  const passing = Object.fromEntries(facets.map((facet) => [facet, [] as SiteEvent[]])) as Record<
    keyof EventFilters,
    SiteEvent[]
  >;
  for (const event of events) {
    let failed: keyof EventFilters | undefined;
    let failures = 0;
    for (const facet of facets) {
      if (tests[facet](event)) continue;
      failed = facet;
      failures += 1;
      if (failures > 1) break;
    }
    if (failures === 0) for (const facet of facets) passing[facet].push(event);
    else if (failures === 1) passing[failed!].push(event);
  }
  const forAttendance = passing.attendance;
  const online = forAttendance.filter((event) => event.online === true).length;
  const forWindow = passing.window;
  const countWithin = (window: TimeWindow) => {
    const end = windowEnd(window, now, timeZone);
    return forWindow.filter(
      (event) => end === undefined || event.startsAt.getTime() <= end.getTime(),
    ).length;
  };
  return {
    sponsors: countBy(passing.sponsors, (event) => (event.sponsors ?? []).map((s) => s.name)),
    tags: countBy(passing.tags, (event) => event.tags ?? []),
    attendance: { any: forAttendance.length, online, 'in-person': forAttendance.length - online },
    window: {
      all: countWithin('all'),
      week: countWithin('week'),
      month: countWithin('month'),
      quarter: countWithin('quarter'),
    },
  };
}

export type EventGroup = {
  /** `YYYY-MM` or `YYYY` in the site's time zone. */
  key: string;
  /** The first instant of the month or year, for headings. */
  startsAt: Date;
  events: SiteEvent[];
};

function groupBy(
  events: readonly SiteEvent[],
  timeZone: string,
  period: (year: number, month: number) => { key: string; startsAt: Date },
): EventGroup[] {
  const groups: EventGroup[] = [];
  for (const event of events) {
    const { year, month } = localYearMonth(event.startsAt, timeZone);
    const last = groups.at(-1);
    const { key, startsAt } = period(year, month);
    if (last?.key === key) last.events.push(event);
    else groups.push({ key, startsAt, events: [event] });
  }
  return groups;
}

/** Groups events (already sorted) by the month of their start in the site's time zone. */
export function groupByMonth(events: readonly SiteEvent[], timeZone: string): EventGroup[] {
  return groupBy(events, timeZone, (year, month) => ({
    key: `${year}-${String(month).padStart(2, '0')}`,
    startsAt: startOfLocalMonth(year, month, timeZone),
  }));
}

/** Groups events (already sorted) by the year of their start in the site's time zone. */
export function groupByYear(events: readonly SiteEvent[], timeZone: string): EventGroup[] {
  return groupBy(events, timeZone, (year) => ({
    key: String(year),
    startsAt: startOfLocalMonth(year, 1, timeZone),
  }));
}

/** Every sponsor and organiser named by the events, once each, in alphabetical order. */
export function sponsorNames(events: readonly SiteEvent[]): string[] {
  const names = new Set(events.flatMap((event) => (event.sponsors ?? []).map((s) => s.name)));
  return [...names].sort(compareNames);
}
