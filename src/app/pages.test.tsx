// The site's other pages in the app: an event's own page, opened from the list in place and left
// by Back; the tab's title; an address that names no event, or no page; sharing; the propose form
// as a visitor fills it.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { anEvent, servingEvents } from '../test/builders.ts';
import { server } from '../test/server.ts';
import { App } from './App.tsx';
import { EventRoute } from './EventRoute.tsx';
import type { EventsFile, EventsRead } from '../events/eventsFile.ts';
import { aSiteEvent } from '../test/siteEvents.ts';

const quarkus = anEvent({
  title: 'Riviera JUG : Quarkus',
  ts: '20261203T183000',
  end: '20261203T210000',
  place: 'SKEMA',
  tags: ['java'],
  sponsors: [{ name: 'Riviera JUG' }],
});
const lab = anEvent({ title: 'Lab Kubernetes', ts: '20261212T093000', id: 'lab-k8s' });
const past = anEvent({ title: 'Devoxx passé', ts: '20260410T090000' });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T09:00:00+01:00'));
  // jsdom does not scroll; the app's own scrolling is checked in Chromium (e2e/eventPages.spec.ts).
  window.scrollTo = () => {};
  server.use(servingEvents([quarkus, lab, past]));
});
afterEach(() => window.history.replaceState(null, '', '/'));

test('an event’s address shows its own page, upcoming or past', async () => {
  window.history.replaceState(null, '', '/e/lab-k8s');
  const { unmount } = render(<App />);
  expect(await screen.findByRole('heading', { level: 2, name: 'Lab Kubernetes' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'Google Agenda' })).toBeVisible();
  unmount();
  window.history.replaceState(null, '', '/e/2026-04-10-devoxx-passe');
  render(<App />);
  expect(await screen.findByRole('heading', { name: 'Devoxx passé' })).toBeVisible();
  expect(screen.getByRole('note')).toHaveTextContent('Cet événement est passé.');
  expect(screen.queryByRole('list', { name: 'Ajouter à mon agenda' })).toBeNull();
});

test('an event’s page names Google’s calendar as Google does in the page’s language', async () => {
  window.history.replaceState(null, '', '/e/lab-k8s?lang=en');
  render(<App />);
  expect(await screen.findByRole('link', { name: 'Google Calendar' })).toBeVisible();
  expect(screen.queryByRole('link', { name: 'Google Agenda' })).toBeNull();
});

test('a card’s title opens the page in place; Back comes back to the same search', async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/?q=quarkus');
  render(<App />);
  await user.click(await screen.findByRole('link', { name: 'Riviera JUG : Quarkus' }));
  expect(window.location.pathname).toBe('/e/2026-12-03-riviera-jug-quarkus');
  expect(screen.getByRole('heading', { level: 2, name: 'Riviera JUG : Quarkus' })).toBeVisible();
  expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  // The page's own way back is Back: the list's entry, with its search.
  await user.click(screen.getByRole('link', { name: '← Tous les événements' }));
  await vi.waitFor(() => expect(window.location.search).toBe('?q=quarkus'));
  expect(await screen.findByRole('searchbox')).toHaveValue('quarkus');
  expect(screen.getByRole('article', { name: 'Riviera JUG : Quarkus' })).toBeVisible();
  expect(screen.queryByRole('article', { name: 'Lab Kubernetes' })).not.toBeInTheDocument();
});

test('focus follows the visitor between pages: to the heading, and Back to the link followed', async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/?q=quarkus');
  render(<App />);
  const title = await screen.findByRole('link', { name: 'Riviera JUG : Quarkus' });
  // The page a visit starts on keeps the browser's focus.
  expect(document.body).toHaveFocus();
  await user.click(title);
  expect(screen.getByRole('heading', { level: 2, name: 'Riviera JUG : Quarkus' })).toHaveFocus();
  await user.click(screen.getByRole('link', { name: '← Tous les événements' }));
  await vi.waitFor(() => expect(window.location.search).toBe('?q=quarkus'));
  await vi.waitFor(() => expect(title).toHaveFocus());
  // A page whose code loads apart takes focus once it shows; Back finds the footer's link.
  await user.click(screen.getByRole('link', { name: 'Proposer un événement' }));
  const form = await screen.findByRole('heading', { level: 2, name: 'Proposer un événement' });
  await vi.waitFor(() => expect(form).toHaveFocus());
  window.history.back();
  await vi.waitFor(() =>
    expect(screen.getByRole('link', { name: 'Proposer un événement' })).toHaveFocus(),
  );
  // A filter changes the list, not the page: focus stays on what the visitor used.
  await user.type(screen.getByRole('searchbox'), ' graal');
  expect(screen.getByRole('searchbox')).toHaveFocus();
});

