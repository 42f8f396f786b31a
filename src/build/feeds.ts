// What the build makes from the validated events for people who do not visit: the calendar feed,
// the news feed, schema.org JSON-LD for search engines, the sitemap and robots.txt.
import { Feed } from 'feed';
import { eventPath } from '../events/address.ts';
import { PROPOSE_PATH } from '../events/address.ts';
import type { SiteEvent } from '../events/event.ts';
import { eventsToIcs, type CalendarOptions } from '../events/ics.ts';
import { upcomingEvents } from '../events/select.ts';
import { SCHEMA_ORG_STATUS } from '../events/status.ts';
import { eventsByTopic } from '../events/topicCalendars.ts';
import { isoWithOffset } from '../events/time.ts';
import { messages } from '../i18n/messages.ts';
import { site } from '../site.ts';

const DAY = 86_400_000;

export type SiteInfo = {
  url: string;
  title: string;
  description: string;
  timeZone: string;
  /** The feed date of an event without `added` (src/site.ts). */
  feedDateWhenNotAdded: string;
};

/** The site's settings (src/site.ts) as the feeds and pages need them, served at `url`. */
export function siteInfoAt(url: string): SiteInfo {
  return {
    url,
    title: site.title,
    description: site.description,
    timeZone: site.timeZone,
    feedDateWhenNotAdded: site.feedDateWhenNotAdded,
  };
}

/** The calendar feed holds every upcoming event and those of the last three months. */
function calendarFeedEvents(events: readonly SiteEvent[], now: Date): SiteEvent[] {
  const since = new Date(now.getTime() - 92 * DAY);
  return upcomingEvents(events, since);
}

export function calendarFeed(
  events: readonly SiteEvent[],
  now: Date,
  options: CalendarOptions,
): string {
  return eventsToIcs(calendarFeedEvents(events, now), options);
}

/**
 * What every calendar file of the site says of itself: its name and zone (`vtimezone`, the zone's
 * VTIMEZONE), the location of online events, the site's address; `stamp` pins DTSTAMP.
 */
export function siteCalendarOptions(
  siteUrl: string,
  vtimezone: string,
  stamp?: Date,
): CalendarOptions & { url: string } {
  return {
    name: site.title,
    timeZone: site.timeZone,
    vtimezone,
    onlineLocation: 'Online',
    url: siteUrl,
    stamp,
  };
}

/** One event's calendar file, /e/<address>.ics beside its page; its entry names that page. */
export function eventCalendarFile(
  event: SiteEvent,
  options: CalendarOptions & { url: string },
): string {
  return eventsToIcs([event], { ...options, url: `${options.url}${eventPath(event)}` });
}

/**
 * One calendar per organiser or sponsor and per tag, of the events the main calendar has: each entry
 * keeps its UID, so a visitor subscribed to both sees each event once.
 */
export function topicCalendarFeeds(
  events: readonly SiteEvent[],
  now: Date,
  options: CalendarOptions,
): { path: string; text: string }[] {
  const topics = eventsByTopic(calendarFeedEvents(events, now));
  return [...topics].map(([path, { topic, events: ofTopic }]) => ({
    path,
    text: eventsToIcs(ofTopic, { ...options, name: `${options.name} · ${topic.name}` }),
  }));
}

/** Atom feed of the upcoming events, newest additions first (events without `added` last, by start). */
export function newsFeed(events: readonly SiteEvent[], now: Date, site: SiteInfo): string {
  const upcoming = upcomingEvents(events, now);
  const ordered = [...upcoming].sort(
    (a, b) =>
      (b.added ?? '').localeCompare(a.added ?? '') || a.startsAt.getTime() - b.startsAt.getTime(),
  );
  // Dates that do not move from build to build: an entry's is its `added` day (or a fixed day when
  // it has none), the feed's is its newest entry's.
  const dayOf = (day: string) => new Date(`${day}T00:00:00Z`);
  const addedOf = (event: SiteEvent) => dayOf(event.added ?? site.feedDateWhenNotAdded);
  const newest = ordered.reduce(
    (latest, event) => Math.max(latest, addedOf(event).getTime()),
    dayOf(site.feedDateWhenNotAdded).getTime(),
  );
  const feed = new Feed({
    id: `${site.url}/`,
    title: site.title,
    description: site.description,
    link: `${site.url}/`,
    language: 'fr',
    updated: new Date(newest),
    generator: 'Sophia Tech Events',
    feedLinks: { atom: `${site.url}/feed.xml` },
    copyright: `${site.title} contributors`,
  });
  for (const event of ordered) {
    const when = isoWithOffset(event.startsAt, site.timeZone);
    // What became of the event leads its entry: a reader sees "Annulé : …" among the news.
    const status = event.status ? `${messages.fr.statuses[event.status]} : ` : '';
    feed.addItem({
      id: `${site.url}/#${event.ts}-${encodeURIComponent(event.link)}`,
      title: `${status}${event.title}`,
      link: event.link,
      date: addedOf(event),
      published: addedOf(event),
      description: [event.date ?? when, event.place, event.desc].filter(Boolean).join(' — '),
      category: (event.tags ?? []).map((tag) => ({ name: tag, term: tag })),
    });
  }
  return feed.atom1();
}

type JsonLdEvent = Record<string, unknown>;

/** The schema.org Event of one event, for search engines and link previews. */
export function eventJsonLd(event: SiteEvent, site: SiteInfo, url = event.link): JsonLdEvent {
  const organizers = (event.sponsors ?? []).map((sponsor) => ({
    '@type': 'Organization',
    name: sponsor.name,
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.desc,
    startDate: isoWithOffset(event.startsAt, site.timeZone),
    ...(event.end ? { endDate: isoWithOffset(event.endsAt, site.timeZone) } : {}),
    eventStatus: SCHEMA_ORG_STATUS[event.status ?? 'scheduled'],
    eventAttendanceMode: event.online
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode',
    location: event.online
      ? { '@type': 'VirtualLocation', url: event.link }
      : {
          '@type': 'Place',
          name: event.place ?? event.date ?? site.title,
          address: event.place ?? event.date,
        },
    url,
    ...(organizers.length > 0
      ? { organizer: organizers.length === 1 ? organizers[0] : organizers }
      : {}),
  };
}

/** schema.org Event objects of the upcoming events, for search engines. */
export function eventsJsonLd(
  events: readonly SiteEvent[],
  now: Date,
  site: SiteInfo,
  limit = 50,
): JsonLdEvent[] {
  return upcomingEvents(events, now)
    .slice(0, limit)
    .map((event) => eventJsonLd(event, site));
}

/** JSON for inside a <script> element: `<` escaped, so no text can close the element. */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The list page in its two languages and the archive, dated by the build; every event's page, dated
 * by the day it was added (a fixed day when it has none), so its date only moves when it does.
 */
export function sitemapXml(
  site: SiteInfo,
  lastModified: Date,
  events: readonly SiteEvent[] = [],
): string {
  const day = lastModified.toISOString().slice(0, 10);
  const entry = (path: string, date: string) =>
    `  <url><loc>${site.url}${path.replace('&', '&amp;')}</loc><lastmod>${date}</lastmod></url>`;
  const urls = [
    ...['/', '/?lang=en', '/?view=past', PROPOSE_PATH].map((path) => entry(path, day)),
    ...events.map((event) => entry(eventPath(event), event.added ?? site.feedDateWhenNotAdded)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(site: SiteInfo): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${site.url}/sitemap.xml\n`;
}
