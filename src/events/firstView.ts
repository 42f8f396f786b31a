// The list's first view when the page carries only its first events (index.html stays small at any
// size of the data): how many events are upcoming and the filters' counts, as the build found
// them, for the app to show until events.json brings every event.
import { ATTENDANCES, TIME_WINDOWS, type FacetCounts } from './select.ts';

export type FirstView = {
  /** Upcoming events in all, of which the page carries the first page. */
  upcoming: number;
  /** The filters' counts with no filter applied. */
  counts: FacetCounts;
};

type FirstViewData = {
  upcoming: number;
  counts: Omit<FacetCounts, 'sponsors' | 'tags'> & {
    sponsors: [string, number][];
    tags: [string, number][];
  };
};

/** The first view as the page's JSON holds it (maps as lists of pairs). */
export function firstViewData({ upcoming, counts }: FirstView): FirstViewData {
  return {
    upcoming,
    counts: { ...counts, sponsors: [...counts.sponsors], tags: [...counts.tags] },
  };
}

// Checked by hand, not by a zod schema: a few lines, where zod's tuples and records would add a
// kilobyte and a half to the first view's code.
const isCount = (value: unknown): value is number => Number.isInteger(value) && Number(value) >= 0;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isCountsByName = (value: unknown): value is [string, number][] =>
  Array.isArray(value) &&
  value.every((pair) => Array.isArray(pair) && typeof pair[0] === 'string' && isCount(pair[1]));
const hasCountsOf = (value: unknown, keys: readonly string[]) =>
  isObject(value) && keys.every((key) => isCount(value[key]));

/** The first view the page holds; undefined when it holds none, or a broken one. */
export function readFirstView(data: unknown): FirstView | undefined {
  if (!isObject(data) || !isCount(data.upcoming) || !isObject(data.counts)) return undefined;
  const { sponsors, tags, attendance, window } = data.counts;
  if (!isCountsByName(sponsors) || !isCountsByName(tags)) return undefined;
  if (!hasCountsOf(attendance, ATTENDANCES) || !hasCountsOf(window, TIME_WINDOWS)) return undefined;
  return {
    upcoming: data.upcoming,
    counts: {
      sponsors: new Map(sponsors),
      tags: new Map(tags),
      attendance: attendance as FacetCounts['attendance'],
      window: window as FacetCounts['window'],
    },
  };
}
