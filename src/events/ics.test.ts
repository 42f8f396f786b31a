// The .ics files, read back with a real parser (ical.js, Mozilla's) and checked line by line.
import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import { parisVtimezone } from '../test/vtimezone.ts';
import { eventsToIcs, eventUid } from './ics.ts';
import { aSiteEvent } from '../test/siteEvents.ts';

const vtimezone = parisVtimezone;
const options = {
  name: 'Sophia Tech Events',
  timeZone: 'Europe/Paris',
  vtimezone,
  onlineLocation: 'Online',
  stamp: new Date('2026-11-01T10:00:00Z'),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

test('start and end are Paris time with the zone declared: 18:15 is 17:15 UTC in winter, 16:15 in summer', () => {
  const text = eventsToIcs(
    [
      aSiteEvent({ title: 'Winter', ts: '20261204T181500', end: '20261204T201500' }),
      aSiteEvent({ title: 'Summer', ts: '20270610T181500' }),
    ],
    options,
  );
  expect(text).toContain('DTSTART;TZID=Europe/Paris:20261204T181500');
  expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
  const [winter, summer] = parse(text);
  expect(winter!.startDate.toJSDate().toISOString()).toBe('2026-12-04T17:15:00.000Z');
  expect(winter!.endDate.toJSDate().toISOString()).toBe('2026-12-04T19:15:00.000Z');
  expect(summer!.startDate.toJSDate().toISOString()).toBe('2027-06-10T16:15:00.000Z');
  // Without an end, a calendar entry lasts two hours.
  expect(summer!.endDate.toJSDate().toISOString()).toBe('2027-06-10T18:15:00.000Z');
});

test('the output does not depend on the zone of the machine that makes it', () => {
  const previous = process.env.TZ;
  const texts = ['Asia/Tokyo', 'America/Los_Angeles'].map((zone) => {
    process.env.TZ = zone;
    return eventsToIcs(
      [aSiteEvent({ title: 'Late', ts: '20261204T233000', link: 'https://x.org/late' })],
      options,
    );
  });
  process.env.TZ = previous;
  expect(texts[0]).toBe(texts[1]);
  expect(texts[0]).toContain('DTSTART;TZID=Europe/Paris:20261204T233000');
  expect(texts[0]).toContain('DTSTAMP:20261101T100000Z');
});

test('summary, description, place and URL survive commas, semicolons and new lines', () => {
  const tricky = aSiteEvent({
    title: 'Lab; Kubernetes, Go',
    desc: 'Ligne 1\nLigne 2, avec; des virgules et un texte assez long pour que la ligne soit pliée en plusieurs',
    place: 'CEEI, Sophia; salle 2',
    link: 'https://example.org/lab?x=1&y=2',
  });
  const text = eventsToIcs([tricky], options);
  expect(text).toContain('SUMMARY:Lab\\; Kubernetes\\, Go');
  const [event] = parse(text);
  expect(event!.summary).toBe('Lab; Kubernetes, Go');
  expect(event!.description).toBe(tricky.desc);
  expect(event!.location).toBe('CEEI, Sophia; salle 2');
  expect(event!.component.getFirstPropertyValue('url')).toBe('https://example.org/lab?x=1&y=2');
  for (const line of text.split('\r\n'))
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
});

test('an online event says so as its location', () => {
  const [event] = parse(eventsToIcs([aSiteEvent({ online: true, place: null })], options));
  expect(event!.location).toBe('Online');
});

test('UIDs are stable: an event keeps its UID when other events change', () => {
  const lab = aSiteEvent({ title: 'Lab', ts: '20261204T181500', link: 'https://x.org/lab' });
  const before = parse(eventsToIcs([lab, aSiteEvent({ title: 'Other' })], options));
  const after = parse(
    eventsToIcs([aSiteEvent({ title: 'New one' }), { ...lab, desc: 'edited' }], options),
  );
  const uidOfLab = (events: ReturnType<typeof parse>) =>
    events.find((e) => e.summary === 'Lab')!.uid;
  expect(uidOfLab(before)).toBe(uidOfLab(after));
  expect(uidOfLab(before)).toBe(eventUid(lab));
  expect(eventUid(lab)).not.toBe(eventUid({ ...lab, ts: '20261205T181500' }));
  expect(eventUid(lab)).toMatch(/^[0-9a-f]{16}@sophia-tech-events$/);
});

test('a cancelled event is STATUS:CANCELLED, a postponed one TENTATIVE, the rest CONFIRMED', () => {
  const events = parse(
    eventsToIcs(
      [
        aSiteEvent({ title: 'Cancelled', status: 'cancelled' }),
        aSiteEvent({ title: 'Postponed', status: 'postponed' }),
        aSiteEvent({ title: 'Moved', status: 'moved-online', place: 'CEEI' }),
        aSiteEvent({ title: 'As announced' }),
      ],
      options,
    ),
  );
  expect(
    events.map((event) => [event.summary, event.component.getFirstPropertyValue('status')]),
  ).toEqual([
    ['Cancelled', 'CANCELLED'],
    ['Postponed', 'TENTATIVE'],
    ['Moved', 'CONFIRMED'],
    ['As announced', 'CONFIRMED'],
  ]);
  // Moved online: its place is online now.
  expect(events[2]!.location).toBe('Online');
});
