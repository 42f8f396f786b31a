import { beforeAll, expect, test } from 'vitest';
import { loadEveryPart } from '../app/routeParts.ts';
import type { Language } from '../site.ts';
import { aSiteEvent } from '../test/siteEvents.ts';
import { eventPageHtml, eventSummary, noSuchEventPageHtml } from './eventPages.tsx';
import { DATA_MARKER } from './indexPage.tsx';

// The build loads the code of every page before it prerenders them (scripts/build-pages.tsx).
beforeAll(loadEveryPart);

const site = {
  url: 'https://events.example.org',
  title: 'Sophia Tech Events',
  description: 'Tech events',
  timeZone: 'Europe/Paris',
  feedDateWhenNotAdded: '2026-01-01',
};
const now = new Date('2026-12-01T09:00:00+01:00');
const event = aSiteEvent({
  title: 'Riviera JUG : "Quarkus" <et> GraalVM',
  ts: '20261203T183000',
  end: '20261203T210000',
  place: 'SKEMA',
  desc: 'Démonstration.',
  tags: ['java'],
});
// The built index.html, cut to what the event pages take from it.
const template = `<html lang="fr"><head><!-- page-meta --><title>Sophia Tech Events</title><!-- /page-meta --><style>p{}</style></head><body><div id="root"></div><script type="module" src="/assets/index-1.js"></script>${DATA_MARKER}</body></html>`;
const inputs = (at: Date, language: Language = 'fr') => ({
  template,
  preloads: '',
  now: at,
  site,
  logoAddresses: {},
  language,
});
const page = (at = now) => eventPageHtml(event, inputs(at));

const metaOf = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`).exec(html)?.[1];

test('the page’s title, description, canonical address and previews are the event’s own', () => {
  const html = page();
  expect(html).toContain(
    '<title>Riviera JUG : &#34;Quarkus&#34; &#60;et&#62; GraalVM · Sophia Tech Events</title>',
  );
  const url = 'https://events.example.org/e/2026-12-03-riviera-jug-quarkus-et-graalvm';
  expect(html).toContain(`<link rel="canonical" href="${url}">`);
  expect(metaOf(html, 'og:url')).toBe(url);
  expect(metaOf(html, 'og:title')).toBe('Riviera JUG : &#34;Quarkus&#34; &#60;et&#62; GraalVM');
  expect(metaOf(html, 'og:description')).toBe(
    'jeudi 3 décembre 2026 · 18:30 — SKEMA. Démonstration.',
  );
  expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
  expect(html).toContain(`<link rel="alternate" hreflang="en" href="${url}?lang=en">`);
  expect(html).toContain(`<link rel="alternate" hreflang="fr" href="${url}">`);
});

test('the page in English is written in English, at its own address', () => {
  const html = eventPageHtml(event, inputs(now, 'en'));
  const url = 'https://events.example.org/e/2026-12-03-riviera-jug-quarkus-et-graalvm';
  expect(html).toMatch(/^<html lang="en">/);
  expect(html).toContain(`<link rel="canonical" href="${url}?lang=en">`);
  expect(metaOf(html, 'og:url')).toBe(`${url}?lang=en`);
  expect(metaOf(html, 'og:description')).toBe(
    'Thursday 3 December 2026 · 18:30 — SKEMA. Démonstration.',
  );
  expect(html).toContain(`<link rel="alternate" hreflang="fr" href="${url}">`);
  expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${url}">`);
  expect(html).toContain('"search":"?lang=en"');
  expect(noSuchEventPageHtml(inputs(now, 'en'))).toContain('>No event at this address</h2>');
});

test('the page is the app’s, with its scripts, and the event for the app to take over with', () => {
  const html = page();
  expect(html).toContain('<script type="module" src="/assets/index-1.js"></script>');
  const block = /<script type="application\/json" id="prerendered-events">(.*?)<\/script>/s.exec(
    html,
  )![1]!;
  expect(JSON.parse(block)).toEqual({
    events: [
      {
        title: event.title,
        ts: '20261203T183000',
        end: '20261203T210000',
        place: 'SKEMA',
        desc: 'Démonstration.',
        tags: ['java'],
        date: event.date,
        link: event.link,
        sponsors: [],
        added: '2026-11-01',
      },
    ],
  });
});

test('the page of an address that names no event says so, and is kept out of search engines', () => {
  const html = noSuchEventPageHtml(inputs(now));
  expect(html).toContain('>Aucun événement à cette adresse</h2>');
  expect(metaOf(html, 'robots')).toBe('noindex');
  expect(html).not.toContain('canonical');
});

test('its JSON-LD is that one Event, with the page as its address', () => {
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page())![1]!;
  expect(JSON.parse(json)).toMatchObject({
    '@type': 'Event',
    name: event.title,
    startDate: '2026-12-03T18:30:00+01:00',
    endDate: '2026-12-03T21:00:00+01:00',
    url: 'https://events.example.org/e/2026-12-03-riviera-jug-quarkus-et-graalvm',
  });
});

test('a past event’s page says it is over and points to the upcoming ones', () => {
  expect(page()).not.toContain('Cet événement est passé.');
  expect(page(new Date('2027-01-01T00:00:00Z'))).toContain(
    'Cet événement est passé.<!-- --> <a href="/">Voir les événements à venir</a>',
  );
});

test('a preview’s summary stays short', () => {
  const long = aSiteEvent({ desc: 'mot '.repeat(200), place: 'Campus' });
  expect(eventSummary(long).length).toBeLessThanOrEqual(200);
  expect(eventSummary(long).endsWith('…')).toBe(true);
});
