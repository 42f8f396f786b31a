// Data that stays true for the programs that read it: a cancelled event shows as such, each
// organiser and tag has a calendar the Subscribe box offers when the list is filtered to it, and
// every calendar the build wrote parses.
import { readdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, serveEvents, test, waitForApp } from './fixtures.ts';
import { rawGet } from './rawHttp.ts';

type RawEvent = { title: string; ts: string; tags?: string[] };
const sample = (JSON.parse(readFileSync('public/events.json', 'utf8')) as { events: RawEvent[] })
  .events;

test('a cancelled event stays listed, struck through and marked as cancelled', async ({
  page,
  pinClock: _,
}) => {
  const cancelled = {
    ...sample.find((event) => event.title.includes('Quarkus'))!,
    status: 'cancelled',
  };
  await serveEvents(page, JSON.stringify({ events: [cancelled] }));
  await page.goto('/');
  await waitForApp(page);
  const card = page.getByRole('article', { name: cancelled.title });
  await expect(card.getByText('Annulé', { exact: true })).toBeVisible();
  await expect(card.getByRole('heading')).toHaveCSS('text-decoration-line', 'line-through');
});

test('filtered to one tag, Subscribe offers that tag’s calendar, which holds its events', async ({
  page,
  pinClock: _,
}) => {
  await page.goto('/?tag=java');
  await waitForApp(page);
  const link = page.getByRole('link', { name: 'S’abonner aux événements « java »' });
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^webcal:\/\/[^/]+\/calendars\/tag\/java\.ics$/);
  const response = await rawGet(new URL(href.replace(/^webcal:/, 'http:')).pathname);
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
  const calendar = new ICAL.Component(ICAL.parse(response.body.toString('utf8')));
  const summaries = calendar
    .getAllSubcomponents('vevent')
    .map((event) => String(event.getFirstPropertyValue('summary')));
  expect(summaries.length).toBeGreaterThan(0);
  const javaTitles = sample.filter((event) => event.tags?.includes('java')).map((e) => e.title);
  for (const summary of summaries) expect(javaTitles).toContain(summary);
});

test('every calendar the build wrote is served and parses', async () => {
  const calendars = [
    '/events.ics',
    ...readdirSync('dist/calendars', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ics'))
      .map((file) => `/calendars/${file}`),
    ...readdirSync('dist/e')
      .filter((file) => file.endsWith('.ics'))
      .map((file) => `/e/${file}`),
  ];
  expect(calendars.length).toBeGreaterThan(sample.length);
  for (const path of calendars) {
    const response = await rawGet(path);
    expect(response.status, path).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(response.body.toString('utf8')));
    expect(calendar.getFirstPropertyValue('version'), path).toBe('2.0');
  }
});
