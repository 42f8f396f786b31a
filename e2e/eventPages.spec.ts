// Every event has a page of its own, /e/<address>: opened directly (as from a shared link), from
// the list in place and back to the same filtered list, previewed by what its HTML says, shared,
// and listed in the sitemap; an unknown address says so; the propose form's block goes in by
// add-event and passes the data check.
import { copyFile, mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventPath } from '../src/events/address.ts';
import { runScript } from '../src/test/runScript.ts';
import {
  expect,
  expectConsoleErrors,
  expectNoAxeViolations,
  test,
  waitForApp,
} from './fixtures.ts';
import { expectServedAs, rawGet } from './rawHttp.ts';

type RawEvent = { title: string; ts: string; id?: string; link: string; place?: string };
const sample = (JSON.parse(readFileSync('public/events.json', 'utf8')) as { events: RawEvent[] })
  .events;
const quarkus = sample.find((event) => event.title.includes('Quarkus'))!;
const path_ = eventPath(quarkus);

/** The tags of a page that previews and search engines read, parsed. */
function headOf(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const attrs = (tag: string) =>
    Object.fromEntries([...tag.matchAll(/([a-z:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const meta = Object.fromEntries(
    [...head.matchAll(/<meta [^>]*>/g)]
      .map((m) => attrs(m[0]))
      .map((a) => [a.property ?? a.name, a.content]),
  );
  const links = [...head.matchAll(/<link [^>]*>/g)].map((m) => attrs(m[0]));
  // The JSON-LD is in the body, after the content (src/build/indexPage.tsx).
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
  return { meta, links, jsonLd, title: /<title>(.*?)<\/title>/s.exec(head)?.[1] };
}

const decode = (text: string | undefined) =>
  text?.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

test('@smoke an event page opened directly shows the event, in its HTML, with its own previews', async ({
  page,
  // Before the event: its calendar links show only while it can still be attended.
  pinClock: _,
}) => {
  const response = await rawGet(path_);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  // What a chat's link preview reads: no JavaScript runs there.
  const head = headOf(response.body.toString('utf8'));
  expect(decode(head.title)).toBe(`${quarkus.title} · Sophia Tech Events`);
  expect(decode(head.meta['og:title'])).toBe(quarkus.title);
  expect(decode(head.meta['twitter:title'])).toBe(quarkus.title);
  expect(decode(head.meta['og:description'])).toContain(quarkus.place!);
  expect(head.meta['og:description']).toMatch(/décembre 2026 · 18:30/);
  expect(head.meta['og:url']).toMatch(new RegExp(`${path_}$`));
  const link = (rel: string, hreflang?: string) =>
    head.links.find((l) => l.rel === rel && l.hreflang === hreflang)?.href;
  expect(link('canonical')).toBe(head.meta['og:url']);
  expect(link('alternate', 'fr')).toBe(head.meta['og:url']);
  expect(link('alternate', 'en')).toBe(`${head.meta['og:url']}?lang=en`);
  expect(head.jsonLd).toHaveLength(1);
  expect(head.jsonLd[0]).toMatchObject({ '@type': 'Event', name: quarkus.title });

  await page.goto(path_);
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 2, name: quarkus.title })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Google Agenda' })).toHaveAttribute(
    'href',
    /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=/,
  );
  await expectNoAxeViolations(page, 'the event page');
});

test('each page has one address: the file it is written to, or a slash added, is sent there for good', async ({
  page,
}) => {
  const moves: [string, string][] = [
    ['/index.html?lang=en', '/?lang=en'],
    ['/propose.html', '/propose'],
    ['/propose/?lang=en', '/propose?lang=en'],
    [`${path_}.html`, path_],
    [`${path_}/?lang=en`, `${path_}?lang=en`],
  ];
  for (const [from, to] of moves) {
    const response = await rawGet(from);
    expect(response.status, from).toBe(301);
    expect(response.headers.location, from).toBe(to);
  }
  // The app routes by the address: served at `<address>.html`, it took the event for an unknown one.
  await page.goto(`${path_}.html`);
  await waitForApp(page);
  await expect(page).toHaveURL(new RegExp(`${path_}$`));
  await expect(page.getByRole('heading', { level: 2, name: quarkus.title })).toBeVisible();
});

test('from a filtered list, a title opens the event in place; Back returns to the list as it was', async ({
  page,
  pinClock: _,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto('/?tag=java');
  await waitForApp(page);
  const card = page.getByRole('article', { name: quarkus.title });
  await card.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 40));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(100);
  // A mark on the window: a full reload would lose it.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  const title = card.getByRole('link', { name: quarkus.title, exact: true });
  await title.click();
  await expect(page).toHaveURL(new RegExp(`${path_}$`));
  const heading = page.getByRole('heading', { level: 2, name: quarkus.title });
  await expect(heading).toBeVisible();
  // As on a page loaded anew, a screen reader reads where the visitor is, and Tab goes on from it.
  await expect(heading, 'focus moves to the event page’s heading').toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('list', { name: 'Sujets' }).getByRole('link').first()).toBeFocused();
  expect(await page.evaluate(() => 'sameDocument' in window), 'opened without a reload').toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page, 'the tab names the event, as its page served alone does').toHaveTitle(
    `${quarkus.title} · Sophia Tech Events`,
  );

  await page.goBack();
  await expect(page).toHaveURL(/\/\?tag=java$/);
  await expect(page).toHaveTitle('Sophia Tech Events');
  await expect(page.getByRole('article', { name: quarkus.title })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^java/ })).toBeChecked();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(title, 'Back puts focus on the title that was followed').toBeFocused();
});

