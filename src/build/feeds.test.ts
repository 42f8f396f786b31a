// The build's feeds, read back with real parsers: ical.js for the calendar, fast-xml-parser for Atom.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import { parisVtimezone } from '../test/vtimezone.ts';
import {
  calendarFeed,
  eventsJsonLd,
  jsonForScriptElement,
  newsFeed,
  robotsTxt,
  sitemapXml,
  topicCalendarFeeds,
} from './feeds.ts';
import { aSiteEvent } from '../test/siteEvents.ts';

const vtimezone = parisVtimezone;
const now = new Date('2026-12-01T08:00:00Z');
const site = {
  url: 'https://events.example',
  title: 'Sophia Tech Events',
  description: 'Tech events',
  timeZone: 'Europe/Paris',
  feedDateWhenNotAdded: '2026-01-01',
};
const calendarOptions = {
  name: site.title,
  timeZone: site.timeZone,
  vtimezone,
  onlineLocation: 'Online',
  stamp: now,
};

const events = [
  aSiteEvent({ title: 'Too old', ts: '20260801T183000' }),
  aSiteEvent({ title: 'Last month', ts: '20261105T181500', added: '2026-10-01' }),
  aSiteEvent({
    title: 'Winter JUG, Quarkus; GraalVM',
    ts: '20261204T181500',
    added: '2026-11-20',
    desc: 'Ligne 1\nLigne 2',
  }),
  aSiteEvent({
    title: 'Summer & <conf>',
    ts: '20270610T181500',
    end: '20270610T200000',
    added: '2026-11-25',
    place: 'Campus SophiaTech',
  }),
  aSiteEvent({
    title: 'Online panel',
    ts: '20270110T120000',
    online: true,
    added: undefined,
    sponsors: [{ name: 'Inria' }],
  }),
];

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.register(new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

test('the calendar feed has the upcoming events and those of the last three months, in Paris time', () => {
  const parsed = parseCalendar(calendarFeed(events, now, calendarOptions));
  expect(parsed.map((event) => event.summary)).toEqual([
    'Last month',
    'Winter JUG, Quarkus; GraalVM',
    'Online panel',
    'Summer & <conf>',
  ]);
  const start = (title: string) =>
    parsed
      .find((e) => e.summary === title)!
      .startDate.toJSDate()
      .toISOString();
  expect(start('Winter JUG, Quarkus; GraalVM')).toBe('2026-12-04T17:15:00.000Z');
  expect(start('Summer & <conf>')).toBe('2027-06-10T16:15:00.000Z');
  expect(parsed.find((e) => e.summary === 'Winter JUG, Quarkus; GraalVM')!.description).toBe(
    'Ligne 1\nLigne 2',
  );
});

test('calendar UIDs do not change when other events change', () => {
  const uids = (list: typeof events) =>
    Object.fromEntries(
      parseCalendar(calendarFeed(list, now, calendarOptions)).map((e) => [e.summary, e.uid]),
    );
  const before = uids(events);
  const after = uids([
    aSiteEvent({ title: 'Brand new', ts: '20261202T100000' }),
    ...events.slice(1, 3),
  ]);
  expect(after['Winter JUG, Quarkus; GraalVM']).toBe(before['Winter JUG, Quarkus; GraalVM']);
  expect(after['Last month']).toBe(before['Last month']);
});

test('the Atom feed lists upcoming events, newest additions first, escaped', () => {
  const xml = newsFeed(events, now, site);
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
  type Text = string | { '#text': string };
  const textOf = (value: Text) => (typeof value === 'string' ? value : value['#text']);
  const entries = [feed.entry].flat() as {
    title: Text;
    link: { '@_href': string };
    published?: string;
  }[];
  expect(entries.map((entry) => textOf(entry.title))).toEqual([
    'Summer & <conf>',
    'Winter JUG, Quarkus; GraalVM',
    'Online panel',
  ]);
  expect(entries[0]!.published).toBe('2026-11-25T00:00:00.000Z');
  expect(entries[1]!.link['@_href']).toBe(events[2]!.link);
  expect(feed.link.find((link: { '@_rel': string }) => link['@_rel'] === 'self')['@_href']).toBe(
    'https://events.example/feed.xml',
  );
});

test('JSON-LD describes each upcoming event with offsets, attendance mode, place and organisers', () => {
  const [winter, online, summer] = eventsJsonLd(events, now, site);
  expect(winter).toMatchObject({
    '@type': 'Event',
    name: 'Winter JUG, Quarkus; GraalVM',
    startDate: '2026-12-04T18:15:00+01:00',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  });
  expect(summer).toMatchObject({
    startDate: '2027-06-10T18:15:00+02:00',
    endDate: '2027-06-10T20:00:00+02:00',
    location: { '@type': 'Place', name: 'Campus SophiaTech' },
  });
  expect(online).toMatchObject({
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url: events[4]!.link },
    organizer: { '@type': 'Organization', name: 'Inria' },
  });
});

