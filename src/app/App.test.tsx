import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, delay } from 'msw';
import { beforeEach, expect, test, vi } from 'vitest';
import { App } from './App.tsx';
import { anEvent, servingEvents } from '../test/builders.ts';
import { server } from '../test/server.ts';
import { site } from '../site.ts';
import { readEventsFile } from '../events/load.ts';
import { listFirstView } from '../build/indexPage.tsx';

beforeEach(() => {
  // Only Date is pinned: timers and fetch run for real.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T09:00:00+01:00'));
});

test('while events.json loads, the page says so', async () => {
  server.use(
    http.get(site.eventsUrl, async () => {
      await delay('infinite');
      return HttpResponse.json({ events: [] });
    }),
  );
  render(<App />);
  expect(await screen.findByRole('status')).toHaveTextContent('Chargement des événements…');
});

test('upcoming events are listed by start under month headings, past ones are not', async () => {
  server.use(
    servingEvents([
      anEvent({ title: 'January JUG', ts: '20270114T183000' }),
      anEvent({ title: 'Last month', ts: '20261115T183000' }),
      anEvent({ title: 'December lab', ts: '20261212T093000' }),
    ]),
  );
  render(<App />);
  const december = await screen.findByRole('region', { name: 'décembre 2026' });
  expect(within(december).getByRole('article', { name: 'December lab' })).toBeInTheDocument();
  const january = screen.getByRole('region', { name: 'janvier 2027' });
  expect(within(january).getByRole('article', { name: 'January JUG' })).toBeInTheDocument();
  expect(screen.queryByRole('article', { name: 'Last month' })).not.toBeInTheDocument();
  const headings = screen
    .getAllByRole('article')
    .map((a) => within(a).getByRole('heading').textContent);
  expect(headings).toEqual(['December lab', 'January JUG']);
});

test('an event shows its time in Paris, its date line, its text and its page', async () => {
  server.use(
    servingEvents([
      anEvent({
        title: 'Lab Kubernetes',
        ts: '20261212T093000',
        date: '12 décembre à 9h30 au CEEI',
        desc: 'Venez avec <b>votre</b> portable',
        link: 'https://example.org/lab',
      }),
    ]),
  );
  render(<App />);
  const article = await screen.findByRole('article', { name: 'Lab Kubernetes' });
  expect(within(article).getByText('samedi 12 décembre 2026 · 09:30')).toHaveAttribute(
    'datetime',
    '2026-12-12T09:30:00+01:00',
  );
  expect(within(article).getByText('12 décembre à 9h30 au CEEI')).toBeInTheDocument();
  // The description is text: markup in it is shown, never interpreted.
  expect(within(article).getByText('Venez avec <b>votre</b> portable')).toBeInTheDocument();
  expect(within(article).getByRole('link', { name: /Site de l’événement/ })).toHaveAttribute(
    'href',
    'https://example.org/lab',
  );
});

test('sponsor logos show with the sponsor name as alt; a broken logo shows the name', async () => {
  server.use(
    servingEvents([
      anEvent({
        title: 'Sponsored',
        sponsors: [{ name: 'Inria' }, { name: 'Missing logo' }, { name: '../secret' }],
      }),
    ]),
  );
  render(<App />);
  const article = await screen.findByRole('article', { name: 'Sponsored' });
  expect(within(article).getByRole('img', { name: 'Inria' })).toHaveAttribute(
    'src',
    '/img/sponsors/Inria.svg',
  );
  const missing = within(article).getByRole('img', { name: 'Missing logo' });
  expect(missing).toHaveAttribute('src', '/img/sponsors/Missing%20logo.svg');

  missing.dispatchEvent(new Event('error'));
  expect(await within(article).findByText('Missing logo')).not.toHaveAttribute('src');
  expect(within(article).queryByRole('img', { name: 'Missing logo' })).not.toBeInTheDocument();
  expect(within(article).getByRole('img', { name: 'Inria' })).toBeInTheDocument();
  // A name that could climb out of the logo folder is shown as text and never requested.
  expect(within(article).getByText('../secret')).toBeInTheDocument();
  expect(within(article).queryByRole('img', { name: '../secret' })).not.toBeInTheDocument();
});

