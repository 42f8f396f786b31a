// `npm run bench`: the app in Chromium over generated events.json files of 1,000, 10,000 and 50,000
// events. A copy of the production build gets each file (with its .gz, as the build writes it) and is
// served by nginx with nginx.conf, so the file comes over real HTTP. Prints the time from events.json
// in the page's hands (fetched and parsed by a worker, src/app/eventsOffThread.ts) to the first event
// on screen, and from a keystroke in the search box to the updated list (median and worst).
import { chmodSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromiumOptions.ts';
import { generateEvents } from './generateEvents.ts';
import { ensureProdServer, PROD_URL } from './prodServer.ts';
import { median } from './stats.ts';

const SITE = '.cache/bench-browse';
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUERY = 'java cloud';
/** How long the visitor looks at the list before typing (BENCH_PAUSE_MS=0: typing at once). */
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 1000);

// Runs in the page: notes when the first event is on screen, and measures one keystroke.
const probe = `
  window.__firstEventAt = undefined;
  // The first generated event on screen (its link is on example.org/events/), checked every frame:
  // the prerendered sample events do not count.
  const watchFirstEvent = () => {
    if (document.querySelector('article a[href^="https://example.org/events/"]')) window.__firstEventAt = performance.now();
    else requestAnimationFrame(watchFirstEvent);
  };
  requestAnimationFrame(watchFirstEvent);
  window.__keystroke = (character) => new Promise((resolve) => {
    const input = document.querySelector('input[type=search]');
    const list = document.querySelector('main');
    const started = performance.now();
    const observer = new MutationObserver((records) => {
      if (records.every((record) => record.target === input)) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
    });
    observer.observe(list, { childList: true, subtree: true, characterData: true });
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setValue.call(input, input.value + character);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(() => { observer.disconnect(); resolve(NaN); }, 5000);
  });
`;

rmSync(SITE, { recursive: true, force: true });
cpSync('dist', SITE, { recursive: true });
const stopServer = await ensureProdServer(SITE);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  console.log(
    `Chromium, production build at ${PROD_URL}, ${RUNS} runs per size, query "${QUERY}" typed ${PAUSE_MS} ms after the list shows\n`,
  );
  console.log(
    'events   file MB   first event ms (median/worst)   keystroke ms (median/worst)' +
      '   of which read (median)   page start to first event (median)',
  );
  for (const size of SIZES) {
    const body = JSON.stringify(generateEvents(size, new Date()));
    // nginx serves the new file: gzip_static sends the .gz, as in production.
    writeFileSync(`${SITE}/events.json`, body);
    writeFileSync(
      `${SITE}/events.json.gz`,
      gzipSync(body, { level: constants.Z_BEST_COMPRESSION }),
    );
    for (const file of ['events.json', 'events.json.gz']) chmodSync(`${SITE}/${file}`, 0o644);
    const firstEvent: number[] = [];
    const reads: number[] = [];
    const fromStart: number[] = [];
    const keystrokes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage();
      await page.addInitScript({ content: probe });
      await page.goto(`${PROD_URL}/`);
      await page
        .locator('article a[href^="https://example.org/events/"]')
        .first()
        .waitFor({ timeout: 60_000 });
      const timing = await page.evaluate(() => {
        // From the parsed file's arrival in the page, where reading it starts (src/events/load.ts).
        const read = performance.getEntriesByName('events.json read')[0];
        const at = (window as unknown as { __firstEventAt: number }).__firstEventAt;
        return { total: at - (read?.startTime ?? NaN), read: read?.duration ?? NaN, fromStart: at };
      });
      firstEvent.push(timing.total);
      reads.push(timing.read);
      fromStart.push(timing.fromStart);
      // A visitor reads the list before typing; the app folds the search texts in that idle time.
      await page.waitForTimeout(PAUSE_MS);
      for (const character of QUERY) {
        keystrokes.push(
          await page.evaluate(
            (c) =>
              (window as unknown as { __keystroke: (c: string) => Promise<number> }).__keystroke(c),
            character,
          ),
        );
      }
      await page.close();
    }
    const typed = keystrokes.filter((ms) => !Number.isNaN(ms));
    console.log(
      [
        String(size).padStart(6),
        (body.length / 1e6).toFixed(1).padStart(9),
        `${median(firstEvent).toFixed(0)} / ${Math.max(...firstEvent).toFixed(0)}`.padStart(31),
        `${median(typed).toFixed(1)} / ${Math.max(...typed).toFixed(1)}`.padStart(30),
        median(reads).toFixed(0).padStart(26),
        median(fromStart).toFixed(0).padStart(36),
      ].join(' '),
    );
  }
} finally {
  await browser.close();
  stopServer();
}
