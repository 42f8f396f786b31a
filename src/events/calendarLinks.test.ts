import { expect, test } from 'vitest';
import { aSiteEvent } from '../test/siteEvents.ts';
import { googleCalendarUrl, outlookCalendarUrl } from './calendarLinks.ts';

const event = aSiteEvent({
  title: 'Riviera JUG : Quarkus & GraalVM',
  ts: '20261203T183000',
  end: '20261203T210000',
  place: 'SKEMA, Sophia-Antipolis',
  desc: 'Démonstration',
  link: 'https://rivierajug.example.org/quarkus',
});

test('Google Calendar gets the title, the UTC times, the place and the page', () => {
  const url = new URL(googleCalendarUrl(event, 'Online'));
  expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    action: 'TEMPLATE',
    text: 'Riviera JUG : Quarkus & GraalVM',
    // 18:30 and 21:00 in Paris, winter time: 17:30 and 20:00 UTC.
    dates: '20261203T173000Z/20261203T200000Z',
    details: 'Démonstration\n\nhttps://rivierajug.example.org/quarkus',
    location: 'SKEMA, Sophia-Antipolis',
  });
});

test('Outlook gets the same, and an event without an end lasts two hours', () => {
  const noEnd = aSiteEvent({ title: 'Online panel', ts: '20270304T183000', online: true });
  const url = new URL(outlookCalendarUrl(noEnd, 'Online'));
  expect(url.searchParams.get('subject')).toBe('Online panel');
  expect(url.searchParams.get('startdt')).toBe('2027-03-04T17:30:00.000Z');
  expect(url.searchParams.get('enddt')).toBe('2027-03-04T19:30:00.000Z');
  expect(url.searchParams.get('location')).toBe('Online');
  expect(url.searchParams.get('rru')).toBe('addevent');
});
