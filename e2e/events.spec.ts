// The site as a visitor meets it: the production build, served by nginx with our nginx.conf.
import { readFileSync } from 'node:fs';
import { expect, PINNED_NOW, test, waitForApp } from './fixtures.ts';

type SampleEvent = { title: string; ts: string; end?: string; sponsors?: { name: string }[] };
const sample = JSON.parse(readFileSync('public/events.json', 'utf8')) as { events: SampleEvent[] };

/** Paris wall-clock time of PINNED_NOW as a stamp: the sample data is written in that zone. */
const NOW_STAMP = '20261201T090000';
const expectedUpcoming = sample.events
  .filter((event) => (event.end ?? `${event.ts.slice(0, 8)}T235959`) >= NOW_STAMP)
  .sort((a, b) => a.ts.localeCompare(b.ts) || a.title.localeCompare(b.title));

test('the upcoming events of the sample data show in order, with their logos', async ({
  page,
  pinClock: _,
}) => {
  expect(PINNED_NOW.toISOString()).toBe('2026-12-01T08:00:00.000Z');
  await page.goto('/');
  await waitForApp(page);
  const articles = page.getByRole('article');
  await expect(articles.first()).toBeVisible();
  // A page of 20 at a time: the first page, then the rest on request.
  await expect(articles).toHaveCount(Math.min(20, expectedUpcoming.length));
  expect(expectedUpcoming.length).toBeGreaterThan(20);
  await page
    .getByRole('button', { name: `Afficher ${expectedUpcoming.length - 20} de plus` })
    .click();
  await expect(articles).toHaveCount(expectedUpcoming.length);
  expect(await articles.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
    expectedUpcoming.map((event) => event.title),
  );
  await expect(
    page.getByRole('article', { name: 'Telecom Valley : les Rencontres de l’IA' }),
  ).toHaveCount(0);

  const first = page.getByRole('article', { name: expectedUpcoming[0]!.title });
  for (const sponsor of expectedUpcoming[0]!.sponsors ?? []) {
    const logo = first.getByRole('img', { name: sponsor.name });
    await expect(logo).toBeVisible();
    await expect
      .poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'décembre 2026' })).toBeVisible();
});

test('every sponsor logo of the upcoming events loads', async ({ page, pinClock: _ }) => {
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('article').first()).toBeVisible();
  const logos = page.locator('article img');
  const count = await logos.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const logo = logos.nth(i);
    await logo.scrollIntoViewIfNeeded();
    await expect
      .poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  }
});

test('the first view draws its SVG logos from one file, each as its own file draws it', async ({
  page,
  pinClock: _,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image') requested.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await waitForApp(page);
  const logos = page.locator('article img');
  const shown: { src: string; name: string }[] = [];
  for (let i = 0; i < (await logos.count()); i += 1) {
    const logo = logos.nth(i);
    await logo.scrollIntoViewIfNeeded();
    await expect
      .poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    shown.push({ src: (await logo.getAttribute('src'))!, name: (await logo.getAttribute('alt'))! });
  }
  // Every logo of the sample is an SVG that can share the file: one request, one document.
  expect(shown.length).toBeGreaterThan(20);
  for (const { src } of shown) expect(src).toMatch(/^\/assets\/logos-[0-9a-f]{10}\.svg#v\d+$/);
  expect(requested.filter((path) => path.startsWith('/assets/logos-'))).toHaveLength(1);
  expect(requested.filter((path) => path.startsWith('/img/sponsors/'))).toEqual([]);
  // Each view shows its logo as the logo's own file does, pixel for pixel (at 1 pixel per unit,
  // where both are drawn on whole pixels).
  const logosOnce = [...new Map(shown.map((logo) => [logo.src, logo])).values()];
  await page.setContent(
    `<p><img id="bare" src="${shown[0]!.src.split('#')[0]}" width="120" height="48"><canvas id="blank" width="120" height="48"></canvas></p>` +
      logosOnce
        .map(
          ({ src, name }, i) =>
            `<p><img id="view${i}" src="${src}" width="120" height="48"><img id="file${i}" src="/img/sponsors/${encodeURIComponent(name)}.svg" width="120" height="48"></p>`,
        )
        .join(''),
    { waitUntil: 'load' },
  );
  // Without a view, the file shows no logo at all (as an empty canvas), never another sponsor's.
  const bare = await page.locator('#bare').screenshot();
  expect(bare.equals(await page.locator('#blank').screenshot())).toBe(true);
  for (const [i, { name }] of logosOnce.entries()) {
    const view = await page.locator(`#view${i}`).screenshot();
    const file = await page.locator(`#file${i}`).screenshot();
    expect(
      view.equals(file),
      `${name}: its view in the file of logos differs from its own file`,
    ).toBe(true);
  }
});

test('a malformed events.json shows the alert, and Retry recovers', async ({
  page,
  pinClock: _,
}) => {
  let isBroken = true;
  await page.route('**/events.json', async (route) => {
    if (isBroken) {
      await route.fulfill({ status: 200, contentType: 'application/json', body: '{"events": [' });
    } else {
      await route.continue();
    }
  });
  await page.goto('/');
  await waitForApp(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Impossible de charger les événements');
  isBroken = false;
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('@smoke the home page lists events or says there are none, without errors', async ({
  page,
}) => {
  const response = await page.goto('/');
  await waitForApp(page);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sophia Tech Events');
  await expect(
    page.getByRole('article').first().or(page.getByText('Aucun événement à venir pour le moment.')),
  ).toBeVisible();
});

test('@smoke events.json is served as valid JSON with an events list', async ({ request }) => {
  const response = await request.get('/events.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = (await response.json()) as { events?: unknown };
  expect(Array.isArray(body.events)).toBe(true);
});
