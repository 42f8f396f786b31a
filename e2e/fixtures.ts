// Shared e2e setup: the clock pinned in the browser, and any console error or page error of the
// test's page fails the test, unless the test declares it with `expectConsoleErrors` (the fault
// tests, which cause them on purpose).
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { PAGE_CONTRACT } from '../src/app/pageContract.ts';
import { PINNED_NOW } from './clock.ts';

/** The root once the app has taken over the page. */
export const APP_READY = `#${PAGE_CONTRACT.rootId}[${PAGE_CONTRACT.appReadyAttribute}]`;

export { PINNED_NOW };

const EXPECTED_CONSOLE_ERROR = 'expected console error';

/** Declares errors the running test causes on purpose; any other console error still fails it. */
export function expectConsoleErrors(...patterns: RegExp[]): void {
  for (const pattern of patterns) {
    base.info().annotations.push({ type: EXPECTED_CONSOLE_ERROR, description: pattern.source });
  }
}

type Fixtures = {
  /** Console and page errors of the test's page so far. */
  consoleErrors: string[];
  pinClock: void;
};

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      const expected = testInfo.annotations
        .filter((annotation) => annotation.type === EXPECTED_CONSOLE_ERROR)
        .map((annotation) => new RegExp(annotation.description ?? ''));
      const unexpected = errors.filter((error) => !expected.some((pattern) => pattern.test(error)));
      expect(unexpected, 'console errors of the page (see expectConsoleErrors)').toEqual([]);
    },
    { auto: true },
  ],
  pinClock: [
    async ({ page }, use) => {
      await pinClockAt(page, PINNED_NOW);
      await use();
    },
    { auto: false },
  ],
});

export { expect };

/**
 * From the page's next load on, "now" is `at` in the page. Playwright's page.clock and a plain
 * `class extends Date` both give Date a prototype of its own; libraries that copy Date.prototype's
 * methods at load (@date-fns/tz's TZDate) then miss them and show times an hour off. This pin keeps
 * the real prototype: only "now" changes. Plain JavaScript, so no compiler helper leaks into the page.
 */
export async function pinClockAt(page: Page, at: Date): Promise<void> {
  await page.addInitScript({
    content: `{
      const RealDate = Date;
      const pinned = ${at.getTime()};
      function PinnedDate(...args) {
        if (!new.target) return new RealDate(pinned).toString();
        return Reflect.construct(RealDate, args.length === 0 ? [pinned] : args, new.target);
      }
      PinnedDate.prototype = RealDate.prototype;
      PinnedDate.now = () => pinned;
      PinnedDate.parse = RealDate.parse;
      PinnedDate.UTC = RealDate.UTC;
      window.Date = PinnedDate;
    }`,
  });
}

/**
 * Waits until the app has taken over the prerendered page: before that, the events on screen are
 * the build's, and an element a test holds may be replaced under it.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator(APP_READY).waitFor({ state: 'attached' });
}

/** The page gets `body` as its events.json. */
export async function serveEvents(page: Page, body: string): Promise<void> {
  await page.route('**/events.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

/**
 * Requests for `url` hang for 30 s, then fail, until the returned function is called: from then on
 * they go through.
 */
export async function stallRequests(page: Page, url: string | RegExp): Promise<() => void> {
  let isStalled = true;
  await page.route(url, async (route) => {
    if (!isStalled) return route.continue();
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    await route.abort().catch(() => {});
  });
  return () => {
    isStalled = false;
  };
}

/**
 * The page gives up on events.json after 15 s, saying so, with the build's events still shown;
 * once `resume` lets requests through, Retry recovers.
 */
export async function expectTimeoutThenRetryRecovers(page: Page, resume: () => void) {
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('le serveur met trop de temps à répondre', { timeout: 20_000 });
  await expect(page.getByRole('article').first()).toBeVisible();
  resume();
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('article').first()).toBeVisible();
}

/** axe finds no WCAG 2.1 A or AA violation on the page as it is. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, what).toEqual([]);
}
