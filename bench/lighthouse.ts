// `npm run bench:lighthouse`: Lighthouse 12 (its mobile defaults: a mid-range phone, simulated slow
// 4G, 4x CPU) over the production build served by nginx with nginx.conf, BENCH_RUNS times (3 by
// default) in Chromium. Prints the median score of the four categories and the metrics behind
// performance. Run `npm run build` first.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumLaunchOptions } from '../e2e/chromiumOptions.ts';
import { watchMachineLoad } from './machine.ts';
import { ensureProdServer, PROD_URL } from './prodServer.ts';
import { median } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PAGE = `${PROD_URL}${process.env.BENCH_PATH ?? '/'}`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

/** Why a run measured nothing, or undefined when every category has its score. */
function failureOf(lhr: Result): string | undefined {
  if (lhr.runtimeError) return `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
  const unscored = CATEGORIES.filter((category) => lhr.categories[category]?.score == null);
  if (unscored.length === 0) return undefined;
  const errored = Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === 'error')
    .map((audit) => `${audit.id}: ${audit.errorMessage ?? 'error'}`);
  return `no score for ${unscored.join(', ')}; ${errored.join('; ') || 'no audit says why'}`;
}

const stop = await ensureProdServer();
const machineLoad = watchMachineLoad();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumLaunchOptions.executablePath,
  chromeFlags: ['--headless=new', ...(chromiumLaunchOptions.args ?? [])],
});
const scores: Record<string, number[]> = {};
const metrics: Record<string, number[]> = {};
try {
  for (let run = 0, failures = 0; run < RUNS;) {
    const result = await lighthouse(PAGE, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${PAGE}`);
    // A run in which Lighthouse failed, or could not score a category because one of its audits
    // errored, measured nothing: it is run again rather than counted as 0.
    const failure = failureOf(result.lhr);
    if (failure) {
      failures += 1;
      console.error(`run ${run + 1} failed (${failure}), running it again`);
      if (failures > RUNS)
        throw new Error(`Lighthouse failed ${failures} times on ${PAGE}: ${failure}`);
      continue;
    }
    run += 1;
    const { categories, audits } = result.lhr;
    for (const category of CATEGORIES) {
      (scores[category] ??= []).push(Math.round((categories[category]?.score ?? 0) * 100));
    }
    for (const metric of METRICS)
      (metrics[metric] ??= []).push(audits[metric]?.numericValue ?? NaN);
  }
} finally {
  await chrome.kill();
  stop();
}

console.log(`Lighthouse 12, mobile, ${PAGE}, median of ${RUNS} runs`);
console.log(`${machineLoad()}\n`);
for (const category of CATEGORIES) {
  console.log(
    `${category.padEnd(28)} ${String(median(scores[category]!)).padStart(4)}   (${scores[category]!.join(', ')})`,
  );
}
console.log('');
for (const metric of METRICS) {
  const value = median(metrics[metric]!);
  const shown = metric === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`;
  console.log(`${metric.padEnd(28)} ${shown.padStart(9)}`);
}
