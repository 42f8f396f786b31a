// `npm run bench`: the app in Chromium over generated events.json files of 1,000, 10,000 and 50,000
// events, served by the production build. Prints the time from events.json received to the first
// event on screen, and from a keystroke in the search box to the updated list (median and worst).
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromiumOptions.ts';
import { generateEvents } from './generateEvents.ts';
import { ensureProdServer, PROD_URL } from './prodServer.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const QUERY = 'java cloud';

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

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

const stopServer = await ensureProdServer();
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  console.log(
    `Chromium, production build at ${PROD_URL}, ${RUNS} runs per size, query "${QUERY}"\n`,
  );
  console.log('events   file MB   first event ms (median/worst)   keystroke ms (median/worst)');
  for (const size of SIZES) {
    const body = JSON.stringify(generateEvents(size, new Date()));
    const firstEvent: number[] = [];
    const keystrokes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.newPage();
      await page.addInitScript({ content: probe });
      await page.route('**/events.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
      await page.goto(`${PROD_URL}/`);
      await page
        .locator('article a[href^="https://example.org/events/"]')
        .first()
        .waitFor({ timeout: 60_000 });
      firstEvent.push(
        await page.evaluate(() => {
          const entry = performance
            .getEntriesByType('resource')
            .find((e) => e.name.endsWith('/events.json'));
          const at = (window as unknown as { __firstEventAt: number }).__firstEventAt;
          return at - (entry as PerformanceResourceTiming).responseEnd;
        }),
      );
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
      ].join(' '),
    );
  }
} finally {
  await browser.close();
  stopServer();
}
