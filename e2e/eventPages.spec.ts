// Every event has a page of its own, /e/<address>: opened directly (as from a shared link), from
// the list and back, previewed by what its HTML says, and listed in the sitemap.
import { readFileSync } from 'node:fs';
import { eventPath } from '../src/events/address.ts';
import { expect, expectNoAxeViolations, test, waitForApp } from './fixtures.ts';
import { expectServedAs, rawGet } from './rawHttp.ts';

type RawEvent = { title: string; ts: string; id?: string; link: string };
const sample = (JSON.parse(readFileSync('public/events.json', 'utf8')) as { events: RawEvent[] })
  .events;
const quarkus = sample.find((event) => event.title.includes('Quarkus'))!;
const path = eventPath(quarkus);

test('@smoke an event page opened directly shows the event, in its HTML, with its own previews', async ({
  page,
}) => {
  const response = await rawGet(path);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
  const html = response.body.toString('utf8');
  // What a chat's link preview reads: no JavaScript runs there.
  expect(/<meta property="og:title" content="([^"]*)">/.exec(html)?.[1]).toBe(
    quarkus.title.replaceAll('"', '&#34;'),
  );
  expect(/<link rel="canonical" href="([^"]*)">/.exec(html)?.[1]).toMatch(new RegExp(`${path}$`));
  const jsonLd = JSON.parse(
    /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!,
  );
  expect(jsonLd).toMatchObject({ '@type': 'Event', name: quarkus.title });

  await page.goto(path);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(quarkus.title);
  await expect(page.getByRole('link', { name: 'Google Calendar' })).toHaveAttribute(
    'href',
    /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=/,
  );
  await expectNoAxeViolations(page, 'the event page');
});

test('from the list, a card’s title opens the event page; Back returns to the same search', async ({
  page,
  pinClock: _,
}) => {
  await page.goto('/?q=quarkus');
  await waitForApp(page);
  await page.getByRole('link', { name: quarkus.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(quarkus.title);
  await page.goBack();
  await waitForApp(page);
  await expect(page.getByRole('searchbox')).toHaveValue('quarkus');
  await expect(page.getByRole('article', { name: quarkus.title })).toBeVisible();
});

test('the sitemap lists every event page, and each has its calendar file', async () => {
  const sitemap = (await rawGet('/sitemap.xml')).body.toString('utf8');
  for (const event of sample) expect(sitemap).toContain(`${eventPath(event)}</loc>`);
  await expectServedAs({ [`${path}.ics`]: 'text/calendar; charset=utf-8' });
});
