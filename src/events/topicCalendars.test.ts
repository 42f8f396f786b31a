import { expect, test } from 'vitest';
import { noFilters } from './select.ts';
import { eventsByTopic, topicCalendarPath, topicOfFilters } from './topicCalendars.ts';

test('a topic’s calendar has a stable address from its name', () => {
  expect(topicCalendarPath({ kind: 'tag', name: 'java' })).toBe('/calendars/tag/java.ics');
  expect(topicCalendarPath({ kind: 'sponsor', name: 'Riviera JUG' })).toBe(
    '/calendars/sponsor/riviera-jug.ics',
  );
  expect(topicCalendarPath({ kind: 'tag', name: 'Sécurité' })).toBe('/calendars/tag/securite.ics');
  expect(topicCalendarPath({ kind: 'tag', name: 'C++' })).toBe('/calendars/tag/c.ics');
  expect(topicCalendarPath({ kind: 'tag', name: '++' })).toBe('/calendars/tag/topic.ics');
});

test('the filters name a topic only when they are exactly one organiser or one tag', () => {
  expect(topicOfFilters({ ...noFilters, tags: ['java'] })).toEqual({ kind: 'tag', name: 'java' });
  expect(topicOfFilters({ ...noFilters, sponsors: ['Inria'] })).toEqual({
    kind: 'sponsor',
    name: 'Inria',
  });
  expect(topicOfFilters(noFilters)).toBeUndefined();
  expect(topicOfFilters({ ...noFilters, tags: ['java', 'cloud'] })).toBeUndefined();
  expect(topicOfFilters({ ...noFilters, tags: ['java'], sponsors: ['Inria'] })).toBeUndefined();
});

test('each topic gathers its events, names that fold alike together', () => {
  const a = { tags: ['IA', 'cloud'], sponsors: [{ name: 'Inria' }] };
  const b = { tags: ['ia'] };
  const topics = eventsByTopic([a, b]);
  expect([...topics.keys()].sort()).toEqual([
    '/calendars/sponsor/inria.ics',
    '/calendars/tag/cloud.ics',
    '/calendars/tag/ia.ics',
  ]);
  expect(topics.get('/calendars/tag/ia.ics')!.events).toEqual([a, b]);
});