test('from an event’s page opened directly, the way to the list leads to the list’s heading', async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/e/lab-k8s');
  render(<App />);
  await user.click(await screen.findByRole('link', { name: '← Tous les événements' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Sophia Tech Events' }),
  ).toHaveFocus();
});

test('a tag on an event’s page opens the list filtered by it', async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/e/2026-12-03-riviera-jug-quarkus');
  render(<App />);
  const tags = await screen.findByRole('list', { name: 'Sujets' });
  await user.click(within(tags).getByRole('link', { name: 'java' }));
  expect(window.location.search).toBe('?tag=java');
  expect(await screen.findByRole('article', { name: 'Riviera JUG : Quarkus' })).toBeVisible();
  expect(screen.queryByRole('article', { name: 'Lab Kubernetes' })).not.toBeInTheDocument();
});

test('a visitor who came by an English address stays in English from page to page', async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/?lang=en');
  render(<App />);
  const title = await screen.findByRole('link', { name: 'Riviera JUG : Quarkus' });
  // Opened in a new tab or shared, the link names the language too.
  expect(title).toHaveAttribute('href', '/e/2026-12-03-riviera-jug-quarkus?lang=en');
  expect(screen.getByRole('link', { name: 'Propose an event' })).toHaveAttribute(
    'href',
    '/propose?lang=en',
  );
  await user.click(title);
  expect(window.location.search).toBe('?lang=en');
  expect(screen.getByRole('link', { name: 'Google Calendar' })).toBeVisible();
  const tags = screen.getByRole('list', { name: 'Topics' });
  await user.click(within(tags).getByRole('link', { name: 'java' }));
  expect(window.location.search).toBe('?tag=java&lang=en');
  expect(await screen.findByRole('searchbox', { name: 'Search events' })).toBeVisible();
});

test('an address that names no event says so, and searches the list for its words', async () => {
  window.history.replaceState(null, '', '/e/2026-12-03-riviera-jug-quarkuss');
  render(<App />);
  expect(
    await screen.findByRole('heading', { name: 'Aucun événement à cette adresse' }),
  ).toBeVisible();
  expect(
    screen.getByRole('link', { name: 'Chercher « riviera jug quarkuss » dans les événements' }),
  ).toHaveAttribute('href', '/?q=riviera%20jug%20quarkuss');
});

test('the tab’s title is the page’s own, as the app opens pages in place and in either language', async () => {
  const user = userEvent.setup();
  document.title = 'stale';
  render(<App />);
  await user.click(await screen.findByRole('link', { name: 'Riviera JUG : Quarkus' }));
  await vi.waitFor(() => expect(document.title).toBe('Riviera JUG : Quarkus · Sophia Tech Events'));
  await user.click(screen.getByRole('link', { name: '← Tous les événements' }));
  await vi.waitFor(() => expect(document.title).toBe('Sophia Tech Events'));
  await user.click(screen.getByRole('link', { name: 'Proposer un événement' }));
  expect(await screen.findByRole('heading', { name: 'Proposer un événement' })).toBeVisible();
  await vi.waitFor(() => expect(document.title).toBe('Proposer un événement · Sophia Tech Events'));
  await user.click(screen.getByRole('link', { name: 'English' }));
  await vi.waitFor(() => expect(document.title).toBe('Propose an event · Sophia Tech Events'));
});

test('an address that names no page says so, in the tab’s title too, and leads to the list', async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/nothing-here');
  render(<App />);
  expect(screen.getByRole('heading', { name: 'Aucune page à cette adresse' })).toBeVisible();
  await vi.waitFor(() =>
    expect(document.title).toBe('Aucune page à cette adresse · Sophia Tech Events'),
  );
  await user.click(screen.getByRole('link', { name: 'Voir les événements à venir' }));
  expect(window.location.pathname).toBe('/');
  expect(await screen.findByRole('article', { name: 'Lab Kubernetes' })).toBeVisible();
});