test('JSON inside a script element cannot close it', () => {
  const text = jsonForScriptElement([{ name: '</script><script>alert(1)</script>' }]);
  expect(text).not.toContain('</script>');
  expect(JSON.parse(text)).toEqual([{ name: '</script><script>alert(1)</script>' }]);
});

test('the sitemap is valid XML naming the pages, and robots.txt points to it', () => {
  const xml = sitemapXml(site, now);
  expect(XMLValidator.validate(xml)).toBe(true);
  const urls = [new XMLParser().parse(xml).urlset.url]
    .flat()
    .map((url: { loc: string }) => url.loc);
  expect(urls).toEqual([
    'https://events.example/',
    'https://events.example/?lang=en',
    'https://events.example/?view=past',
    'https://events.example/propose',
  ]);
  expect(robotsTxt(site)).toBe(
    'User-agent: *\nAllow: /\n\nSitemap: https://events.example/sitemap.xml\n',
  );
});

test('the news feed is the same from build to build: dates come from the data, not the clock', () => {
  const first = newsFeed(events, now, site);
  const anHourLater = newsFeed(events, new Date(now.getTime() + 3_600_000), site);
  expect(anHourLater).toBe(first);
  const feed = new XMLParser().parse(first).feed as {
    updated: string;
    entry: { title: string; updated: string; published: string }[];
  };
  // The newest `added` day dates the feed; an event without `added` has the fixed day.
  expect(feed.updated).toBe('2026-11-25T00:00:00.000Z');
  const online = feed.entry.find((entry) => String(entry.title).includes('Online panel'))!;
  expect(online.updated).toBe('2026-01-01T00:00:00.000Z');
  expect(online.published).toBe('2026-01-01T00:00:00.000Z');
});

test('what became of an event is in its JSON-LD, its attendance mode and its news entry', () => {
  const cancelled = aSiteEvent({ title: 'Lab annulé', ts: '20261210T183000', status: 'cancelled' });
  const moved = aSiteEvent({
    title: 'JUG en ligne',
    ts: '20261211T183000',
    place: 'CEEI',
    status: 'moved-online',
  });
  const scheduled = aSiteEvent({ title: 'Comme prévu', ts: '20261212T183000' });
  const [a, b, c] = eventsJsonLd([cancelled, moved, scheduled], now, site);
  expect(a).toMatchObject({
    eventStatus: 'https://schema.org/EventCancelled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  });
  expect(b).toMatchObject({
    eventStatus: 'https://schema.org/EventMovedOnline',
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation' },
  });
  expect(c).toMatchObject({ eventStatus: 'https://schema.org/EventScheduled' });
  const feed = new XMLParser().parse(newsFeed([cancelled, scheduled], now, site)).feed;
  const titles = [feed.entry].flat().map((entry: { title: string }) => entry.title);
  expect(titles).toEqual(['Annulé : Lab annulé', 'Comme prévu']);
});

test('each organiser and tag has its calendar, with the main calendar’s events and UIDs', () => {
  const tagged = [
    ...events,
    aSiteEvent({ title: 'Java lab', ts: '20261206T100000', tags: ['java'] }),
    aSiteEvent({ title: 'Old Java', ts: '20260801T100000', tags: ['java'] }),
  ];
  const calendars = new Map(
    topicCalendarFeeds(tagged, now, calendarOptions).map((calendar) => [
      calendar.path,
      calendar.text,
    ]),
  );
  expect([...calendars.keys()].sort()).toEqual([
    '/calendars/sponsor/inria.ics',
    '/calendars/tag/java.ics',
  ]);
  const java = parseCalendar(calendars.get('/calendars/tag/java.ics')!);
  // What the main calendar has of java: the old one is past its three months.
  expect(java.map((event) => event.summary)).toEqual(['Java lab']);
  const main = parseCalendar(calendarFeed(tagged, now, calendarOptions));
  expect(java[0]!.uid).toBe(main.find((event) => event.summary === 'Java lab')!.uid);
  expect(calendars.get('/calendars/tag/java.ics')).toContain(
    'X-WR-CALNAME:Sophia Tech Events · java',
  );
  expect(
    parseCalendar(calendars.get('/calendars/sponsor/inria.ics')!).map((e) => e.summary),
  ).toEqual(['Online panel']);
});
