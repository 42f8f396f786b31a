import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { beforeAll, expect, test } from 'vitest';
import { generateEvents } from '../../bench/generateEvents.ts';
import { loadEveryPart } from '../app/routeParts.ts';
import { readEventsFile } from '../events/load.ts';
import { site } from '../site.ts';
import { anEvent } from '../test/builders.ts';
import { aSiteEvent } from '../test/siteEvents.ts';
import { siteInfoAt } from './feeds.ts';
import {
  assemblePage,
  DATA_MARKER,
  listFirstView,
  listPageHtml,
  pagePartPreloads,
  prerenderPage,
  withEntryScriptInBody,
} from './indexPage.tsx';

// The build loads the code of every page before it prerenders them (scripts/build-pages.tsx).
beforeAll(loadEveryPart);

const now = new Date('2026-12-01T09:00:00+01:00');

test('the first view carries the first page of the upcoming list, and the counts of it all', () => {
  const coming = anEvent({ title: 'Coming', ts: '20261203T183000', tags: ['java'] });
  const over = anEvent({ title: 'Over', ts: '20261110T183000', tags: ['java'] });
  const today = anEvent({ title: 'Today, later', ts: '20261201T180000', tags: ['web'] });
  const later = Array.from({ length: 25 }, (_, i) =>
    anEvent({ title: `Later ${i}`, ts: `202701${String(i + 1).padStart(2, '0')}T183000` }),
  );
  const file = JSON.stringify({ events: [coming, over, { title: 'No date' }, today, ...later] });
  const { rawEvents, firstView } = listFirstView(readEventsFile(file, site.timeZone).events, now);
  expect(rawEvents).toEqual([today, coming, ...later.slice(0, 18)]);
  expect(firstView.upcoming).toBe(27);
  expect([...firstView.counts.tags]).toEqual([
    ['java', 1],
    ['web', 1],
  ]);
});

test('index.html stays under 15 kB gzipped at 10,000 events', async () => {
  const events = generateEvents(10_000, now).events;
  const siteEvents = readEventsFile(JSON.stringify({ events }), site.timeZone).events;
  // The page's shell with its stylesheet inside, unminified: a little more than the build's.
  const css = await readFile('src/styles.css', 'utf8');
  const shell = (await readFile('index.html', 'utf8')).replace(
    '</head>',
    `<style>${css}</style></head>`,
  );
  const page = listPageHtml(shell, {
    preloads: '',
    events: siteEvents,
    now,
    site: siteInfoAt('https://events.example.org'),
    logoAddresses: {},
    language: site.defaultLanguage,
  });
  const { firstView } = listFirstView(siteEvents, now);
  expect(firstView.upcoming).toBeGreaterThan(4_000);
  const gzipped = gzipSync(page, { level: 9 }).length;
  expect(gzipped, `index.html is ${gzipped} bytes gzipped`).toBeLessThan(15_000);
});

test('the first view is the page the app renders, with the events given', () => {
  const view = prerenderPage({
    route: { page: 'list' },
    pathname: '/',
    search: '',
    events: [aSiteEvent({ title: 'Riviera JUG', ts: '20261203T183000' })],
    now,
    siteUrl: 'https://events.example.org',
    logoAddresses: {},
  });
  expect(view).toMatch(/<article[^>]*>[\s\S]*Riviera JUG/);
});

test("a page preloads its own code, and not the app's chunk, which comes after the first paint", () => {
  const manifest = {
    'index.html': { file: 'assets/index-0.js', dynamicImports: ['_boot.js'] },
    '_boot.js': { file: 'assets/boot-1.js', imports: ['index.html'] },
    '_links.js': { file: 'assets/links-3.js' },
    'src/app/EventRoute.tsx': {
      file: 'assets/EventRoute-4.js',
      imports: ['_boot.js', '_links.js'],
    },
  };
  expect(pagePartPreloads(manifest, [])).toBe('');
  expect(pagePartPreloads(manifest, ['src/app/EventRoute.tsx'])).toBe(
    '<link rel="modulepreload" crossorigin href="/assets/EventRoute-4.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/links-3.js">',
  );
  expect(() => pagePartPreloads(manifest, ['src/nope.tsx'])).toThrow(
    'the build manifest names no chunk for src/nope.tsx',
  );
  expect(() => pagePartPreloads({ 'index.html': { file: 'assets/index-0.js' } }, [])).toThrow(
    'the build manifest names no chunk that index.html imports',
  );
});

const shell = `<html lang="fr"><head><!-- page-meta --><title>Site</title><link rel="canonical" href="__SITE_URL__/"><!-- /page-meta --></head><body><div id="root"></div>${DATA_MARKER}</body>`;
const parts = {
  preloads: '<link rel="modulepreload" href="/assets/boot-1.js">',
  jsonLd: [{ name: 'A $& B' }],
  logoAddresses: { Acme: '/img/sponsors/Acme.png' },
  shownRawEvents: [{ title: "$' and </script>" }],
  view: '<main>first view</main>',
  renderedFor: { at: new Date('2026-12-01T08:00:00Z'), pathname: '/', search: '' },
  siteUrl: 'https://events.example.org',
};