test('Share copies the event’s address, and says so', async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/e/lab-k8s');
  render(<App />);
  await user.click(await screen.findByRole('button', { name: 'Partager: Lab Kubernetes' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Lien copié');
  expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/e/lab-k8s`);
});

test('the propose form checks as the visitor types, previews the card, and gives the block', async () => {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/propose');
  render(<App />);
  expect(await screen.findByRole('heading', { name: 'Proposer un événement' })).toBeVisible();
  // What is left to fill, in French: nothing is said under a field before the visitor fills it.
  const left = screen.getByRole('region', { name: '3 points à corriger' });
  expect(
    within(left)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'Titre : ce champ est vide',
    'Date : il manque ce champ',
    'Site de l’événement (https://…) : ce n’est pas une adresse http:// ou https://',
  ]);
  const link = screen.getByRole('textbox', { name: 'Site de l’événement (https://…)' });
  expect(link).not.toHaveAccessibleDescription();
  await user.type(link, 'rivierajug.org');
  expect(link).toHaveAccessibleDescription('ce n’est pas une adresse http:// ou https://');
  await user.clear(link);
  await user.type(link, 'https://rivierajug.org/k8s');
  expect(link).not.toHaveAttribute('aria-invalid');
  await user.type(screen.getByRole('textbox', { name: 'Titre' }), 'Lab Kubernetes avancé');
  await user.type(screen.getByLabelText('Date'), '2026-12-15');
  await user.click(await screen.findByRole('checkbox', { name: 'Riviera JUG' }));

  const preview = screen.getByRole('region', { name: 'Aperçu' });
  expect(within(preview).getByRole('article', { name: 'Lab Kubernetes avancé' })).toBeVisible();
  const block = screen.getByRole('textbox', { name: 'L’événement, en JSON' });
  expect(JSON.parse((block as HTMLTextAreaElement).value)).toEqual({
    title: 'Lab Kubernetes avancé',
    ts: '20261215T183000',
    link: 'https://rivierajug.org/k8s',
    sponsors: [{ name: 'Riviera JUG' }],
    id: '2026-12-15-lab-kubernetes-avance',
    added: '2026-12-01',
  });
  const issue = new URL(
    screen.getByRole('link', { name: 'Proposer sur GitLab' }).getAttribute('href')!,
  );
  expect(issue.searchParams.get('issue[description]')).toContain(
    '"title": "Lab Kubernetes avancé"',
  );
});

test('the propose form says what is left to fix in the visitor’s language', async () => {
  window.history.replaceState(null, '', '/propose?lang=en');
  render(<App />);
  const left = await screen.findByRole('region', { name: '3 things to fix' });
  expect(
    within(left)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    'Title: this field is empty',
    'Date: this field is missing',
    'Event website (https://…): not an http:// or https:// address',
  ]);
});

test('an event opened from the propose page leads back to the list, not to the form', async () => {
  const user = userEvent.setup();
  window.history.replaceState({ cameFrom: '/propose' }, '', '/e/lab-k8s');
  render(<App />);
  expect(await screen.findByRole('link', { name: '← Tous les événements' })).toHaveAttribute(
    'href',
    '/',
  );
  await user.click(screen.getByRole('link', { name: '← Tous les événements' }));
  expect(window.location.pathname).toBe('/');
});

test('an event’s page keeps its event while the archive is read, and waits there for one it lacks', () => {
  const now = new Date('2026-12-01T09:00:00+01:00');
  const shown = aSiteEvent(past);
  const pending = new Promise<EventsRead>(() => {});
  const route = (address: string, file: EventsFile) => (
    <EventRoute
      address={address}
      load={{ status: 'ready', file }}
      now={now}
      listHref="/"
      onRetry={() => {}}
    />
  );
  const { rerender } = render(route('2026-04-10-devoxx-passe', { events: [shown], skipped: [] }));
  const heading = screen.getByRole('heading', { level: 2, name: 'Devoxx passé' });
  // events.json's upcoming events have come, without it: it may be in the archive.
  rerender(route('2026-04-10-devoxx-passe', { events: [], skipped: [], archive: pending }));
  expect(screen.getByRole('heading', { level: 2, name: 'Devoxx passé' })).toBe(heading);
  // Another address, not found yet: a loading notice, not "no such event".
  rerender(route('lab-k8s', { events: [], skipped: [], archive: pending }));
  expect(screen.getByRole('status')).toHaveTextContent('Chargement des événements…');
  expect(screen.queryByRole('heading', { name: 'Aucun événement à cette adresse' })).toBeNull();
  // The archive read, without either: no such event.
  rerender(route('2026-04-10-devoxx-passe', { events: [], skipped: [] }));
  expect(screen.getByRole('heading', { name: 'Aucun événement à cette adresse' })).toBeVisible();
});
