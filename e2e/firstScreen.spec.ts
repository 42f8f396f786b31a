// The first screen shows events (issue 15): at 1280 x 800 at least three events' titles and dates
// without scrolling, at 390 x 844 the first one's, with the filters one click away and their
// counts; and every sponsor logo's text stays inside its logo, clear of its mark.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures.ts';

/** How many events show their title and their date entirely inside the viewport. */
async function eventsInFirstScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const inView = (element: Element | null) => {
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    };
    return [...document.querySelectorAll('main:not([hidden]) article')].filter(
      (article) => inView(article.querySelector('h3')) && inView(article.querySelector('.when')),
    ).length;
  });
}

test('on a wide screen, three events and the filters with their counts show without scrolling', async ({
  page,
  pinClock: _,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  expect(
    await eventsInFirstScreen(page),
    'events in the prerendered first screen',
  ).toBeGreaterThanOrEqual(3);
  await waitForApp(page);
  expect(await eventsInFirstScreen(page), 'events in the first screen').toBeGreaterThanOrEqual(3);
  const filters = page.getByRole('region', { name: 'Filtres' });
  await expect(filters.getByRole('radio', { name: /^Cette semaine \(\d+\)$/ })).toBeInViewport();
  await expect(filters.getByRole('button', { name: 'Filtres' })).toBeHidden();
});

test('on a phone, the first event’s title and date show, and the filters are one click away', async ({
  page,
  pinClock: _,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForApp(page);
  expect(await eventsInFirstScreen(page)).toBeGreaterThanOrEqual(1);
  const filters = page.getByRole('region', { name: 'Filtres' });
  await expect(filters.getByRole('radio', { name: /^Cette semaine/ })).toBeHidden();
  await filters.getByRole('button', { name: 'Filtres' }).click();
  await expect(filters.getByRole('radio', { name: /^Cette semaine \(\d+\)$/ })).toBeVisible();
});

test('the list page asks the browser not to paint before its first event, which it finds', async ({
  page,
  pinClock: _,
}) => {
  // Chromium says so in the console when the element a page waits for never came: it then held
  // the page's first paint back until the whole document was parsed.
  const warnings: string[] = [];
  page.on('console', (message) => warnings.push(message.text()));
  await page.goto('/');
  const awaited = await page.evaluate(() => {
    const link = document.head.querySelector('link[rel="expect"][blocking="render"]');
    const id = link?.getAttribute('href')?.replace(/^#/, '');
    const element = id ? document.getElementById(id) : null;
    return {
      isFirstEvent: element !== null && element === document.querySelector('main article'),
      title: element?.querySelector('h3')?.textContent ?? null,
    };
  });
  await waitForApp(page);
  expect(awaited).toEqual({
    isFirstEvent: true,
    title: await page.locator('main article h3').first().textContent(),
  });
  expect(warnings.filter((text) => text.includes('expected to be parsed'))).toEqual([]);
});

test('every sponsor logo’s text fits inside the logo and clear of its mark', async ({ page }) => {
  for (const file of readdirSync('public/img/sponsors').filter((name) => name.endsWith('.svg'))) {
    await page.setContent(`<body>${readFileSync(`public/img/sponsors/${file}`, 'utf8')}</body>`);
    const overflows = await page.evaluate(() => {
      const svg = document.querySelector('svg')!;
      const { width, height } = svg.viewBox.baseVal;
      const boxOf = (element: SVGGraphicsElement) => element.getBBox();
      const marks = [...svg.querySelectorAll<SVGGraphicsElement>('circle, path, polygon')].map(
        boxOf,
      );
      return [...svg.querySelectorAll<SVGGraphicsElement>('text')].flatMap((text) => {
        const box = boxOf(text);
        const isInside =
          box.x >= 2 &&
          box.y >= 2 &&
          box.x + box.width <= width - 2 &&
          box.y + box.height <= height - 2;
        const touchesMark = marks.some(
          (mark) =>
            box.x < mark.x + mark.width &&
            mark.x < box.x + box.width &&
            box.y < mark.y + mark.height &&
            mark.y < box.y + box.height,
        );
        return isInside && !touchesMark
          ? []
          : [`"${text.textContent}" ${isInside ? 'touches its mark' : 'is cut by the edge'}`];
      });
    });
    expect(overflows, file).toEqual([]);
  }
});
