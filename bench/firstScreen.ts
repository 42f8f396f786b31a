// `npm run bench:first-screen`: how soon the app's page could paint its first events at best, beside
// the static page of bench:load. Four pages of the sample, served by nginx with nginx.conf and loaded
// cold in turn (bench/coldLoad.ts), the order rotated each round: the app; its page cut after its
// first three events (its head, header, search and filters, three cards, and nothing after: no
// script, data block or JSON-LD); the static page; the static page cut the same way. Prints the
// median first event of each and its ratio to the static page, with the range of that ratio over
// resamples of the rounds (bench/stats.ts).
// What it tells: the cut app page is the floor of every change that leaves the page's head and
// first screen as they are. Where it paints no sooner than the static page, only a lighter head or
// first screen can bring the app under it (docs/performance.md, tenth round).
// Run `npm run build` first; BENCH_DIST=<folder> measures another build; BENCH_RUNS rounds (11).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromiumOptions.ts';
import { precompress } from '../scripts/precompress.ts';
import { site } from '../src/site.ts';
import { CONDITIONS, measureColdLoad, writeStaticPage } from './coldLoad.ts';
import { cutAfterEvents } from './firstScreenPage.ts';
import { watchMachineLoad } from './machine.ts';
import { ensureProdServer } from './prodServer.ts';
import { median, medianRatioInterval } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const SITE = '.cache/bench-site';
const DIST = process.env.BENCH_DIST ?? 'dist';
// The first screen of bench:load's phone (412x915) shows one to two cards: three cover it.
const FIRST_SCREEN_EVENTS = 3;

rmSync(SITE, { recursive: true, force: true });
cpSync(DIST, SITE, { recursive: true });
writeStaticPage(SITE, site.defaultLanguage);
const cuts: [page: string, cut: string][] = [
  ['index.html', 'app-first-screen.html'],
  ['static.html', 'static-first-screen.html'],
];
for (const [page, cut] of cuts) {
  const file = path.join(SITE, cut);
  const html = readFileSync(path.join(SITE, page), 'utf8');
  writeFileSync(file, cutAfterEvents(html, FIRST_SCREEN_EVENTS, page));
  await precompress(file, SITE);
}

const pages = [
  { label: 'the app', path: '/', isApp: true },
  { label: `its page, cut after ${FIRST_SCREEN_EVENTS} events`, path: '/app-first-screen.html' },
  { label: 'the static page', path: '/static.html' },
  { label: 'the static page, cut the same', path: '/static-first-screen.html' },
];
const STATIC = 2;

const stopServer = await ensureProdServer(SITE);
const browser = await chromium.launch(chromiumLaunchOptions);
const machineLoad = watchMachineLoad();
try {
  const firstEvents: number[][] = pages.map(() => []);
  for (let round = 0; round < RUNS; round += 1) {
    // Each page takes each place of the round in turn: the first load of a round meets the
    // machine as the last one left it.
    for (let turn = 0; turn < pages.length; turn += 1) {
      const index = (round + turn) % pages.length;
      const { path: address, isApp = false } = pages[index]!;
      firstEvents[index]!.push((await measureColdLoad(browser, address, { isApp })).firstEvent);
    }
  }
  console.log(`\nsample data: ${RUNS} rounds of ${pages.length} cold loads in turn; ${CONDITIONS}`);
  console.log(`${machineLoad()}\n`);
  console.log(
    `${'first event visible, median'.padEnd(36)}${'ms'.padStart(8)}${'/static'.padStart(10)}   90% of resamples`,
  );
  pages.forEach(({ label }, index) => {
    const values = firstEvents[index]!;
    const { ratio, low, high } = medianRatioInterval(values, firstEvents[STATIC]!);
    const spread = index === STATIC ? '' : `   ${low.toFixed(2)} to ${high.toFixed(2)}`;
    console.log(
      `${label.padEnd(36)}${median(values).toFixed(0).padStart(8)}${ratio.toFixed(2).padStart(10)}${spread}`,
    );
  });
} finally {
  await browser.close();
  stopServer();
}
