// One cold load of a page, as bench:load and bench:first-screen measure it: Chromium with 4x CPU
// slowdown and a throttled mobile network (150 ms round trip, 9 Mbit/s), the cache off. What it
// gives: the first event painted (Element Timing), Largest Contentful Paint, Cumulative Layout
// Shift, bytes on the wire and requests, and the blocking time of long tasks after the first paint
// (as Lighthouse counts it, but under the real slowdown). Playwright enables DevTools' Runtime, as
// Lighthouse does: the blocking time includes what that costs the app's start, which a visitor does
// not pay (`npm run bench:inspector` measures it).
import { execFileSync } from 'node:child_process';
import type { Browser, Request } from '@playwright/test';
import { PAGE_CONTRACT } from '../src/app/pageContract.ts';
import type { Language } from '../src/site.ts';
import { BLOCKING_AFTER_FIRST_PAINT } from './blockingTime.ts';
import { PROD_URL } from './prodServer.ts';

const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 9_000_000 / 8,
  uploadThroughput: 9_000_000 / 8,
};
const CPU_SLOWDOWN = 4;
export const CONDITIONS = `${CPU_SLOWDOWN}x CPU slowdown, ${NETWORK.latency} ms RTT, 9 Mbit/s`;

export type Sample = {
  firstEvent: number;
  lcp: number;
  cls: number;
  bytes: number;
  requests: number;
  requestsBeforeFirstEvent: number;
  blocking: number;
  longTasks: number;
};

const probe = `
  window.__metrics = { painted: false, titles: [], lcp: 0, cls: 0, fcp: undefined, tasks: [] };
  // Element Timing: when the browser painted each event title (elementtiming="event"). The first
  // event is the first of them still on the page at the end: a title that the app replaced (the
  // page rendered again, in another language) was not what the visitor came for.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier !== 'event') continue;
      window.__metrics.painted = true;
      window.__metrics.titles.push(entry);
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__metrics.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__metrics.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__metrics.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  // Tasks of more than 50 ms: while one runs, the page cannot answer a tap or a key.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__metrics.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

/**
 * A response's bytes on the wire, headers and body. Playwright gives no body size for the page's
 * worker's own script (0): its Content-Length stands in, which nginx sends for every file.
 */
async function sentBytes(request: Request): Promise<number> {
  const [size, response] = await Promise.all([request.sizes(), request.response()]);
  const length = Number((await response?.headerValue('content-length')) ?? 0);
  return size.responseHeadersSize + (size.responseBodySize || length);
}

/**
 * Loads `path` of the local production server cold, in a fresh context. `isApp`: the page runs the
 * app, and the load lasts until the app has taken over (a busy main thread would otherwise pass
 * for a quiet network, and what the app loads after would not be counted).
 */
export async function measureColdLoad(
  browser: Browser,
  path: string,
  { isApp }: { isApp: boolean },
): Promise<Sample> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 915 },
    isMobile: true,
    deviceScaleFactor: 2.6,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // Playwright's request events, not the page's DevTools session: they also see what the page's
  // worker fetches (events.json, src/app/eventsOffThread.ts), which that session does not.
  let inFlight = 0;
  let lastActivity = performance.now();
  const sizes: Promise<number>[] = [];
  page.on('request', () => {
    inFlight += 1;
    lastActivity = performance.now();
  });
  page.on('requestfinished', (request) => {
    sizes.push(sentBytes(request).catch(() => 0));
    inFlight -= 1;
    lastActivity = performance.now();
  });
  page.on('requestfailed', () => {
    inFlight -= 1;
    lastActivity = performance.now();
  });
  await page.addInitScript({ content: probe });
  // Not until 'load': the static page of 10,000 events takes long to load in full, and what is
  // measured is its first event. Then everything the page loads, for the bytes.
  await page.goto(`${PROD_URL}${path}`, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(
    () => (window as unknown as { __metrics: { painted: boolean } }).__metrics.painted,
    undefined,
    { timeout: 60_000 },
  );
  if (isApp) {
    const ready = `#${PAGE_CONTRACT.rootId}[${PAGE_CONTRACT.appReadyAttribute}]`;
    await page.locator(ready).waitFor({ state: 'attached', timeout: 120_000 });
  }
  // Then until the network is quiet for a second (Playwright's 'networkidle' sometimes never
  // comes under the emulated network), for at most two minutes.
  const giveUp = performance.now() + 120_000;
  while ((inFlight > 0 || performance.now() - lastActivity < 1000) && performance.now() < giveUp) {
    await page.waitForTimeout(100);
  }
  const metrics = (await page.evaluate(`(() => {
    const m = window.__metrics;
    // An entry's element is null once it has left the page.
    const kept = m.titles.filter((entry) => entry.element !== null);
    m.firstEvent = kept.length === 0 ? NaN : Math.min(...kept.map((entry) => entry.renderTime || entry.loadTime));
    const before = performance.getEntriesByType('resource').filter((e) => e.startTime < m.firstEvent).length + 1;
    // Until the network is quiet.
    const { blocking, longTasks } = ${BLOCKING_AFTER_FIRST_PAINT}(m.tasks, m.fcp);
    return { firstEvent: m.firstEvent, lcp: m.lcp, cls: m.cls, requestsBeforeFirstEvent: before, blocking, longTasks };
  })()`)) as Omit<Sample, 'bytes' | 'requests'>;
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return { ...metrics, bytes, requests: sizes.length };
}

/**
 * Writes `static.html` into the site in `folder`: every upcoming event of its events.json rendered
 * into one page with the app's stylesheet inside and no JavaScript (bench/build-static-page.tsx).
 */
export function writeStaticPage(folder: string, language: Language): void {
  execFileSync(
    'npx',
    ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'bench/build-static-page.tsx', folder],
    { stdio: 'inherit', env: { ...process.env, BENCH_LANG: language } },
  );
}
