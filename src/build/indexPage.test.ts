import { expect, test } from 'vitest';
import { anEvent } from '../test/builders.ts';
import {
  appChunkPreloads,
  assembleIndexHtml,
  HEAD_MARKER,
  prerenderFirstView,
  upcomingRawEvents,
} from './indexPage.tsx';

const now = new Date('2026-12-01T09:00:00+01:00');

test('the first view shows the events upcoming at build time, and no invalid one', () => {
  const coming = anEvent({ title: 'Coming', ts: '20261203T183000' });
  const over = anEvent({ title: 'Over', ts: '20261110T183000' });
  const today = anEvent({ title: 'Today, later', ts: '20261201T180000' });
  expect(upcomingRawEvents([coming, over, { title: 'No date' }, today], now)).toEqual([
    coming,
    today,
  ]);
});

test('the first view is the page the app renders, with the events given', () => {
  const view = prerenderFirstView({
    rawEvents: [anEvent({ title: 'Riviera JUG', ts: '20261203T183000' })],
    now,
    siteUrl: 'https://events.example.org',
    logoFiles: {},
  });
  expect(view).toMatch(/<article[^>]*>[\s\S]*Riviera JUG/);
});

test('the app chunk and what it imports are preloaded once each', () => {
  const manifest = {
    'src/boot.tsx': { file: 'assets/boot-1.js', imports: ['_react.js', '_shared.js'] },
    '_react.js': { file: 'assets/react-2.js', imports: ['_shared.js'] },
    '_shared.js': { file: 'assets/shared-3.js' },
  };
  expect(appChunkPreloads(manifest, 'src/boot.tsx')).toBe(
    '<link rel="modulepreload" crossorigin href="/assets/boot-1.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/react-2.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/shared-3.js">',
  );
  expect(() => appChunkPreloads(manifest, 'src/nope.tsx')).toThrow(
    'the build manifest names no chunk for src/nope.tsx',
  );
});

const shell = `<head>${HEAD_MARKER}<link rel="canonical" href="__SITE_URL__/"></head><body><div id="root"></div></body>`;
const parts = {
  preloads: '<link rel="modulepreload" href="/assets/boot-1.js">',
  jsonLd: [{ name: 'A $& B' }],
  logoFiles: { Acme: 'Acme.png' },
  shownRawEvents: [{ title: "$' and </script>" }],
  firstView: '<main>first view</main>',
  siteUrl: 'https://events.example.org',
};

test('index.html gets its head blocks, the first view and its public address', () => {
  const html = assembleIndexHtml(shell, parts);
  expect(html).toContain('<link rel="canonical" href="https://events.example.org/">');
  expect(html).toContain('<div id="root" data-prerendered><main>first view</main></div>');
  expect(html).toContain('<script type="application/json" id="sponsor-logos">{"Acme":"Acme.png"}');
  // Text stays text: no replacement pattern is expanded, no script element is closed early.
  expect(html).toContain('"name":"A $& B"');
  expect(html).toContain(`"title":"$' and \\u003c/script>"`);
  expect(html).not.toContain(HEAD_MARKER);
});

test('a shell without the marker or the empty root is refused, saying which', () => {
  expect(() => assembleIndexHtml('<div id="root"></div>', parts)).toThrow(
    'index.html lacks the <!-- events-json-ld --> marker',
  );
  expect(() => assembleIndexHtml(HEAD_MARKER, parts)).toThrow(
    'index.html lacks <div id="root"></div>',
  );
});
