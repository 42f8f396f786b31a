// events.json refreshing the page's own events: what did not change keeps its object, so that the
// cards memoised on it are not rendered again; what changed is taken from events.json.
import { renderHook, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { anEvent, servingEvents } from '../test/builders.ts';
import { server } from '../test/server.ts';
import { aSiteEvent } from '../test/siteEvents.ts';
import { useEventsFile } from './useEventsFile.ts';

const meetup = anEvent({ ts: '20261210T183000', link: 'https://example.org/1', title: 'Meetup' });
const talk = anEvent({ ts: '20261211T190000', link: 'https://example.org/2', title: 'Talk' });

test('events.json keeps the page’s events that it does not change, and brings the others', async () => {
  const onPage = [aSiteEvent(meetup), aSiteEvent(talk)];
  const retitled = { ...talk, title: 'Talk, in English' };
  // Past, so read last, in idle time: the whole file then replaces the upcoming part.
  const past = anEvent({ ts: '20261105T183000', link: 'https://example.org/0', title: 'Past' });
  server.use(servingEvents([past, meetup, retitled]));
  // As the app holds them: the visit's time and the page's events, the same at every render.
  const now = new Date('2026-12-01T09:00:00+01:00');
  const pageFile = { events: onPage, skipped: [] };
  const { result } = renderHook(() => useEventsFile(now, pageFile));
  await waitFor(
    () => {
      const { state } = result.current;
      expect(state.status === 'ready' && !state.refresh && !state.file.archive).toBe(true);
    },
    { timeout: 5000 },
  );
  const { state } = result.current;
  if (state.status !== 'ready') throw new Error(`events.json did not load: ${state.status}`);
  expect(state.file.events.map((event) => event.title)).toEqual([
    'Meetup',
    'Talk, in English',
    'Past',
  ]);
  expect(state.file.events[0]).toBe(onPage[0]);
  expect(state.file.events[1]).not.toBe(onPage[1]);
});
