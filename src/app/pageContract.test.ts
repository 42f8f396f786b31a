// @vitest-environment jsdom
// The page contract both ways: what the build writes, the browser reads back (a real DOM parse).
import { expect, test } from 'vitest';
import {
  dataBlock,
  markAppReady,
  PAGE_CONTRACT,
  readPage,
  renderedForData,
} from './pageContract.ts';

const pageOf = (head: string, root: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${root}</body></html>`,
    'text/html',
  );

test('the page the build writes is read back: prerendered, its events, logo files, rendering', () => {
  const events = JSON.stringify({ events: [{ title: 'A' }] });
  const rendered = {
    at: new Date('2026-12-01T08:00:00Z'),
    pathname: '/e/a',
    search: '?lang=en',
    origin: 'https://events.example.org',
  };
  const document = pageOf(
    dataBlock(PAGE_CONTRACT.logoAddressesId, JSON.stringify({ Acme: '/img/sponsors/Acme.png' })) +
      dataBlock(PAGE_CONTRACT.prerenderedEventsId, events) +
      dataBlock(PAGE_CONTRACT.renderedForId, JSON.stringify(renderedForData(rendered))),
    `<div id="${PAGE_CONTRACT.rootId}" ${PAGE_CONTRACT.prerenderedAttribute}><article></article></div>`,
  );
  const page = readPage(document);
  expect(page.isPrerendered).toBe(true);
  expect(page.prerenderedEventsText).toBe(events);
  expect(page.logoAddresses).toEqual({ Acme: '/img/sponsors/Acme.png' });
  expect(page.renderedFor).toEqual(rendered);
  expect(page.root.id).toBe(PAGE_CONTRACT.rootId);
});

test('a page without the build’s blocks (the dev server) reads as not prerendered, every logo an SVG', () => {
  const page = readPage(pageOf('', `<div id="${PAGE_CONTRACT.rootId}"></div>`));
  expect(page).toMatchObject({ isPrerendered: false, logoAddresses: {} });
  expect(page.prerenderedEventsText).toBeUndefined();
  expect(page.renderedFor).toBeUndefined();
});

test('a broken rendered-for block reads as none: the app then renders the page anew', () => {
  const blocks = [
    '{not json',
    '{"at":"yesterday","pathname":"/","search":"","origin":"x"}',
    '{"at":"2026-12-01T08:00:00Z"}',
    // A page must say which query (which language) it was written for.
    '{"at":"2026-12-01T08:00:00Z","pathname":"/","origin":"x"}',
  ];
  for (const text of blocks) {
    const page = readPage(
      pageOf(dataBlock(PAGE_CONTRACT.renderedForId, text), '<div id="root"></div>'),
    );
    expect(page.renderedFor, text).toBeUndefined();
  }
});

test('a broken logo list costs only the fallback; entries that are not paths of the site are dropped', () => {
  const broken = pageOf(
    dataBlock(PAGE_CONTRACT.logoAddressesId, '{not json'),
    '<div id="root"></div>',
  );
  expect(readPage(broken).logoAddresses).toEqual({});
  const odd = pageOf(
    dataBlock(
      PAGE_CONTRACT.logoAddressesId,
      JSON.stringify({
        Acme: '/img/sponsors/Acme.png',
        Bad: 5,
        Elsewhere: '//evil.example/logo.svg',
        Backslash: '/\\evil.example/logo.svg',
        Absolute: 'https://evil.example/logo.svg',
        Relative: 'Acme.png',
      }),
    ),
    '<div id="root"></div>',
  );
  expect(readPage(odd).logoAddresses).toEqual({ Acme: '/img/sponsors/Acme.png' });
});

test('a page with no root says so; the app-ready signal lands on the root', () => {
  expect(() => readPage(pageOf('', ''))).toThrow('index.html has no #root element');
  const document = pageOf('', '<div id="root"></div>');
  markAppReady(document);
  expect(document.getElementById('root')?.hasAttribute(PAGE_CONTRACT.appReadyAttribute)).toBe(true);
});
