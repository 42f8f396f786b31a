// events.json is fetched, parsed and read by a worker, off the page's main thread
// (src/app/eventsOffThread.ts): at 10,000 events that work held a phone's main thread for two and a
// half seconds. Where the worker cannot start, the page fetches and reads the file itself.
import type { Page } from '@playwright/test';
import { generateEvents } from '../bench/generateEvents.ts';
import { formatCount } from '../src/i18n/format.ts';
import {
  expect,
  expectConsoleErrors,
  expectTimeoutThenRetryRecovers,
  PINNED_NOW,
  serveEvents,
  stallRequests,
  test,
  waitForApp,
} from './fixtures.ts';

const WORKER_SCRIPT = /\/assets\/eventsFileWorker-[^/]+\.js$/;

/** How many times the page itself fetched events.json, by its own resource timing. */
const pageFetches = (page: Page) =>
  page.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname === '/events.json').length,
  );

/** Serves `count` generated events around the suite's instant; says how many are upcoming. */
async function serveGeneratedEvents(page: Page, count: number): Promise<number> {
  const file = generateEvents(count, PINNED_NOW);
  await serveEvents(page, JSON.stringify(file));
  // An event without an end is listed to the end of its day; the suite's day is 1 December 2026.
  return file.events.filter((event) => String(event.ts).slice(0, 8) >= '20261201').length;
}

test('a worker fetches events.json, and every event of a file of 2,000 comes over', async ({
  page,
  pinClock: _,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const upcoming = await serveGeneratedEvents(page, 2000);
  await page.goto('/');
  await waitForApp(page);
  // Eight batches of 250, put together again: the count is the file's.
  await expect(page.getByText(`${formatCount(upcoming, 'fr')} événements`)).toBeVisible();
  await expect(page.getByRole('article').first()).toContainText(/#\d+/);
  expect(workers).toEqual([expect.stringMatching(WORKER_SCRIPT)]);
  expect(await pageFetches(page), "events.json in the page's own resource timing").toBe(0);
});

test('the worker reads the events, the past ones after, and names the bad ones: the page loads no schema', async ({
  page,
  pinClock: _,
}) => {
  const events = [
    { title: 'Upcoming talk', ts: '20261210T183000', link: 'https://example.org/u' },
    { title: 'Upcoming and broken', ts: '20261211T183000', link: 'ftp://example.org/u2' },
    { title: 'Last year', ts: '20251210T183000', link: 'https://example.org/p1' },
    { title: 'Past and broken', ts: '20250110T183000', link: 'ftp://example.org/p2' },
  ];
  await serveEvents(page, JSON.stringify({ events }));
  await page.goto('/');
  await waitForApp(page);
  const titles = page.getByRole('article').getByRole('heading', { level: 3 });
  await expect(titles).toHaveText(['Upcoming talk']);
  // One bad event in each part: the notice counts both once the archive is read.
  await expect(
    page.getByText('2 événements ne sont pas affichés : leurs données sont invalides.'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Archives' }).click();
  await expect(titles).toHaveText(['Last year']);
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js')),
  );
  expect(scripts, 'the scripts the page itself loaded').not.toContainEqual(
    expect.stringMatching(/\/assets\/(schema|load)-/),
  );
});

test('the worker fails while reading the past events: the archive says so, and Retry recovers', async ({
  page,
  pinClock: _,
}) => {
  expectConsoleErrors(/the worker broke/);
  // The first worker hands over the upcoming events (none), announces past ones, and breaks when
  // the page asks for them.
  let broken = false;
  await page.route(WORKER_SCRIPT, (route) => {
    if (broken) return route.continue();
    broken = true;
    return route.fulfill({
      contentType: 'text/javascript',
      body: `self.onmessage = ({ data }) => {
        if (data.kind === 'archive') throw new Error('the worker broke');
        const read = { events: [], skipped: [] };
        self.postMessage({ kind: 'read', part: 'upcoming', read, last: true, archived: 1 });
      };`,
    });
  });
  await serveEvents(
    page,
    JSON.stringify({
      events: [{ title: 'Last year', ts: '20251210T183000', link: 'https://example.org/p1' }],
    }),
  );
  await page.goto('/?view=past');
  await waitForApp(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('le fichier des événements est illisible');
  await expect(page.getByRole('article')).toHaveCount(0);
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 3 })).toHaveText([
    'Last year',
  ]);
  await expect(alert).toBeHidden();
});

test('where the worker cannot start (its file gone after a deploy), the page fetches events.json', async ({
  page,
  pinClock: _,
}) => {
  expectConsoleErrors(/404|Failed to load/);
  await page.route(WORKER_SCRIPT, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  const upcoming = await serveGeneratedEvents(page, 300);
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByText(`${formatCount(upcoming, 'fr')} événements`)).toBeVisible();
  expect(await pageFetches(page), "events.json in the page's own resource timing").toBe(1);
});

test("the worker's own file stalls: the page gives up after 15 s, and Retry recovers", async ({
  page,
  pinClock: _,
}) => {
  test.setTimeout(60_000);
  const resume = await stallRequests(page, WORKER_SCRIPT);
  await page.goto('/');
  await waitForApp(page);
  // The same words as for a stalled events.json, the build's events shown meanwhile.
  await expectTimeoutThenRetryRecovers(page, resume);
});
