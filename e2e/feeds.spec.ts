// The feeds and the basics as nginx serves them: content types, parseable bodies, JSON-LD under the CSP.
import ICAL from 'ical.js';
import { XMLValidator } from 'fast-xml-parser';
import { expect, test, waitForApp } from './fixtures.ts';
import { expectServedAs, rawGet } from './rawHttp.ts';

test('@smoke feeds, sitemap, robots.txt, manifest and preview image are served with their types', async () => {
  const expected: Record<string, string> = {
    '/events.ics': 'text/calendar; charset=utf-8',
    '/feed.xml': 'application/atom+xml; charset=utf-8',
    '/sitemap.xml': 'text/xml; charset=utf-8',
    '/robots.txt': 'text/plain; charset=utf-8',
    '/site.webmanifest': 'application/manifest+json; charset=utf-8',
    '/og-image.jpg': 'image/jpeg',
    '/build-info.json': 'application/json; charset=utf-8',
  };
  await expectServedAs(expected);
});

test('the served calendar and news feeds parse', async () => {
  const calendar = new ICAL.Component(
    ICAL.parse((await rawGet('/events.ics')).body.toString('utf8')),
  );
  expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
    'Europe/Paris',
  );
  expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
  expect(XMLValidator.validate((await rawGet('/feed.xml')).body.toString('utf8'))).toBe(true);
});

test('the page carries schema.org events as JSON-LD, link previews, and feed links', async ({
  page,
}) => {
  await page.goto('/');
  await waitForApp(page);
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent())!,
  ) as {
    '@type': string;
    startDate: string;
  }[];
  expect(jsonLd.length).toBeGreaterThan(0);
  for (const event of jsonLd) {
    expect(event['@type']).toBe('Event');
    expect(event.startDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  }
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /^https:\/\/.+\/og-image\.jpg$/,
  );
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/feed.xml',
  );
  await expect(page.getByRole('link', { name: 'S’abonner dans mon agenda' })).toHaveAttribute(
    'href',
    /^webcal:\/\/127\.0\.0\.1:8080\/events\.ics$|^webcal:\/\/.+\/events\.ics$/,
  );
  await expect(page.getByRole('textbox', { name: /Adresse de l’agenda/ })).toHaveValue(
    /\/events\.ics$/,
  );
});
