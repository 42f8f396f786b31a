import { expect, test } from 'vitest';
import { median, medianRatioInterval, verdict } from './stats.ts';

/** Repeatable noise, uniform in ±amplitude/2 (a linear congruential generator). */
function noiseFrom(seed: number, amplitude: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * amplitude;
}

test('the median is the middle value, or the mean of the two middle ones', () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(() => median([])).toThrow('median of no values');
});

test('pairs in a constant ratio give that ratio and no spread', () => {
  const b = [400, 520, 610, 480, 700];
  const a = b.map((v) => v * 1.25);
  expect(medianRatioInterval(a, b)).toEqual({ ratio: 1.25, low: 1.25, high: 1.25 });
});

test('noisy pairs give an interval around the ratio that narrows with more loads', () => {
  // Loads that swing together with the machine's moment, an app 10% slower, and noise of its own.
  const noise = noiseFrom(12345, 120);
  const pairs = (n: number) => {
    const moments = Array.from({ length: n }, () => 550 + 2 * noise());
    const a = moments.map((moment) => moment * 1.1 + noise());
    const b = moments.map((moment) => moment + noise());
    return [a, b] as const;
  };
  const [a, b] = pairs(7);
  const few = medianRatioInterval(a, b);
  const many = medianRatioInterval(...pairs(41));
  for (const interval of [few, many]) {
    expect(interval.low).toBeLessThanOrEqual(interval.ratio);
    expect(interval.high).toBeGreaterThanOrEqual(interval.ratio);
    expect(interval.low).toBeLessThan(interval.high);
  }
  expect(many.high - many.low).toBeLessThan(few.high - few.low);
  expect(few.low).toBeGreaterThan(0.9);
  expect(many.low).toBeGreaterThan(1);
  expect(many.high).toBeLessThan(1.2);
  expect(medianRatioInterval(a, b)).toEqual(few);
});

test('values that are not pairs are refused', () => {
  expect(() => medianRatioInterval([1, 2], [1])).toThrow('pairs expected: 2 values against 1');
});

test('a verdict says whether the target holds, fails, or cannot be told', () => {
  expect(verdict({ ratio: 0.9, low: 0.85, high: 0.97 }, 1)).toMatch(/^holds/);
  expect(verdict({ ratio: 1.1, low: 1.02, high: 1.2 }, 1)).toMatch(/^does not hold/);
  expect(verdict({ ratio: 1.0, low: 0.95, high: 1.08 }, 1)).toMatch(/^cannot be told/);
});

test('the interval holds the true ratio about nine times in ten', () => {
  const noise = noiseFrom(777, 200);
  let held = 0;
  const experiments = 200;
  for (let run = 0; run < experiments; run += 1) {
    const moments = Array.from({ length: 15 }, () => 550 + noise());
    const a = moments.map((moment) => moment * 1.1 + noise());
    const b = moments.map((moment) => moment + noise());
    const { low, high } = medianRatioInterval(a, b, 500);
    if (low <= 1.1 && 1.1 <= high) held += 1;
  }
  expect(held / experiments).toBeGreaterThan(0.75);
  expect(held / experiments).toBeLessThan(0.99);
});
