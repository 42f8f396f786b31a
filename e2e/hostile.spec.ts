// Strange but legal data, and hostile data: the page holds, and nothing in events.json runs.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { generateEvents } from '../bench/generateEvents.ts';
import { expect, expectConsoleErrors, serveEvents, test, waitForApp } from './fixtures.ts';

const soon = '20261203T183000';

test('a byte-order mark, nulls, unknown fields and events with the same start are read', async ({
  page,
  pinClock: _,
}) => {
  const events = [
    {
      title: 'Zeta talk',
      ts: soon,
      link: 'https://x.org/z',
      desc: null,
      place: null,
      sponsors: null,
      futureField: { a: 1 },
    },
    { title: 'Alpha talk', ts: soon, link: 'https://x.org/a', tags: null, online: null },
  ];
  await serveEvents(page, `\uFEFF${JSON.stringify({ events, version: 2 })}`);
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('article')).toHaveCount(2);
  expect(await page.getByRole('article').getByRole('heading').allTextContents()).toEqual([
    'Alpha talk',
    'Zeta talk',
  ]);
});

test('very long text, right-to-left text and emoji keep the layout on a 320 px screen', async ({
  page,
  pinClock: _,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const long = 'Supercalifragilisticexpialidocious'.repeat(12);
  const events = [
    {
      title: long,
      desc: `${long} ${'mot '.repeat(400)}`,
      ts: soon,
      link: `https://x.org/${long}`,
      place: long,
      tags: [long],
    },
    {
      title: 'מפגש מפתחים 🎉 لقاء المطورين',
      desc: 'שלום עולם — مرحبا بالعالم 👩‍💻🚀',
      ts: soon,
      link: 'https://x.org/rtl',
    },
  ];
  await serveEvents(page, JSON.stringify({ events }));
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('article')).toHaveCount(2);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const rtl = page.getByRole('article', { name: 'מפגש מפתחים 🎉 لقاء المطورين' });
  await expect(rtl.getByRole('heading')).toHaveAttribute('dir', 'auto');
  expect(await rtl.getByRole('heading').evaluate((el) => getComputedStyle(el).direction)).toBe(
    'rtl',
  );
});

test('50,000 events stay usable: the list shows and search answers', async ({
  page,
  pinClock: _,
}) => {
  test.setTimeout(60_000);
  await serveEvents(page, JSON.stringify(generateEvents(50_000, new Date('2026-12-01T08:00:00Z'))));
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('article')).toHaveCount(20, { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Afficher 20 de plus' })).toBeVisible();
  await page.getByRole('searchbox').fill('kubernetes #4242');
  await expect(page.getByRole('article')).toHaveCount(1);
});

const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

test('every text field is shown as text, whatever it holds', async ({ page, pinClock: _ }) => {
  const events = [
    {
      title: `Title ${payload}`,
      desc: `Desc ${payload}`,
      date: `Date ${payload}`,
      place: `Place ${payload}`,
      tags: [`tag ${payload}`],
      sponsors: [{ name: `Sponsor ${payload}` }],
      ts: soon,
      link: 'https://x.org/ok',
    },
  ];
  await serveEvents(page, JSON.stringify({ events }));
  await page.goto('/');
  await waitForApp(page);
  const article = page.getByRole('article');
  await expect(article).toHaveCount(1);
  await expect(article.getByRole('heading')).toHaveText(`Title ${payload}`);
  for (const text of [`Desc ${payload}`, `Date ${payload}`, `Place ${payload}`])
    await expect(article.getByText(text)).toBeVisible();
  expect(await article.locator('script').count()).toBe(0);
  // The only image is the sponsor's logo (which fails and falls back to the name as text).
  await expect(article.getByText(`Sponsor ${payload}`)).toBeVisible();
  expect(await article.locator('img').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});

test('only http and https links become links', async ({ page, pinClock: _ }) => {
  const events = [
    { title: 'Good', ts: soon, link: 'https://x.org/good' },
    { title: 'Script', ts: soon, link: 'javascript:window.__pwned=1' },
    { title: 'Data', ts: soon, link: 'data:text/html,<script>alert(1)</script>' },
    { title: 'Relative', ts: soon, link: '//evil.example/x' },
  ];
  await serveEvents(page, JSON.stringify({ events }));
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('article')).toHaveCount(1);
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|\/|\?)/);
  await expect(
    page.getByText('3 événements ne sont pas affichés : leurs données sont invalides.'),
  ).toBeVisible();
});

test('sponsor names cannot leave the logo folder', async ({ page, pinClock: _ }) => {
  const names = [
    '../events',
    '/etc/passwd',
    '..%2F..%2Fevents',
    '..\\..\\index',
    '%2e%2e%2findex.html',
    '.hidden',
  ];
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image') requested.push(new URL(request.url()).pathname);
  });
  const sponsors = [...names, 'Inria'].map((name) => ({ name }));
  await serveEvents(
    page,
    JSON.stringify({ events: [{ title: 'Names', ts: soon, link: 'https://x.org/n', sponsors }] }),
  );
  await page.goto('/');
  await waitForApp(page);
  const article = page.getByRole('article');
  await expect(article).toHaveCount(1);
  // Shown by name, as text; only the plain name's logo is asked of the server (from the first
  // view's file of logos, where the built page lists Inria's).
  for (const name of names) await expect(article.getByText(name, { exact: true })).toBeVisible();
  await expect(article.getByRole('img', { name: 'Inria' })).toBeVisible();
  const firstViewLogos = /^\/assets\/logos-[0-9a-f]{10}\.svg$/;
  expect(requested.filter((pathname) => firstViewLogos.test(pathname))).toHaveLength(1);
  // No request climbs: nothing with a slash, a backslash or dots in the file name (nginx decodes %2F).
  for (const pathname of requested.filter((path) => !firstViewLogos.test(path)))
    expect(pathname).toMatch(/^\/img\/sponsors\/(?!.*(%2F|%5C|%2E%2E|\.\.))[^/\\]+$/i);
});

test('@local a script inside an SVG logo does not run when the logo is opened directly', async ({
  page,
}) => {
  // Chromium says so when the sandbox blocks the script: that message is the proof.
  expectConsoleErrors(/^Blocked script execution in .* the document's frame is sandboxed/);
  const evil = 'dist/img/sponsors/Evil test.svg';
  writeFileSync(
    evil,
    '<svg xmlns="http://www.w3.org/2000/svg" onload="document.title=\'pwned\'"><script>document.title="pwned"</script><rect width="10" height="10"/></svg>',
  );
  try {
    const violations: string[] = [];
    page.on('console', (message) => violations.push(message.text()));
    await page.goto('/img/sponsors/Evil%20test.svg');
    await page.waitForTimeout(300);
    expect(await page.title()).not.toBe('pwned');
  } finally {
    if (existsSync(evil)) rmSync(evil);
  }
});