test('invalid events are skipped and counted in a notice; the valid ones still show', async () => {
  server.use(
    servingEvents([
      anEvent({ title: 'Good one' }),
      anEvent({ title: 'Bad link', link: 'javascript:alert(1)' }),
      anEvent({ title: 'Bad date', ts: '20261340T000000' }),
    ]),
  );
  render(<App />);
  expect(await screen.findByRole('article', { name: 'Good one' })).toBeInTheDocument();
  expect(
    screen.getByText('2 événements ne sont pas affichés : leurs données sont invalides.'),
  ).toBeVisible();
  expect(screen.queryByRole('article', { name: 'Bad link' })).not.toBeInTheDocument();
  // Which ones and why, in the visitor's language.
  await userEvent.setup().click(screen.getByText(/^2 événements ne sont pas affichés/));
  expect(
    screen.getByText(
      'Événement n° 2 « Bad link » : link : ce n’est pas une adresse http:// ou https://',
    ),
  ).toBeVisible();
  expect(
    screen.getByText('Événement n° 3 « Bad date » : ts : cette date ou cette heure n’existe pas'),
  ).toBeVisible();
});

test('past events are read after the list shows; a bad one among them is then counted too', async () => {
  server.use(
    servingEvents([
      anEvent({ title: 'Good one' }),
      anEvent({ title: 'Bad and upcoming', link: 'javascript:alert(1)' }),
      anEvent({ title: 'Bad and past', ts: '20250101T100000', link: 'ftp://x' }),
    ]),
  );
  render(<App />);
  expect(await screen.findByRole('article', { name: 'Good one' })).toBeInTheDocument();
  expect(
    await screen.findByText('2 événements ne sont pas affichés : leurs données sont invalides.'),
  ).toBeVisible();
});

test('with nothing upcoming, the page says there is no upcoming event', async () => {
  server.use(servingEvents([anEvent({ ts: '20260101T100000' })]));
  render(<App />);
  expect(await screen.findByText('Aucun événement à venir pour le moment.')).toBeInTheDocument();
  expect(screen.queryByRole('article')).not.toBeInTheDocument();
});

test('a failed load shows an alert, and Retry fetches again', async () => {
  let calls = 0;
  server.use(
    http.get(site.eventsUrl, () => {
      calls += 1;
      return calls === 1
        ? new HttpResponse('oops', { status: 500 })
        : HttpResponse.json({ events: [anEvent({ title: 'Back again' })] });
    }),
  );
  render(<App />);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(
    'Impossible de charger les événements : le serveur a répondu par une erreur.',
  );

  await userEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
  expect(await screen.findByRole('article', { name: 'Back again' })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(calls).toBe(2);
});

test('a file that is not JSON, or a network error, is a failure too', async () => {
  server.use(
    http.get(
      site.eventsUrl,
      () => new HttpResponse('<html>', { headers: { 'Content-Type': 'text/html' } }),
    ),
  );
  const { unmount } = render(<App />);
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'le fichier des événements est illisible',
  );
  unmount();

  server.use(http.get(site.eventsUrl, () => HttpResponse.error()));
  render(<App />);
  expect(await screen.findByRole('alert')).toHaveTextContent('le réseau ne répond pas');
});

test('?lang=en shows the English interface', async () => {
  window.history.replaceState(null, '', '/?lang=en');
  server.use(servingEvents([anEvent({ title: 'JUG', ts: '20261212T093000' })]));
  render(<App />);
  const article = await screen.findByRole('article', { name: 'JUG' });
  expect(within(article).getByText('Saturday 12 December 2026 · 09:30')).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'December 2026' })).toBeInTheDocument();
  window.history.replaceState(null, '', '/');
});

test('a PNG or WebP logo is taken from the page’s list of logo files', async () => {
  server.use(
    servingEvents([anEvent({ title: 'Logos', sponsors: [{ name: 'Acme' }, { name: 'Inria' }] })]),
  );
  render(<App logoAddresses={{ Acme: '/img/sponsors/Acme.png' }} />);
  const article = await screen.findByRole('article', { name: 'Logos' });
  expect(within(article).getByRole('img', { name: 'Acme' })).toHaveAttribute(
    'src',
    '/img/sponsors/Acme.png',
  );
  expect(within(article).getByRole('img', { name: 'Inria' })).toHaveAttribute(
    'src',
    '/img/sponsors/Inria.svg',
  );
});

