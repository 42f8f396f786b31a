// Shared e2e setup: the clock pinned in the browser, and any console error or page error fails the test.
import { test as base, expect } from '@playwright/test';

/** 1 December 2026, 09:00 in Paris: the sample data has events on both sides of it. */
export const PINNED_NOW = new Date('2026-12-01T09:00:00+01:00');

type Fixtures = { consoleErrors: string[]; pinClock: void };

export const test = base.extend<Fixtures>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
  pinClock: [
    async ({ page }, use) => {
      await page.clock.setFixedTime(PINNED_NOW);
      await use();
    },
    { auto: false },
  ],
});

export { expect };
