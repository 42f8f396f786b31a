// The app takes over the pages the build wrote by hydrating them: the same markup, node for node
// and attribute for attribute, as React's development build checks; then the visit's time and
// origin follow. Pages the first render would not match are rendered anew instead.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFile } from 'node:fs/promises';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { eventPageHtml, proposePageHtml } from '../build/eventPages.tsx';
import { siteInfoAt } from '../build/feeds.ts';
import { DATA_MARKER, listPageHtml } from '../build/indexPage.tsx';
import { eventAddress } from '../events/address.ts';
import { keepShown } from '../events/keepShown.ts';
import { readEventsFile } from '../events/load.ts';
import { site, type Language } from '../site.ts';
import { server } from '../test/server.ts';
import { servingEvents, type RawEvent } from '../test/builders.ts';
import { App } from './App.tsx';
import { moveOldStoredLanguage, pickLanguage, rememberLanguage } from './language.ts';
import { PAGE_CONTRACT, readPage } from './pageContract.ts';
import { loadEveryPart } from './routeParts.ts';
import { addressNamingLanguage, eventsOfPage, hydrationInputs } from './takeover.ts';
import { readViewState } from './viewState.ts';

const builtAt = new Date('2026-12-01T09:00:00+01:00');
const shell = `<html lang="fr"><head><!-- page-meta --><!-- /page-meta --></head><div id="${PAGE_CONTRACT.rootId}"></div>${DATA_MARKER}`;
let sample: RawEvent[];
let root: Root | undefined;

beforeAll(async () => {
  await loadEveryPart();
  sample = (JSON.parse(await readFile('public/events.json', 'utf8')) as { events: RawEvent[] })
    .events;
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

const siteEvents = () => readEventsFile(JSON.stringify({ events: sample }), site.timeZone).events;

const pageInputs = (language: Language = site.defaultLanguage) => ({
  template: shell,
  preloads: '',
  now: builtAt,
  site: siteInfoAt('https://events.example.org'),
  logoAddresses: {},
  language,
});

/** The list's page as the build writes it (scripts/build-pages.tsx), the shell aside. */
const listPage = (language: Language = site.defaultLanguage) =>
  listPageHtml(shell, { ...pageInputs(language), events: siteEvents() });

/**
 * Opens `html` at `address` and hydrates it as boot.tsx does. Returns what React's development
 * build said of the markup (it names every text and attribute that differs), and the first
 * article's node and every card's before hydration, to check that they stayed.
 */
async function hydrate(html: string, address: string) {
  window.history.replaceState(null, '', address);
  document.body.innerHTML = html;
  const page = readPage(document);
  const pageEvents = eventsOfPage(page);
  const language = pickLanguage(readViewState(window.location.search).lang);
  const named = addressNamingLanguage(page, window.location, language);
  if (named) window.history.replaceState(null, '', named);
  const hydrating = hydrationInputs(page, {
    location: window.location,
    language,
    pageEvents,
    partLoaded: true,
  });
  if (!hydrating) throw new Error(`the page at ${address} would not be hydrated`);
  const before = page.root.querySelector('article, form');
  const builtCards = [...page.root.querySelectorAll('article')];
  const complaints: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    complaints.push(args.map(String).join(' '));
  });
  await act(async () => {
    root = hydrateRoot(
      page.root,
      <StrictMode>
        <App prerendered={pageEvents} logoAddresses={page.logoAddresses} hydrating={hydrating} />
      </StrictMode>,
      { onRecoverableError: (error) => complaints.push(String(error)) },
    );
  });
  await vi.waitFor(() =>
    expect(page.root.hasAttribute(PAGE_CONTRACT.appReadyAttribute), 'the app is ready').toBe(true),
  );
  return { complaints, before, builtCards, root: page.root };
}

test('the list’s page is hydrated as built; the visit’s day and origin follow', async () => {
  server.use(servingEvents(sample));
  // The visit comes a day after the build: a card's "the day after tomorrow" becomes "tomorrow".
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-02T10:00:00+01:00'));
  const quarkus = { name: 'Riviera JUG : Quarkus et GraalVM en pratique' };
  const html = listPage();
  document.body.innerHTML = html;
  expect(screen.getByRole('article', quarkus)).toHaveTextContent('après-demain');
  const { complaints, before, root: pageRoot } = await hydrate(html, '/');
  expect(complaints).toEqual([]);
  await vi.waitFor(() => expect(screen.getByRole('article', quarkus)).toHaveTextContent('demain'));
  expect(before?.isConnected, 'the first card’s node stayed').toBe(true);
  expect(before?.parentElement?.closest(`#${PAGE_CONTRACT.rootId}`)).toBe(pageRoot);
  expect(screen.getByRole('textbox', { name: /calendrier/i })).toHaveValue(
    `${window.location.origin}/events.ics`,
  );
});

