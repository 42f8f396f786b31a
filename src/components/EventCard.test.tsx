import { render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { EventCard } from './EventCard.tsx';
import { toSiteEvent } from '../events/event.ts';
import { eventSchema } from '../events/schema.ts';
import { anEvent } from '../test/builders.ts';

const visitorZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = visitorZone;
});

test('the time shown is Paris time whatever the visitor’s zone', () => {
  for (const zone of ['Asia/Tokyo', 'America/Los_Angeles']) {
    process.env.TZ = zone;
    const event = toSiteEvent(
      eventSchema.parse(anEvent({ title: 'Late', ts: '20261204T233000' })),
      'Europe/Paris',
    );
    const { unmount } = render(<EventCard event={event} now={new Date('2026-12-01T00:00:00Z')} />);
    expect(screen.getByRole('article', { name: 'Late' }), zone).toHaveTextContent(
      'vendredi 4 décembre 2026 · 23:30',
    );
    unmount();
  }
});

test('a calendar entry is offered while the event can still be attended: not once over or cancelled', () => {
  const now = new Date('2026-12-03T19:00:00+01:00');
  const card = (title: string, fields: Record<string, unknown>) => {
    const event = toSiteEvent(eventSchema.parse(anEvent({ title, ...fields })), 'Europe/Paris');
    render(<EventCard event={event} now={now} />);
    return screen.getByRole('article', { name: title });
  };
  const offers = (article: HTMLElement) =>
    within(article).queryByRole('link', { name: /^Ajouter à mon agenda/ })?.textContent ?? null;
  expect(offers(card('Ahead', { ts: '20261210T183000' }))).toBe('Ajouter à mon agenda: Ahead');
  expect(offers(card('Under way', { ts: '20261203T183000', end: '20261203T210000' }))).toBe(
    'Ajouter à mon agenda: Under way',
  );
  expect(offers(card('Postponed', { ts: '20261210T183000', status: 'postponed' }))).toBe(
    'Ajouter à mon agenda: Postponed',
  );
  expect(offers(card('Over', { ts: '20261203T160000', end: '20261203T180000' }))).toBeNull();
  expect(offers(card('Called off', { ts: '20261210T183000', status: 'cancelled' }))).toBeNull();
});

/** The card's hint of how soon the event starts, on 3 December 2026 at 19:00 in Paris. */
function hint(title: string, fields: Record<string, unknown>): string | null {
  const event = toSiteEvent(eventSchema.parse(anEvent({ title, ...fields })), 'Europe/Paris');
  render(<EventCard event={event} now={new Date('2026-12-03T19:00:00+01:00')} />);
  const article = screen.getByRole('article', { name: title });
  return article.querySelector('.relative')?.textContent ?? null;
}

test('an event is said to be happening only between its given start and end', () => {
  expect(hint('Under way', { ts: '20261203T183000', end: '20261203T210000' })).toBe('En cours');
  // Without an end, it stays listed for the rest of its day, but nobody knows whether it goes on.
  expect(hint('Started this morning', { ts: '20261203T093000' })).toBe('aujourd’hui');
  expect(hint('Tonight', { ts: '20261203T203000' })).toBe('aujourd’hui');
  expect(hint('Over', { ts: '20261203T160000', end: '20261203T180000' })).toBeNull();
});

test('how soon an event starts is not said of a date that no longer holds', () => {
  expect(hint('Called off', { ts: '20261204T183000', status: 'cancelled' })).toBeNull();
  expect(
    hint('Called off tonight', {
      ts: '20261203T183000',
      end: '20261203T210000',
      status: 'cancelled',
    }),
  ).toBeNull();
  expect(hint('Put off', { ts: '20261204T183000', status: 'postponed' })).toBeNull();
  // A rescheduled event's ts is its new date; one moved online keeps its date.
  expect(hint('New date', { ts: '20261204T183000', status: 'rescheduled' })).toBe('demain');
  expect(hint('Now online', { ts: '20261204T183000', status: 'moved-online' })).toBe('demain');
});
