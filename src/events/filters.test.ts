import { expect, test } from 'vitest';
import {
  facetCounts,
  filterEvents,
  groupByYear,
  noFilters,
  pastEvents,
  upcomingEvents,
  windowEnd,
  type EventFilters,
} from './select.ts';
import { aSiteEvent } from '../test/siteEvents.ts';

const PARIS = 'Europe/Paris';
// Tuesday 1 December 2026, 09:00 in Paris.
const now = new Date('2026-12-01T08:00:00Z');
const titles = (events: { title: string }[]) => events.map((event) => event.title);

const events = upcomingEvents(
  [
    aSiteEvent({
      title: 'Java lab',
      ts: '20261203T183000',
      tags: ['java'],
      sponsors: [{ name: 'Riviera JUG' }],
    }),
    aSiteEvent({
      title: 'Cloud panel',
      ts: '20261210T183000',
      tags: ['cloud'],
      online: true,
      sponsors: [{ name: 'CNR' }],
    }),
    aSiteEvent({
      title: 'Kotlin night',
      ts: '20270115T183000',
      tags: ['kotlin', 'java'],
      sponsors: [{ name: 'Riviera JUG' }, { name: 'CNR' }],
    }),
    aSiteEvent({
      title: 'Summer conf',
      ts: '20270701T090000',
      desc: 'Événement de l’été',
      place: 'Campus SophiaTech',
    }),
  ],
  now,
);

function select(filters: Partial<EventFilters>) {
  return titles(filterEvents(events, { ...noFilters, ...filters }, now, PARIS));
}

test('search matches title, description, place, tags and sponsor names', () => {
  expect(select({ query: 'lab' })).toEqual(['Java lab']);
  expect(select({ query: 'evenement ete' })).toEqual(['Summer conf']);
  expect(select({ query: 'sophiatech' })).toEqual(['Summer conf']);
  expect(select({ query: 'kotlin' })).toEqual(['Kotlin night']);
  expect(select({ query: 'riviera' })).toEqual(['Java lab', 'Kotlin night']);
});

test('several sponsors or tags widen the selection; filters of different kinds narrow it', () => {
  expect(select({ sponsors: ['Riviera JUG'] })).toEqual(['Java lab', 'Kotlin night']);
  expect(select({ sponsors: ['Riviera JUG', 'CNR'] })).toEqual([
    'Java lab',
    'Cloud panel',
    'Kotlin night',
  ]);
  expect(select({ tags: ['java'], sponsors: ['CNR'] })).toEqual(['Kotlin night']);
});

test('online or in person', () => {
  expect(select({ attendance: 'online' })).toEqual(['Cloud panel']);
  expect(select({ attendance: 'in-person' })).toEqual(['Java lab', 'Kotlin night', 'Summer conf']);
});

test('time windows end on Sunday night, at the end of the month, and three months ahead, in Paris', () => {
  expect(windowEnd('week', now, PARIS)?.toISOString()).toBe('2026-12-06T22:59:59.999Z');
  expect(windowEnd('month', now, PARIS)?.toISOString()).toBe('2026-12-31T22:59:59.999Z');
  expect(windowEnd('quarter', now, PARIS)?.toISOString()).toBe('2027-03-01T08:00:00.000Z');
  // On a Sunday the week ends that night; three months after 30 November is the last day of
  // February; across the change to summer time the local time of day is kept.
  const sunday = new Date('2026-11-29T10:00:00Z');
  expect(windowEnd('week', sunday, PARIS)?.toISOString()).toBe('2026-11-29T22:59:59.999Z');
  const november30 = new Date('2026-11-30T17:00:00Z');
  expect(windowEnd('quarter', november30, PARIS)?.toISOString()).toBe('2027-02-28T17:00:00.000Z');
  const january = new Date('2027-01-15T17:00:00Z');
  expect(windowEnd('quarter', january, PARIS)?.toISOString()).toBe('2027-04-15T16:00:00.000Z');
  expect(select({ window: 'week' })).toEqual(['Java lab']);
  expect(select({ window: 'month' })).toEqual(['Java lab', 'Cloud panel']);
  expect(select({ window: 'quarter' })).toEqual(['Java lab', 'Cloud panel', 'Kotlin night']);
});

test('each option counts the events it would leave with the other filters applied', () => {
  const counts = facetCounts(events, { ...noFilters, tags: ['java'] }, now, PARIS);
  expect([...counts.sponsors]).toEqual([
    ['CNR', 1],
    ['Riviera JUG', 2],
  ]);
  // Tag counts ignore the tag filter itself.
  expect([...counts.tags]).toEqual([
    ['cloud', 1],
    ['java', 2],
    ['kotlin', 1],
  ]);
  expect(counts.attendance).toEqual({ any: 2, online: 0, 'in-person': 2 });
  expect(counts.window).toEqual({ all: 2, week: 1, month: 1, quarter: 2 });
});

test('past events come most recent first, grouped by year in Paris', () => {
  const all = [
    aSiteEvent({ title: '2025 talk', ts: '20250310T183000' }),
    aSiteEvent({ title: 'New year 2026', ts: '20260101T003000' }),
    aSiteEvent({ title: 'Autumn 2026', ts: '20261020T183000' }),
    aSiteEvent({ title: 'Upcoming', ts: '20261210T183000' }),
  ];
  const past = pastEvents(all, now);
  expect(titles(past)).toEqual(['Autumn 2026', 'New year 2026', '2025 talk']);
  expect(groupByYear(past, PARIS).map((group) => [group.key, titles(group.events)])).toEqual([
    ['2026', ['Autumn 2026', 'New year 2026']],
    ['2025', ['2025 talk']],
  ]);
});
