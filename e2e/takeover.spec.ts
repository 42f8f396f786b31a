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

type Built = { built: Element | null; builtLanguage: string; languageWrites: number };

/**
 * Opens `address`; says whether the first article (or form) the build wrote is still the page's,
 * in which language the page came from the server, and how often the page's code wrote its
 * language (each write, the same value too, has the browser restyle the whole page).
 */
async function builtPage(
  page: Page,
  address: string,
): Promise<{ stays: boolean; servedIn: string; languageWrites: number }> {
  // Before any script of the page runs: the parser has just finished the build's markup.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const seen = window as unknown as Built;
      seen.built = document.querySelector(
        '#root main:not([hidden]) article, #root main:not([hidden]) form',
      );
      seen.builtLanguage = document.documentElement.lang;
      seen.languageWrites = 0;
      new MutationObserver((records) => {
        seen.languageWrites += records.length;
      }).observe(document.documentElement, { attributeFilter: ['lang'] });
    });
  });
  await page.goto(address);
  await waitForApp(page);
  return page.evaluate(() => {
    const { built, builtLanguage, languageWrites } = window as unknown as Built;
    if (!built) throw new Error('the page came with no article or form');
    return { stays: built.isConnected, servedIn: builtLanguage, languageWrites };
  });
}

const builtNodeStays = async (page: Page, address: string) =>
  (await builtPage(page, address)).stays;

for (const address of ['/', eventPath(quarkus), '/propose']) {
  test(`${address} is hydrated: the nodes the build wrote stay`, async ({ page, pinClock: _ }) => {
    expect(await builtPage(page, address)).toEqual({
      stays: true,
      servedIn: 'fr',
      languageWrites: 0,
    });
    await expect(
      page.locator('main:not([hidden]) h2, main:not([hidden]) h3').first(),
    ).toBeVisible();
  });
}

for (const address of ['/?lang=en', `${eventPath(quarkus)}?lang=en`, '/propose?lang=en']) {
  test(`${address} comes from the server in English, and is hydrated`, async ({
    page,
    pinClock: _,
  }) => {
    expect(await builtPage(page, address)).toEqual({
      stays: true,
      servedIn: 'en',
      languageWrites: 0,
    });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Français' })).toBeVisible();
  });
}

test('a language picked is remembered: the next visit’s page comes from the server in it', async ({
  page,
  pinClock: _,
}) => {
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The bare address, on a later visit: English from the first byte, hydrated, and the address
  // says so, as right after the choice.
  expect(await builtPage(page, '/')).toEqual({ stays: true, servedIn: 'en', languageWrites: 0 });
  expect(new URL(page.url()).search).toBe('?lang=en');
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeVisible();
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await builtPage(page, '/')).toEqual({ stays: true, servedIn: 'fr', languageWrites: 0 });
});

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

test('a filtered link is rendered anew, as asked; a language an earlier release remembered follows', async ({
  page,
  pinClock: _,
}) => {
  expect(await builtNodeStays(page, '/?tag=java')).toBe(false);
  await expect(page.getByRole('article', { name: /Quarkus/ })).toBeVisible();
  // English, as an earlier release remembered it: the page comes in French and is hydrated; once it
  // is shown, the app reads that choice and shows it in English, and from then on the server knows.
  await page.evaluate(() => window.localStorage.setItem('lang', 'en'));
  expect(await builtPage(page, '/')).toMatchObject({ stays: true, servedIn: 'fr' });
  await expect(page.getByRole('region', { name: 'Filters' })).toBeAttached();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await builtPage(page, '/')).servedIn).toBe('en');
});
