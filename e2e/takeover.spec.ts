// The app takes over the pages nginx serves by hydrating them (src/app/takeover.ts): the nodes the
// build wrote stay, and nothing is drawn twice. A mismatch React reports is a console error, which
// fails the test (fixtures.ts). A visit the page was not rendered for is rendered anew.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { eventPath } from '../src/events/address.ts';
import { expect, pinClockAt, test, waitForApp } from './fixtures.ts';

const sample = (
  JSON.parse(readFileSync('public/events.json', 'utf8')) as {
    events: { title: string; ts: string; id?: string }[];
  }
).events;
const quarkus = sample.find((event) => event.title.includes('Quarkus'))!;

/** Opens `address`; says whether the first article (or form) the build wrote is still the page's. */
async function builtNodeStays(page: Page, address: string): Promise<boolean> {
  // Before any script of the page runs: the parser has just finished the build's markup.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      (window as unknown as { built: Element | null }).built = document.querySelector(
        '#root main:not([hidden]) article, #root main:not([hidden]) form',
      );
    });
  });
  await page.goto(address);
  await waitForApp(page);
  return page.evaluate(() => {
    const built = (window as unknown as { built: Element | null }).built;
    if (!built) throw new Error('the page came with no article or form');
    return built.isConnected;
  });
}

for (const address of ['/', eventPath(quarkus), '/propose']) {
  test(`${address} is hydrated: the nodes the build wrote stay`, async ({ page, pinClock: _ }) => {
    expect(await builtNodeStays(page, address)).toBe(true);
    await expect(
      page.locator('main:not([hidden]) h2, main:not([hidden]) h3').first(),
    ).toBeVisible();
  });
}

// @local: it needs pages built for the suite's instant (clock.ts), which a deployed image is not.
test('@local a visit after an event has ended: it leaves the list, and the cards below it stay', async ({
  page,
}) => {
  // The build is of 1 December (clock.ts); the visit is the morning after the Quarkus evening.
  await pinClockAt(page, new Date('2026-12-04T10:00:00+01:00'));
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      (window as unknown as { built: Element[] }).built = [
        ...document.querySelectorAll('#root main:not([hidden]) article'),
      ];
    });
  });
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('article', { name: /Quarkus/ })).toHaveCount(0);
  const built = await page.evaluate(() =>
    (window as unknown as { built: Element[] }).built.map((card) => ({
      title: card.querySelector('h3')?.textContent,
      stayed: card.isConnected,
    })),
  );
  expect(built[0]?.title).toMatch(/Quarkus/);
  expect(
    built.slice(1).filter((card) => !card.stayed),
    'the build’s cards of events still ahead, drawn again',
  ).toEqual([]);
});

test('a filtered link, or a language picked before, is rendered anew, and shows as asked', async ({
  page,
  pinClock: _,
}) => {
  expect(await builtNodeStays(page, '/?tag=java')).toBe(false);
  await expect(page.getByRole('article', { name: /Quarkus/ })).toBeVisible();
  await page.evaluate(() => window.localStorage.setItem('lang', 'en'));
  expect(await builtNodeStays(page, '/')).toBe(false);
  await expect(page.getByRole('region', { name: 'Filters' })).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