test('events the build put in the page show at once, and stay when events.json then fails', async () => {
  server.use(http.get(site.eventsUrl, () => new HttpResponse('down', { status: 503 })));
  const prerendered = readEventsFile(
    JSON.stringify({ events: [anEvent({ title: 'From the build' })] }),
    site.timeZone,
  );
  render(<App prerendered={prerendered} />);
  expect(screen.getByRole('article', { name: 'From the build' })).toBeInTheDocument();
  expect(await screen.findByRole('alert')).toHaveTextContent('le serveur a répondu par une erreur');
  expect(screen.getByRole('article', { name: 'From the build' })).toBeInTheDocument();
});

test('events.json replaces the events the build put in the page', async () => {
  server.use(servingEvents([anEvent({ title: 'Fresh from events.json' })]));
  const prerendered = readEventsFile(
    JSON.stringify({ events: [anEvent({ title: 'From the build' })] }),
    site.timeZone,
  );
  render(<App prerendered={prerendered} />);
  expect(
    await screen.findByRole('article', { name: 'Fresh from events.json' }),
  ).toBeInTheDocument();
  expect(screen.queryByRole('article', { name: 'From the build' })).not.toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('a card says its day and place once: a date line that only restates them is not shown', async () => {
  server.use(
    servingEvents([
      anEvent({
        title: 'Riviera JUG',
        ts: '20261203T183000',
        date: '3 décembre 2026 à 18h30 – SKEMA',
        place: 'SKEMA',
      }),
      anEvent({
        title: 'Lab',
        ts: '20261212T093000',
        date: 'Accueil dès 9h, début à 9h30',
        place: 'CEEI',
      }),
    ]),
  );
  render(<App />);
  const jug = await screen.findByRole('article', { name: 'Riviera JUG' });
  expect(within(jug).getAllByText(/SKEMA/)).toHaveLength(1);
  expect(within(jug).queryByText(/3 décembre 2026 à 18h30/)).not.toBeInTheDocument();
  const lab = screen.getByRole('article', { name: 'Lab' });
  expect(within(lab).getByText('Accueil dès 9h, début à 9h30')).toBeVisible();
});

test('a cancelled event stays listed until its date passes, struck through and said so', async () => {
  server.use(
    servingEvents([
      anEvent({ title: 'Lab annulé', ts: '20261210T183000', status: 'cancelled' }),
      anEvent({ title: 'Passé et annulé', ts: '20261110T183000', status: 'cancelled' }),
      anEvent({ title: 'En ligne désormais', ts: '20261211T183000', status: 'moved-online' }),
    ]),
  );
  render(<App />);
  const lab = await screen.findByRole('article', { name: 'Lab annulé' });
  expect(within(lab).getByRole('heading')).toHaveClass('is-cancelled');
  expect(within(lab).getByText('Annulé')).toBeVisible();
  expect(screen.queryByRole('article', { name: 'Passé et annulé' })).not.toBeInTheDocument();
  const moved = screen.getByRole('article', { name: 'En ligne désormais' });
  expect(within(moved).getByText('Passe en ligne')).toBeVisible();
  expect(within(moved).getByText('En ligne')).toBeVisible();
});

test('a page that carries only the first events shows the totals of all, and any other selection waits for events.json', async () => {
  const user = userEvent.setup();
  const events = Array.from({ length: 25 }, (_, i) =>
    anEvent({
      title: `Meetup ${i + 1}`,
      ts: `202612${String(i + 2).padStart(2, '0')}T183000`,
      tags: [i === 24 ? 'rust' : 'java'],
    }),
  );
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get(site.eventsUrl, async () => {
      await released;
      return HttpResponse.json({ events });
    }),
  );
  // As the build writes the page (scripts/build-pages.tsx): the first 20 events, and the counts.
  const now = new Date();
  const { rawEvents, firstView } = listFirstView(
    readEventsFile(JSON.stringify({ events }), site.timeZone).events,
    now,
  );
  const prerendered = {
    ...readEventsFile(JSON.stringify({ events: rawEvents }), site.timeZone),
    firstView,
  };
  render(<App prerendered={prerendered} />);
  expect(screen.getAllByRole('article')).toHaveLength(20);
  expect(screen.getByText('25 événements')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Afficher 5 de plus' })).toBeInTheDocument();
  const rust = screen.getByRole('checkbox', { name: 'rust (1)' });

  await user.click(rust);
  expect(await screen.findByText('Chargement des événements…')).toBeInTheDocument();
  expect(screen.queryAllByRole('article')).toHaveLength(0);

  release();
  expect(await screen.findByRole('article', { name: 'Meetup 25' })).toBeInTheDocument();
  expect(screen.getAllByRole('article')).toHaveLength(1);
});
