// The benchmarks' figures: medians, and how far a ratio of two medians can be trusted on a machine
// whose timings swing by a third from one load to the next. The benches load their two pages in
// turn, so the loads come in pairs that met the same moment of the machine; the interval resamples
// those pairs.

export const median = (values: readonly number[]): number => {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The value below which `share` (0 to 1) of the sorted values lie, by nearest rank. */
const percentile = (sorted: readonly number[], share: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;

/** A small seeded generator (mulberry32): the same pairs give the same interval, run after run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type RatioInterval = { ratio: number; low: number; high: number };

/**
 * The ratio of the medians of `a` and `b`, loaded in pairs (`a[i]` beside `b[i]`), and the range
 * that 90% of its bootstrap resamples fall in: draw as many pairs as there are, with replacement,
 * and take the ratio of their medians, `resamples` times.
 */
export function medianRatioInterval(
  a: readonly number[],
  b: readonly number[],
  resamples = 2000,
): RatioInterval {
  if (a.length !== b.length || a.length === 0)
    throw new Error(`pairs expected: ${a.length} values against ${b.length}`);
  const random = seededRandom(a.length * 7919 + resamples);
  const ratios: number[] = [];
  for (let draw = 0; draw < resamples; draw += 1) {
    const picked = Array.from({ length: a.length }, () => Math.floor(random() * a.length));
    ratios.push(median(picked.map((i) => a[i]!)) / median(picked.map((i) => b[i]!)));
  }
  ratios.sort((x, y) => x - y);
  return {
    ratio: median(a) / median(b),
    low: percentile(ratios, 0.05),
    high: percentile(ratios, 0.95),
  };
}

/** Whether a measured interval says a target of "at most `target`" holds, fails, or cannot tell. */
export function verdict({ low, high }: RatioInterval, target: number): string {
  if (high <= target) return `holds: 90% of resamples at or under ${target.toFixed(2)}`;
  if (low > target) return `does not hold: 90% of resamples over ${target.toFixed(2)}`;
  return `cannot be told at this noise: the interval straddles ${target.toFixed(2)}`;
}
