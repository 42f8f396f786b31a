import { expect, test } from 'vitest';
import { cutAfterEvents } from './firstScreenPage.ts';

const page = [
  '<!doctype html><html><head><style>a{}</style></head><body><main>',
  '<article id="first-event"><h3>One</h3></article>',
  '<article><h3>Two</h3></article>',
  '<article><h3>Three</h3></article>',
  '</main><script type="application/ld+json">[]</script><script src="/app.js"></script></body></html>',
].join('');

test('a page cut after its second event keeps its head and first two cards, and nothing after', () => {
  const cut = cutAfterEvents(page, 2, 'index.html');
  expect(cut).toContain('<style>a{}</style>');
  expect(cut).toContain('<h3>One</h3>');
  expect(cut.trimEnd().endsWith('<h3>Two</h3></article>')).toBe(true);
  expect(cut).not.toContain('Three');
  expect(cut).not.toContain('<script');
});

test('a page with fewer cards than asked is named, with what to do', () => {
  expect(() => cutAfterEvents(page, 4, 'static.html')).toThrow(
    'static.html has 3 event cards, and its first screen is measured with 4: build it from data with more upcoming events',
  );
});
