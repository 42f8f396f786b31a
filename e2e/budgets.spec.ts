// Budgets of the first view, as sizes and counts (never times): the build fails when it grows.
// Figures: docs/performance.md. Raise a budget only with a reason in that page.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures.ts';
import { rawGet } from './rawHttp.ts';

/** Gzipped bytes of the first view; measured: 116.9 kB of JS, 2.1 kB of CSS, 9.6 kB of HTML. */
const BUDGET = { javascript: 120 * 1024, css: 3 * 1024, html: 12 * 1024 };
/** Before the first event shows: the page and its stylesheet, nothing else. */
const REQUESTS_BEFORE_FIRST_EVENT = 2;

const html = () => readFileSync('dist/index.html', 'utf8');
const gzipped = (file: string) => gzipSync(readFileSync(`dist${file}`), { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function firstViewFiles(pattern: RegExp): string[] {
  return [...html().matchAll(pattern)]
    .map((match) => match[1]!)
    .filter((file, i, all) => all.indexOf(file) === i);
}

function expectWithin(kind: keyof typeof BUDGET, files: string[]) {
  const sizes = files.map((file) => ({ file, bytes: gzipped(file) }));
  const total = sizes.reduce((sum, size) => sum + size.bytes, 0);
  const detail = sizes.map((size) => `${size.file} ${kB(size.bytes)}`).join(', ');
  expect(
    total,
    `${kind} of the first view is ${kB(total)} gzipped, over its ${kB(BUDGET[kind])} budget: ${detail}`,
  ).toBeLessThanOrEqual(BUDGET[kind]);
}

test('@local JavaScript of the first view (entry and preloaded app chunk) stays within budget', () => {
  const scripts = firstViewFiles(
    /<(?:script[^>]+src|link rel="modulepreload"[^>]+href)="(\/assets\/[^"]+\.js)"/g,
  );
  expect(scripts.length).toBeGreaterThanOrEqual(2);
  expectWithin('javascript', scripts);
});

test('@local CSS and HTML of the first view stay within budget', () => {
  expectWithin('css', firstViewFiles(/<link rel="stylesheet"[^>]+href="(\/assets\/[^"]+\.css)"/g));
  const page = gzipSync(html(), { level: 9 }).length;
  expect(
    page,
    `index.html is ${kB(page)} gzipped, over its ${kB(BUDGET.html)} budget`,
  ).toBeLessThanOrEqual(BUDGET.html);
  expect(statSync('dist/index.html.gz').size).toBeLessThanOrEqual(BUDGET.html);
});

test('@local the first event needs no request but the page and its stylesheet', async () => {
  const page = (await rawGet('/')).body.toString('utf8');
  const head = page.slice(0, page.indexOf('<body'));
  // Render-blocking requests: stylesheets, and classic scripts with a src but no async or defer.
  // Module scripts wait; an inline script is no request.
  const blocking = [
    ...head.matchAll(/<link rel="stylesheet"[^>]*>/g),
    ...head.matchAll(/<script(?=[^>]*\ssrc=)(?![^>]*(type="module"|async|defer))[^>]*>/g),
  ];
  expect(
    1 + blocking.length,
    `requests before the first event: the page and ${blocking.map((m) => m[0]).join(', ')}`,
  ).toBeLessThanOrEqual(REQUESTS_BEFORE_FIRST_EVENT);
  // The first event is in the first response, not waiting for JavaScript.
  expect(page).toMatch(/<div id="root" data-prerendered[^>]*>.*<article/s);
});