test('the takeover leaves the language the page came with: no write has the page restyled', async () => {
  server.use(servingEvents(sample));
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(builtAt);
  // The page's own <html lang> (the shell's lands in the test document's body).
  document.documentElement.lang = site.defaultLanguage;
  const writes: string[] = [];
  const observer = new MutationObserver((records) => {
    writes.push(...records.map(() => document.documentElement.lang));
  });
  observer.observe(document.documentElement, { attributeFilter: ['lang'] });
  await hydrate(listPage(), '/');
  expect(writes, 'writes of <html lang> during the takeover').toEqual([]);
  // A language picked is written.
  await userEvent.setup().click(screen.getByRole('link', { name: 'English' }));
  await vi.waitFor(() => expect(writes).toEqual(['en']));
  observer.disconnect();
});

test('a visit after the first event has ended: the cards of the events still ahead stay', async () => {
  server.use(servingEvents(sample));
  // Built before the Quarkus evening (3 December), visited the morning after it.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-04T10:00:00+01:00'));
  const { complaints, builtCards } = await hydrate(listPage(), '/');
  expect(complaints).toEqual([]);
  expect(builtCards[0]?.querySelector('h3')?.textContent, 'the build’s first card').toMatch(
    /Quarkus/,
  );
  await vi.waitFor(() =>
    expect(screen.queryByRole('article', { name: /Quarkus/ }), 'the ended event left').toBeNull(),
  );
  expect(
    builtCards
      .slice(1)
      .filter((card) => !card.isConnected)
      .map((card) => card.querySelector('h3')?.textContent),
    'the cards of the events still ahead were not drawn again',
  ).toEqual([]);
});

test('an event’s page and the form are hydrated as built', async () => {
  const event = siteEvents().find((e) => e.startsAt > builtAt)!;
  server.use(servingEvents(sample));
  const eventPage = await hydrate(eventPageHtml(event, pageInputs()), `/e/${eventAddress(event)}`);
  expect(eventPage.complaints).toEqual([]);
  expect(eventPage.before?.isConnected).toBe(true);
  act(() => root?.unmount());
  const form = await hydrate(proposePageHtml(pageInputs()), '/propose');
  expect(form.complaints).toEqual([]);
  expect(form.before?.isConnected).toBe(true);
});

test('the page’s events are taken as the build wrote them; a block it did not write is not', () => {
  document.body.innerHTML = listPage();
  const page = readPage(document);
  const { events: written } = JSON.parse(page.prerenderedEventsText!) as { events: RawEvent[] };
  // Without the schema, as events.json's reader gives the same events with it.
  expect(eventsOfPage(page)?.events).toEqual(
    readEventsFile(JSON.stringify({ events: written }), site.timeZone).events,
  );
  const withBlock = (events: unknown) => ({
    ...page,
    prerenderedEventsText: JSON.stringify({ events }),
  });
  const [first] = written;
  for (const broken of [
    [{ ...first, ts: undefined }],
    [{ ...first, ts: '2026-12-04 18:30' }],
    [{ ...first, end: 20261204 }],
    [{ ...first, title: null }],
    [{ ...first, link: undefined }],
    [first, 'an event'],
    { 0: first },
  ]) {
    expect(eventsOfPage(withBlock(broken)), JSON.stringify(broken).slice(0, 80)).toBeUndefined();
  }
  expect(eventsOfPage({ ...page, prerenderedEventsText: '{"events": [' })).toBeUndefined();
});

test('events.json repeating the page’s events leaves them as they are: no card renders again', () => {
  document.body.innerHTML = listPage();
  const onPage = eventsOfPage(readPage(document))!.events;
  const file = siteEvents();
  const kept = keepShown(onPage, file);
  expect(onPage.length).toBeGreaterThan(0);
  expect(onPage.every((event) => kept.includes(event))).toBe(true);
  expect(kept.length).toBe(file.length);
});

test('a visit the page was not rendered for is rendered anew', () => {
  document.body.innerHTML = listPage();
  const page = readPage(document);
  const visit = (address: string, language: Language = 'fr') => ({
    location: new URL(address, 'https://events.example.org'),
    language,
    pageEvents: eventsOfPage(page),
    partLoaded: true,
  });
  expect(hydrationInputs(page, visit('/'))).toEqual(page.renderedFor);
  // Other parameters (a campaign's) do not change the page.
  expect(hydrationInputs(page, visit('/?utm_source=mail'))).toEqual(page.renderedFor);
  expect(hydrationInputs(page, visit('/?tag=java'))).toBeUndefined();
  expect(hydrationInputs(page, visit('/?view=past'))).toBeUndefined();
  expect(hydrationInputs(page, visit('/', 'en'))).toBeUndefined();
  // The 404 page answers every address that names no event.
  expect(hydrationInputs(page, visit('/e/no-such-event'))).toBeUndefined();
  expect(hydrationInputs({ ...page, isPrerendered: false }, visit('/'))).toBeUndefined();
  // The page's events block could not be read, or its code did not load: it shows otherwise.
  expect(hydrationInputs(page, { ...visit('/'), pageEvents: undefined })).toBeUndefined();
  expect(hydrationInputs(page, { ...visit('/'), partLoaded: false })).toBeUndefined();
});

