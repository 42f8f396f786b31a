// Small builders for test data: an event as events.json holds it, and the file around events.
import { http, HttpResponse } from 'msw';
import { site } from '../site.ts';

export type RawEvent = Record<string, unknown>;

let counter = 0;

export function anEvent(overrides: RawEvent = {}): RawEvent {
  counter += 1;
  return {
    title: `Meetup ${counter}`,
    desc: 'A talk and drinks.',
    date: '4 décembre à 18h30 au CEEI',
    ts: '20261204T183000',
    link: `https://example.org/events/${counter}`,
    sponsors: [],
    added: '2026-11-01',
    ...overrides,
  };
}

export function anEventsFile(events: RawEvent[]): { events: RawEvent[] } {
  return { events };
}

/** An MSW handler that serves the given events as events.json. */
export function servingEvents(events: RawEvent[]) {
  return http.get(site.eventsUrl, () => HttpResponse.json(anEventsFile(events)));
}
