import { afterEach, expect, test } from 'vitest';
import { toSiteEvent } from './event.ts';
import { eventSchema } from './schema.ts';
import { groupByMonth, upcomingEvents } from './select.ts';
import { anEvent, type RawEvent } from '../test/builders.ts';

const PARIS = 'Europe/Paris';
const visitorZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = visitorZone;
});

function siteEvent(overrides: RawEvent) {
  return toSiteEvent(eventSchema.parse(anEvent(overrides)), PARIS);
}

const titles = (events: { title: string }[]) => events.map((event) => event.title);

test('upcoming events are those not yet ended, soonest first', () => {
  const events = [
    siteEvent({ title: 'Later', ts: '20261210T183000' }),
    siteEvent({ title: 'Past', ts: '20261120T183000' }),
    siteEvent({ title: 'Sooner', ts: '20261205T183000' }),
  ];
  const now = new Date('2026-12-01T08:00:00Z');
  expect(titles(upcomingEvents(events, now))).toEqual(['Sooner', 'Later']);
});

test('events with the same start keep a stable order by title', () => {
  const events = [
    siteEvent({ title: 'B talk', ts: '20261205T183000' }),
    siteEvent({ title: 'A talk', ts: '20261205T183000' }),
  ];
  expect(titles(upcomingEvents(events, new Date('2026-12-01T00:00:00Z')))).toEqual([
    'A talk',
    'B talk',
  ]);
});

test('an event without an end stays listed until the end of its day in Paris', () => {
  const late = [siteEvent({ title: 'Late talk', ts: '20261204T233000' })];
  // 23:45 in Paris: the talk has started but its day has not ended.
  expect(titles(upcomingEvents(late, new Date('2026-12-04T22:45:00Z')))).toEqual(['Late talk']);
  // Just past midnight in Paris.
  expect(upcomingEvents(late, new Date('2026-12-04T23:00:00.001Z'))).toEqual([]);
});

test('a visitor in Tokyo or Los Angeles sees the same upcoming events as one in Paris', () => {
  for (const zone of ['Asia/Tokyo', 'America/Los_Angeles', 'Europe/Paris']) {
    process.env.TZ = zone;
    const late = [siteEvent({ title: 'Late talk', ts: '20261204T233000' })];
    expect(titles(upcomingEvents(late, new Date('2026-12-04T22:59:59.000Z'))), zone).toEqual([
      'Late talk',
    ]);
    expect(upcomingEvents(late, new Date('2026-12-04T23:00:00.001Z')), zone).toEqual([]);
  }
});

test('on the spring DST day an event is listed until 23:59 Paris summer time', () => {
  const events = [siteEvent({ title: 'DST lab', ts: '20270328T093000' })];
  expect(upcomingEvents(events, new Date('2027-03-28T21:59:00Z'))).toHaveLength(1);
  expect(upcomingEvents(events, new Date('2027-03-28T22:00:00Z'))).toHaveLength(0);
});

test('an event with an end stays listed until that end, over several days', () => {
  const events = [siteEvent({ title: 'Conf', ts: '20270629T090000', end: '20270702T220000' })];
  expect(upcomingEvents(events, new Date('2027-07-01T12:00:00Z'))).toHaveLength(1);
  expect(upcomingEvents(events, new Date('2027-07-02T20:00:01Z'))).toHaveLength(0);
});

test('events are grouped by their month in Paris, not in UTC', () => {
  const events = upcomingEvents(
    [
      // 00:30 on 1 January in Paris is still 31 December in UTC.
      siteEvent({ title: 'New year', ts: '20270101T003000' }),
      siteEvent({ title: 'December', ts: '20261215T183000' }),
    ],
    new Date('2026-12-01T00:00:00Z'),
  );
  const groups = groupByMonth(events, PARIS);
  expect(groups.map((group) => [group.key, titles(group.events)])).toEqual([
    ['2026-12', ['December']],
    ['2027-01', ['New year']],
  ]);
});
