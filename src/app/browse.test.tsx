// Browsing as a visitor does it: typing, clicking filters, switching views and languages, going Back.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { App } from './App.tsx';
import { Browse } from './Browse.tsx';
import { readViewState } from './viewState.ts';
import { withArchive, type EventsFile, type EventsRead } from '../events/eventsFile.ts';
import { aSiteEvent } from '../test/siteEvents.ts';
import { anEvent, servingEvents } from '../test/builders.ts';
import { server } from '../test/server.ts';

const sample = [
  anEvent({
    title: 'Riviera JUG : Quarkus',
    ts: '20261203T183000',
    tags: ['java'],
    sponsors: [{ name: 'Riviera JUG' }],
  }),
  anEvent({
    title: 'Cloud panel',
    ts: '20261210T183000',
    tags: ['cloud'],
    online: true,
    sponsors: [{ name: 'CNR' }],
  }),
  anEvent({
    title: 'Événement Kotlin',
    ts: '20270115T183000',
    tags: ['kotlin', 'java'],
    sponsors: [{ name: 'Riviera JUG' }],
  }),
  anEvent({ title: 'Autumn talk', ts: '20261020T183000', tags: ['java'] }),
  anEvent({ title: 'Old conf', ts: '20250610T090000' }),
];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T09:00:00+01:00'));
  window.history.replaceState(null, '', '/');
  server.use(servingEvents(sample));
});
afterEach(() => window.history.replaceState(null, '', '/'));

const articleTitles = () =>
  screen.queryAllByRole('article').map((a) => within(a).getByRole('heading').textContent);

test('typing narrows the list as you type, accents ignored, matches marked, the count announced', async () => {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('article', { name: 'Riviera JUG : Quarkus' });
  expect(screen.getByRole('status')).toHaveTextContent('3 événements');

  await user.type(screen.getByRole('searchbox', { name: 'Rechercher un événement' }), 'evenement');
  await waitFor(() => expect(articleTitles()).toEqual(['Événement Kotlin']));
  const article = screen.getByRole('article', { name: 'Événement Kotlin' });
  expect(article.querySelector('mark')).toHaveTextContent('Événement');
  expect(screen.getByRole('status')).toHaveTextContent('1 événement');
  expect(window.location.search).toBe('?q=evenement');
});

test('filters show how many events each leaves, combine, and clear in one click', async () => {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('article', { name: 'Cloud panel' });
  const sponsors = screen.getByRole('group', { name: 'Organisateurs et partenaires' });
  expect(within(sponsors).getByRole('checkbox', { name: 'Riviera JUG (2)' })).not.toBeChecked();

  await user.click(within(sponsors).getByRole('checkbox', { name: 'Riviera JUG (2)' }));
  await waitFor(() =>
    expect(articleTitles()).toEqual(['Riviera JUG : Quarkus', 'Événement Kotlin']),
  );
  await user.click(screen.getByRole('radio', { name: 'Cette semaine (1)' }));
  await waitFor(() => expect(articleTitles()).toEqual(['Riviera JUG : Quarkus']));
  expect(window.location.search).toBe('?sponsor=Riviera+JUG&when=week');

  await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
  await waitFor(() => expect(articleTitles()).toHaveLength(3));
  expect(window.location.search).toBe('');
});

test('an empty result says why, and one button clears the search and filters', async () => {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('article', { name: 'Cloud panel' });
  await user.type(screen.getByRole('searchbox'), 'zzz');
  expect(await screen.findByText('Aucun événement ne correspond à « zzz ».')).toBeVisible();
  await user.clear(screen.getByRole('searchbox'));
  await user.click(await screen.findByRole('checkbox', { name: 'Riviera JUG (2)' }));
  await user.type(screen.getByRole('searchbox'), 'zzz');
  expect(
    await screen.findByText('Aucun événement ne correspond à « zzz » avec ces filtres.'),
  ).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
  await waitFor(() => expect(articleTitles()).toHaveLength(3));
  expect(screen.getByRole('searchbox')).toHaveValue('');
  expect(screen.queryByRole('button', { name: 'Effacer les filtres' })).toBeNull();
});

test('the archive lists past events, most recent first, under year headings, and is searchable', async () => {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('article', { name: 'Cloud panel' });
  await user.click(screen.getByRole('link', { name: 'Archives' }));
  expect(screen.getByRole('link', { name: 'Archives' })).toHaveAttribute('aria-current', 'page');
  expect(window.location.search).toBe('?view=past');
  await waitFor(() => expect(articleTitles()).toEqual(['Autumn talk', 'Old conf']));
  expect(screen.getByRole('region', { name: '2026' })).toContainElement(
    screen.getByRole('article', { name: 'Autumn talk' }),
  );
  expect(screen.getByRole('region', { name: '2025' })).toContainElement(
    screen.getByRole('article', { name: 'Old conf' }),
  );
  await user.type(screen.getByRole('searchbox'), 'conf');
  await waitFor(() => expect(articleTitles()).toEqual(['Old conf']));
});

test('a link reproduces the view, and Back and Forward step through changes', async () => {
  window.history.replaceState(null, '', '/?tag=java&view=past');
  const user = userEvent.setup();
  render(<App />);
  await waitFor(() => expect(articleTitles()).toEqual(['Autumn talk']));

  await user.click(screen.getByRole('link', { name: 'À venir' }));
  await waitFor(() =>
    expect(articleTitles()).toEqual(['Riviera JUG : Quarkus', 'Événement Kotlin']),
  );

  await act(async () => {
    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  });
  await waitFor(() => expect(articleTitles()).toEqual(['Autumn talk']));
  await act(async () => {
    window.history.forward();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  });
  await waitFor(() => expect(articleTitles()).toHaveLength(2));
});