test('Share copies the event’s address, with a visible confirmation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(path_);
  await waitForApp(page);
  // Chromium on Linux has no share sheet: the link is copied.
  expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
  await page.getByRole('button', { name: /^Partager/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lien copié' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(path_, page.url()).href,
  );
});

test('an unknown address is a 404 that says so, and leads to the list searched for its words', async ({
  page,
  pinClock: _,
}) => {
  expectConsoleErrors(/status of 404/);
  // As a link shared before the event's title was corrected would say.
  const unknown = '/e/2026-12-03-riviera-jug-quarkus';
  expect(sample.some((event) => eventPath(event) === unknown)).toBe(false);
  const response = await page.goto(unknown);
  expect(response?.status()).toBe(404);
  expect(response?.headers()['cache-control']).toBe('no-store');
  await waitForApp(page);
  await expect(
    page.getByRole('heading', { name: 'Aucun événement à cette adresse' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the no-such-event page');
  await page
    .getByRole('link', { name: 'Chercher « riviera jug quarkus » dans les événements' })
    .click();
  await expect(page.getByRole('searchbox')).toHaveValue('riviera jug quarkus');
  await expect(page.getByRole('article', { name: quarkus.title })).toBeVisible();
});

test('the list page names its French and English versions for search engines', async () => {
  const head = headOf((await rawGet('/')).body.toString('utf8'));
  const alternates = Object.fromEntries(
    head.links.filter((l) => l.rel === 'alternate' && l.hreflang).map((l) => [l.hreflang, l.href]),
  );
  const canonical = head.links.find((l) => l.rel === 'canonical')!.href!;
  expect(alternates).toEqual({
    fr: canonical,
    en: `${canonical}?lang=en`,
    'x-default': canonical,
  });
});

test('the sitemap lists every event page with its date, and each has its calendar file', async () => {
  const sitemap = (await rawGet('/sitemap.xml')).body.toString('utf8');
  for (const event of sample) {
    expect(sitemap).toMatch(
      new RegExp(`${eventPath(event)}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>`),
    );
  }
  await expectServedAs({ [`${path_}.ics`]: 'text/calendar; charset=utf-8' });
});

test('the propose form’s block goes into events.json by add-event, and passes the data check', async ({
  page,
  pinClock: _,
}) => {
  test.setTimeout(120_000);
  await page.goto('/propose');
  await waitForApp(page);
  await expectNoAxeViolations(page, 'the empty propose form');
  await page.getByRole('textbox', { name: 'Titre' }).fill('Lab Kubernetes avancé');
  await page.getByLabel('Date', { exact: true }).fill('2026-12-15');
  await page.getByLabel('Heure de fin').fill('12:00');
  await page.getByLabel('Heure de début (heure de Paris)').fill('09:30');
  const link = page.getByRole('textbox', { name: 'Site de l’événement (https://…)' });
  await link.fill('rivierajug.org/k8s');
  await expect(link).toHaveAccessibleDescription('ce n’est pas une adresse http:// ou https://');
  await link.fill('https://rivierajug.org/k8s');
  await page.getByRole('textbox', { name: 'Lieu' }).fill('CEEI, Sophia-Antipolis');
  await page.getByRole('textbox', { name: 'Sujets' }).fill('kubernetes, cloud');
  await page.getByRole('checkbox', { name: 'Riviera JUG' }).check();
  const preview = page.getByRole('region', { name: 'Aperçu' });
  await expect(preview.getByRole('article', { name: 'Lab Kubernetes avancé' })).toBeVisible();
  // The preview is to look at (its event has no page or file yet): Tab goes past it.
  await page
    .getByRole('group', { name: 'Organisateurs et partenaires connus' })
    .getByRole('checkbox')
    .last()
    .focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Proposer sur GitLab' })).toBeFocused();
  await expectNoAxeViolations(page, 'the filled propose form');
  const block = await page.getByRole('textbox', { name: 'L’événement, en JSON' }).inputValue();

  // A copy of the repository's data, with the block added as a contributor would.
  const folder = await mkdtemp(path.join(tmpdir(), 'proposal-'));
  await mkdir(path.join(folder, 'img', 'sponsors'), { recursive: true });
  await copyFile('public/events.json', path.join(folder, 'events.json'));
  for (const logo of await readdir('public/img/sponsors')) {
    await copyFile(`public/img/sponsors/${logo}`, path.join(folder, 'img', 'sponsors', logo));
  }
  await writeFile(path.join(folder, 'event.json'), block);
  const file = path.join(folder, 'events.json');
  const added = await runScript('scripts/add-event.ts', [
    '--file',
    file,
    '--json',
    path.join(folder, 'event.json'),
  ]);
  expect(added.output).toContain('Added event');
  expect(added.code).toBe(0);
  const checked = await runScript('scripts/validate-events.ts', [file]);
  expect(checked.output).toContain(`${sample.length + 1} events checked, no problems`);
  expect(checked.code).toBe(0);
});