test('the pages the build wrote in English are hydrated as built at their ?lang=en address', async () => {
  const event = siteEvents().find((e) => e.startsAt > builtAt)!;
  server.use(servingEvents(sample));
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(builtAt);
  const list = await hydrate(listPage('en'), '/?lang=en');
  expect(list.complaints).toEqual([]);
  expect(list.before?.isConnected, 'the first card’s node stayed').toBe(true);
  expect(screen.getByRole('textbox', { name: /calendar/i })).toBeInTheDocument();
  act(() => root?.unmount());
  const eventPage = await hydrate(
    eventPageHtml(event, pageInputs('en')),
    `/e/${eventAddress(event)}?lang=en`,
  );
  expect(eventPage.complaints).toEqual([]);
  expect(eventPage.before?.isConnected).toBe(true);
  act(() => root?.unmount());
  const form = await hydrate(proposePageHtml(pageInputs('en')), '/propose?lang=en');
  expect(form.complaints).toEqual([]);
  expect(form.before?.isConnected).toBe(true);
});

test('a page is hydrated only in the language it was written in', () => {
  document.body.innerHTML = listPage('en');
  const page = readPage(document);
  const visit = (address: string, language: Language) => ({
    location: new URL(address, 'https://events.example.org'),
    language,
    pageEvents: eventsOfPage(page),
    partLoaded: true,
  });
  expect(hydrationInputs(page, visit('/?lang=en', 'en'))).toEqual(page.renderedFor);
  expect(hydrationInputs(page, visit('/?lang=fr', 'fr'))).toBeUndefined();
  expect(hydrationInputs(page, visit('/', 'fr'))).toBeUndefined();
  // English remembered, at the bare address: nginx sends this page, whose links name ?lang=en;
  // the address is made to name it first (below).
  expect(hydrationInputs(page, visit('/', 'en'))).toBeUndefined();
});

test('a page sent in the remembered language has its address name it, and is hydrated', async () => {
  document.body.innerHTML = listPage('en');
  const page = readPage(document);
  const at = (address: string) => new URL(address, 'https://events.example.org');
  expect(addressNamingLanguage(page, at('/'), 'en')).toBe('/?lang=en');
  expect(addressNamingLanguage(page, at('/?utm_source=mail#top'), 'en')).toBe(
    '/?utm_source=mail&lang=en#top',
  );
  // The address names a language already, or the page is not in the visitor's.
  expect(addressNamingLanguage(page, at('/?lang=en'), 'en')).toBeUndefined();
  expect(addressNamingLanguage(page, at('/'), 'fr')).toBeUndefined();
  document.body.innerHTML = listPage('fr');
  expect(addressNamingLanguage(readPage(document), at('/'), 'fr')).toBeUndefined();

  server.use(servingEvents(sample));
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(builtAt);
  rememberLanguage('en');
  const { complaints, before } = await hydrate(listPage('en'), '/');
  expect(complaints).toEqual([]);
  expect(before?.isConnected, 'the first card’s node stayed').toBe(true);
  expect(window.location.search).toBe('?lang=en');
});

test('a language picked is remembered in the cookie nginx reads, and one kept by an older release moves there', () => {
  expect(pickLanguage(undefined)).toBe(site.defaultLanguage);
  rememberLanguage('en');
  expect(document.cookie).toMatch(/(^|; )lang=en($|;)/);
  expect(pickLanguage(undefined)).toBe('en');
  expect(pickLanguage('fr'), 'the address’s language comes first').toBe('fr');
  expect(moveOldStoredLanguage(), 'nothing to move').toBeUndefined();
  document.cookie = 'lang=; Path=/; Max-Age=0'; // as before this release
  window.localStorage.setItem('lang', 'en');
  expect(pickLanguage(undefined), 'the first view does not read the storage').toBe('fr');
  expect(window.localStorage.getItem('lang')).toBe('en');
  expect(moveOldStoredLanguage()).toBe('en');
  expect(document.cookie).toMatch(/(^|; )lang=en($|;)/);
  expect(window.localStorage.getItem('lang')).toBeNull();
  expect(pickLanguage(undefined)).toBe('en');
  // A cookie set since wins over what an older release left.
  window.localStorage.setItem('lang', 'fr');
  expect(moveOldStoredLanguage()).toBeUndefined();
  expect(pickLanguage(undefined)).toBe('en');
});