test('each event says how soon it is', async () => {
  render(<App />);
  const article = await screen.findByRole('article', { name: 'Riviera JUG : Quarkus' });
  expect(within(article).getByText('après-demain')).toBeInTheDocument();
  expect(
    within(screen.getByRole('article', { name: 'Cloud panel' })).getByText('dans 9 jours'),
  ).toBeInTheDocument();
});

test('the language switch changes every string and dates, and is remembered', async () => {
  const user = userEvent.setup();
  const { unmount } = render(<App />);
  await screen.findByRole('article', { name: 'Cloud panel' });
  await user.click(screen.getByRole('link', { name: 'English' }));
  expect(await screen.findByRole('searchbox', { name: 'Search events' })).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'December 2026' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('3 events');
  expect(document.documentElement.lang).toBe('en');
  expect(window.location.search).toBe('?lang=en');
  unmount();

  // A later visit without ?lang= keeps the choice.
  window.history.replaceState(null, '', '/');
  render(<App />);
  expect(await screen.findByRole('searchbox', { name: 'Search events' })).toBeInTheDocument();
});

test('a language an earlier release kept comes once the page is shown, and moves to the cookie', async () => {
  window.localStorage.setItem('lang', 'en');
  render(<App />);
  expect(await screen.findByRole('searchbox', { name: 'Search events' })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('en');
  expect(document.cookie).toMatch(/(^|; )lang=en($|;)/);
  expect(window.localStorage.getItem('lang')).toBeNull();
});

test('every upcoming event offers its calendar file', async () => {
  render(<App />);
  await screen.findByRole('article', { name: 'Cloud panel' });
  for (const article of screen.getAllByRole('article')) {
    expect(
      within(article).getByRole('link', { name: /^Ajouter à mon agenda/ }),
    ).toBeInTheDocument();
  }
});

test('a long list shows a page at a time; a new search starts again at the first page', async () => {
  server.use(
    servingEvents(
      Array.from({ length: 25 }, (_, i) =>
        anEvent({
          title: `Meetup ${i + 1}`,
          ts: `202612${String(i + 2).padStart(2, '0')}T183000`,
          link: `https://example.org/${i}`,
        }),
      ),
    ),
  );
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('article', { name: 'Meetup 1' });
  expect(articleTitles()).toHaveLength(20);
  await user.click(screen.getByRole('button', { name: 'Afficher 5 de plus' }));
  expect(articleTitles()).toHaveLength(25);
  expect(articleTitles().at(-1)).toBe('Meetup 25');
  expect(screen.queryByRole('button', { name: /de plus/ })).not.toBeInTheDocument();

  await user.type(screen.getByRole('searchbox'), 'meetup');
  await waitFor(() => expect(articleTitles()).toHaveLength(20));
  expect(screen.getByRole('button', { name: 'Afficher 5 de plus' })).toBeInTheDocument();
});

test('filtered to one tag, the Subscribe box offers that tag’s calendar', async () => {
  window.history.replaceState(null, '', '/?tag=java');
  render(<App />);
  const subscribe = await screen.findByRole('region', { name: 'Recevoir les événements' });
  expect(
    within(subscribe).getByRole('link', { name: 'S’abonner aux événements « java »' }),
  ).toHaveAttribute(
    'href',
    `${window.location.origin.replace(/^https?:/, 'webcal:')}/calendars/tag/java.ics`,
  );
  expect(within(subscribe).getByRole('textbox')).toHaveValue(
    `${window.location.origin}/calendars/tag/java.ics`,
  );
});

test('an event written twice in the file shows twice, each card its own', async () => {
  // The data check refuses such a file; the site still shows what it holds (React would warn of
  // two cards with one key, and the console guard fails the test).
  server.use(servingEvents([sample[0]!, sample[0]!, sample[1]!]));
  render(<App />);
  await screen.findByRole('article', { name: 'Cloud panel' });
  expect(articleTitles()).toEqual([
    'Riviera JUG : Quarkus',
    'Riviera JUG : Quarkus',
    'Cloud panel',
  ]);
});

test('the archive opened before it is read says it is loading, then lists it; failed, the alert speaks', () => {
  const now = new Date('2026-12-01T09:00:00+01:00');
  const upcoming = aSiteEvent({ title: 'Cloud panel', ts: '20261210T183000' });
  const past = aSiteEvent({ title: 'Old conf', ts: '20250610T090000' });
  const pending = new Promise<EventsRead>(() => {});
  const state = readViewState('?view=past');
  const browse = (file: EventsFile, hasFailed = false) => (
    <Browse file={file} state={state} now={now} hasFailed={hasFailed} onChange={() => {}} />
  );
  const { rerender } = render(browse({ events: [upcoming], skipped: [], archive: pending }));
  expect(screen.getByRole('status')).toHaveTextContent('Chargement des événements…');
  expect(articleTitles()).toEqual([]);
  expect(screen.queryByText('Aucun événement passé.')).toBeNull();

  rerender(browse({ events: [upcoming], skipped: [], archive: pending }, true));
  expect(screen.queryByRole('status')).toBeNull();

  rerender(
    browse(withArchive({ events: [upcoming], skipped: [] }, { events: [past], skipped: [] })),
  );
  expect(articleTitles()).toEqual(['Old conf']);
});
