import { render, screen } from '@testing-library/react';
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