test('index.html gets its data blocks, the first view and its public address', () => {
  const html = assemblePage(shell, parts);
  // The data and preloads after the view: the parser reaches the first events before them.
  const view = html.indexOf('first view');
  for (const block of [
    '<script type="application/ld+json">',
    'id="sponsor-logos"',
    'modulepreload',
  ])
    expect(html.indexOf(block)).toBeGreaterThan(view);
  expect(html).toContain('<link rel="canonical" href="https://events.example.org/">');
  expect(html).toContain('<div id="root" data-prerendered><main>first view</main></div>');
  expect(html).toContain(
    '<script type="application/json" id="sponsor-logos">{"Acme":"/img/sponsors/Acme.png"}',
  );
  // What the view was rendered with, for the app to hydrate it.
  expect(html).toContain(
    '<script type="application/json" id="rendered-for">{"at":"2026-12-01T08:00:00.000Z","pathname":"/","search":"","origin":"https://events.example.org"}',
  );
  // Text stays text: no replacement pattern is expanded, no script element is closed early.
  expect(html).toContain('"name":"A $& B"');
  expect(html).toContain(`"title":"$' and \\u003c/script>"`);
  expect(html).not.toContain(DATA_MARKER);
  expect(html).toContain('<title>Site</title>');
});

test('a page of its own replaces what index.html says of itself, and nothing else', () => {
  const html = assemblePage(shell, { ...parts, meta: '<title>Riviera JUG</title>' });
  expect(html).toContain('<head><title>Riviera JUG</title></head>');
  expect(html).not.toContain('canonical');
  expect(() =>
    assemblePage(`<html lang="fr">${DATA_MARKER}<div id="root"></div>`, {
      ...parts,
      meta: '<title>A</title>',
    }),
  ).toThrow('index.html lacks its <!-- page-meta --> … <!-- /page-meta --> block');
});

test('the list page is not painted before its first event, which it names in its head', () => {
  const listPage = (events: ReturnType<typeof anEvent>[]) =>
    listPageHtml(shell, {
      preloads: '',
      events: readEventsFile(JSON.stringify({ events }), site.timeZone).events,
      now,
      site: siteInfoAt('https://events.example.org'),
      logoAddresses: {},
      language: site.defaultLanguage,
    });
  const html = listPage([
    anEvent({ title: 'Later', ts: '20261210T183000' }),
    anEvent({ title: 'Over', ts: '20261110T183000' }),
    anEvent({ title: 'Soon', ts: '20261203T183000' }),
  ]);
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head).toContain('<link rel="expect" href="#first-event" blocking="render">');
  expect(html.match(/id="first-event"/g)).toHaveLength(1);
  expect(html).toMatch(/<article id="first-event"[^>]*><h3[^>]*><a[^>]*>Soon</);
  // No event to wait for: nothing holds the first paint back.
  expect(listPage([anEvent({ title: 'Over', ts: '20261110T183000' })])).not.toContain('expect');
  expect(() =>
    assemblePage(`<html lang="fr">${DATA_MARKER}<div id="root"></div>`, {
      ...parts,
      paintsWith: 'first-event',
    }),
  ).toThrow('index.html lacks its </head>');
});

test('a page rendered while events.json loads says so, as the app first shows it', () => {
  const view = prerenderPage({
    route: { page: 'propose' },
    pathname: '/propose',
    search: '',
    events: undefined,
    now,
    siteUrl: 'https://events.example.org',
    logoAddresses: {},
  });
  expect(view).toContain('Proposer un événement');
  expect(view).toContain('La liste des partenaires se charge…');
});

test('the list in English: its language, its words, its own address, and hydrated at it', () => {
  const html = listPageHtml(shell, {
    preloads: '',
    events: readEventsFile(
      JSON.stringify({ events: [anEvent({ title: 'Soon', ts: '20261203T183000' })] }),
      site.timeZone,
    ).events,
    now,
    site: siteInfoAt('https://events.example.org'),
    logoAddresses: {},
    language: 'en',
  });
  expect(html).toMatch(/^<html lang="en">/);
  expect(html).toMatch(/<h2[^>]*>December 2026</);
  expect(html).toContain('<link rel="canonical" href="https://events.example.org/?lang=en">');
  expect(html).toContain('<meta property="og:url" content="https://events.example.org/?lang=en">');
  expect(html).toContain('<link rel="alternate" hreflang="fr" href="https://events.example.org/">');
  expect(html).toContain(
    '<link rel="alternate" hreflang="x-default" href="https://events.example.org/">',
  );
  expect(html).toContain('"pathname":"/","search":"?lang=en"');
  // Its links keep the visitor in English.
  expect(html).toContain('href="/?view=past&amp;lang=en"');
  expect(html).toMatch(/<a href="\/e\/[a-z0-9-]+-soon\?lang=en">Soon<\/a>/);
  expect(html).toContain('href="/propose?lang=en"');
});

test('a shell without the marker or the empty root is refused, saying which', () => {
  expect(() => assemblePage('<div id="root"></div>', parts)).toThrow(
    'index.html lacks the <!-- page-data --> marker',
  );
  expect(() => assemblePage(DATA_MARKER, parts)).toThrow('index.html lacks <div id="root"></div>');
  expect(() => assemblePage(`${DATA_MARKER}<div id="root"></div>`, parts)).toThrow(
    'index.html lacks its <html lang="…">',
  );
});

test("the entry's script moves from the head, where Vite puts it, to the end of the body", () => {
  const entry = '<script type="module" crossorigin src="/assets/index-1a2b.js"></script>';
  const built = `<head><title>Site</title>${entry}<style>p{}</style></head><body><div id="root"></div><script>recover()</script>${DATA_MARKER}</body>`;
  expect(withEntryScriptInBody(built)).toBe(
    `<head><title>Site</title><style>p{}</style></head><body><div id="root"></div><script>recover()</script>${entry}${DATA_MARKER}</body>`,
  );
  expect(() => withEntryScriptInBody('<head></head><body></body>')).toThrow(
    'index.html has no module script of /assets/',
  );
  expect(() => withEntryScriptInBody(`<head>${entry}</head><body></body>`)).toThrow(
    'index.html lacks the <!-- page-data --> marker',
  );
});
