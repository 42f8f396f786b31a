// Browsing in a real browser: keyboard only, phones to wide screens, dark mode, accessibility,
// the history, and calendar files that a real parser reads.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import {
  expect,
  expectConsoleErrors,
  expectNoAxeViolations,
  serveEvents,
  test,
  waitForApp,
} from './fixtures.ts';

test('no accessibility violations on the list, a filtered list, an empty result, the archive and the error state', async ({
  page,
  pinClock: _,
}) => {
  // The error state is reached by a failing events.json.
  expectConsoleErrors(/^Failed to load resource: the server responded with a status of 500/);
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectNoAxeViolations(page, 'list');

  await page.getByRole('checkbox', { name: /^java/ }).check();
  await expect(page).toHaveURL(/tag=java/);
  await expectNoAxeViolations(page, 'filtered list');

  await page.getByRole('searchbox').fill('zzzz');
  await expect(
    page.getByText('Aucun événement ne correspond à « zzzz » avec ces filtres.'),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'empty result');

  await page.goto('/?view=past');

  await waitForApp(page);
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectNoAxeViolations(page, 'archive');

  await page.route('**/events.json', (route) => route.fulfill({ status: 500, body: 'down' }));
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page, 'error state');
});

test('past events are read after the list shows; opened first, the archive lists them once read', async ({
  page,
  pinClock: _,
}) => {
  const events = [
    { title: 'Upcoming talk', ts: '20261210T183000', link: 'https://example.org/u' },
    { title: 'Two years ago', ts: '20241210T183000', link: 'https://example.org/p2' },
    { title: 'Last year', ts: '20251210T183000', link: 'https://example.org/p1' },
    { title: 'Past and broken', ts: '20250110T183000', link: 'ftp://example.org/p3' },
  ];
  await serveEvents(page, JSON.stringify({ events }));
  const titles = page.getByRole('article').getByRole('heading', { level: 3 });
  const notice = page.getByText('1 événement n’est pas affiché : ses données sont invalides.');

  await page.goto('/?view=past');
  await waitForApp(page);
  await expect(titles).toHaveText(['Last year', 'Two years ago']);
  await expect(notice).toBeVisible();

  await page.goto('/');
  await waitForApp(page);
  await expect(titles).toHaveText(['Upcoming talk']);
  // The broken past event is found when the archive is read, after the upcoming events.
  await expect(notice).toBeVisible();
});

test('usable by keyboard alone, with a visible focus', async ({ page, pinClock: _ }) => {
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('article').first()).toBeVisible();
  const search = page.getByRole('searchbox');
  for (
    let i = 0;
    i < 10 && !(await search.evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(search).toBeFocused();
  const outline = await search.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.type('kotlin');
  // "Kotlin côté serveur" and "Compose Multiplatform" (tagged kotlin).
  await expect(page.getByRole('article')).toHaveCount(2);

  // On to the first filter (a radio group) and move it with the arrow keys.
  const focused = page.locator(':focus');
  for (let i = 0; i < 5 && (await focused.getAttribute('type')) !== 'radio'; i += 1)
    await page.keyboard.press('Tab');
  await expect(focused).toHaveAttribute('type', 'radio');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/when=week/);
});

test('from a 320 px phone to a wide screen, nothing overflows', async ({ page, pinClock: _ }) => {
  for (const width of [320, 768, 1600]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await waitForApp(page);
    await expect(page.getByRole('article').first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
  }
});

test('how soon an event starts is never split across two lines', async ({ page, pinClock: _ }) => {
  await page.goto('/');
  await waitForApp(page);
  expect(await page.locator('article .relative').count()).toBeGreaterThan(0);
  // Phone widths, 8 px apart: each puts the line's end somewhere else.
  for (let width = 320; width <= 480; width += 8) {
    await page.setViewportSize({ width, height: 800 });
    const split = await page.evaluate(() =>
      [...document.querySelectorAll('article .relative')]
        .filter((hint) => hint.getClientRects().length > 1)
        .map((hint) => hint.textContent),
    );
    expect(split, `${width} px`).toEqual([]);
  }
});

test('follows the system’s dark mode', async ({ page, pinClock: _ }) => {
  const background = async () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await waitForApp(page);
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await background();
  expect(light).toBe('rgb(247, 247, 245)');
  expect(dark).toBe('rgb(18, 19, 22)');
});

test('Back and Forward step through filter changes; a copied link reproduces the view', async ({
  page,
  pinClock: _,
}) => {
  await page.goto('/');
  await waitForApp(page);
  const articles = page.getByRole('article');
  await expect(articles.first()).toBeVisible();
  const all = await articles.count();
  // The four upcoming Python Riviera meetups of the sample data are tagged python.
  await page.getByRole('checkbox', { name: /^python/ }).check();
  await expect(articles).toHaveCount(4);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeVisible();
  const link = page.url();
  expect(link).toMatch(/\?tag=python&lang=en$/);

  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Rechercher un événement' })).toBeVisible();
  await page.goBack();
  await expect(articles).toHaveCount(all);
  await page.goForward();
  await expect(articles).toHaveCount(4);

  const other = await page.context().newPage();
  await other.goto(link);
  await waitForApp(other);
  await expect(other.getByRole('article')).toHaveCount(4);
  await expect(other.getByRole('checkbox', { name: /^python/ })).toBeChecked();
});

test('Add to calendar downloads an .ics that a calendar parser reads, in Paris time', async ({
  page,
  pinClock: _,
}) => {
  await page.goto('/?q=quarkus');
  await waitForApp(page);
  const article = page.getByRole('article', {
    name: 'Riviera JUG : Quarkus et GraalVM en pratique',
  });
  const downloading = page.waitForEvent('download');
  await article.getByRole('link', { name: /Ajouter à mon agenda/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('riviera-jug-quarkus-et-graalvm-en-pratique.ics');
  const text = readFileSync((await download.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe('Riviera JUG : Quarkus et GraalVM en pratique');
  expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T17:30:00.000Z');
  expect(event.location).toBe('SKEMA Business School');
  expect(event.component.getFirstPropertyValue('url')).toBe(
    'https://rivierajug.example.org/2026/quarkus-graalvm',
  );
});

test('Add to calendar is a link to the event’s file: it works before the app runs, or with none', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  // The list as the build wrote it, at the build's time: its first event.
  const article = page.getByRole('article').first();
  const title = (await article.getByRole('heading', { level: 3 }).textContent())!;
  const downloading = page.waitForEvent('download');
  await article.getByRole('link', { name: /Ajouter à mon agenda/ }).click();
  const download = await downloading;
  expect(download.url()).toMatch(/\/e\/[a-z0-9-]+\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8')));
  expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(title);
  await context.close();
});

test('times are shown in Paris time, with how soon the event is', async ({ page, pinClock: _ }) => {
  await page.goto('/?q=quarkus');
  await waitForApp(page);
  const article = page.getByRole('article', {
    name: 'Riviera JUG : Quarkus et GraalVM en pratique',
  });
  await expect(article.locator('time')).toHaveText('jeudi 3 décembre 2026 · 18:30');
  await expect(article).toContainText('après-demain');
});
