// The pages the build writes besides the list: every event's own page, /e/<address>, whose title,
// description, canonical address, language alternates, Open Graph and Twitter tags and schema.org
// Event are the event's own, so a link pasted in a chat previews the event; the page that answers
// an address naming no event, and the one for any other address; and the form to propose one. Each
// is the app's page, prerendered.
import type { Route } from '../app/route.ts';
import { pageTitle } from '../components/DocumentTitle.tsx';
import { eventPath, PROPOSE_PATH } from '../events/address.ts';
import type { SiteEvent } from '../events/event.ts';
import { formatDay, formatTime } from '../i18n/format.ts';
import { messages } from '../i18n/messages.ts';
import { proposeMessages } from '../i18n/proposeMessages.ts';
import { site as settings } from '../site.ts';
import { eventJsonLd, type SiteInfo } from './feeds.ts';
import { assemblePage, prerenderPage, rawEventOf } from './indexPage.tsx';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const t = messages[settings.defaultLanguage];
/** The address the not-found page is rendered for; nginx serves it for every address that names no page. */
const NOT_FOUND_PATH = '/not-found';

/** What a preview says under the title: when, where, then the start of the description. */
export function eventSummary(event: SiteEvent): string {
  const when = `${formatDay(event.startsAt, t.language)} · ${formatTime(event.startsAt)}`;
  const where = event.online ? t.online : event.place;
  const status = event.status ? t.statuses[event.status] : undefined;
  const head = [status, when, where].filter(Boolean).join(' — ');
  const desc = event.desc?.replace(/\s+/g, ' ').trim();
  if (!desc) return head;
  const room = 200 - head.length - 3;
  return `${head}. ${desc.length > room ? `${desc.slice(0, room - 1).trimEnd()}…` : desc}`;
}

/**
 * A page's own head tags. The interface's languages are alternates of one address (`?lang=en`):
 * the HTML is written in the site's language, and the app shows the other.
 */
function pageMeta(page: {
  title: string;
  description: string;
  /** Absolute; undefined for a page that has no address of its own (not found). */
  url?: string;
  image: string;
  site: SiteInfo;
}): string {
  const meta = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}">`;
  const previews = [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', page.site.title),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:image', page.image),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', page.description),
    meta('name', 'twitter:image', page.image),
  ];
  const address = page.url
    ? [
        meta('property', 'og:url', page.url),
        `<link rel="canonical" href="${escapeHtml(page.url)}">`,
        `<link rel="alternate" hreflang="fr" href="${escapeHtml(page.url)}">`,
        `<link rel="alternate" hreflang="en" href="${escapeHtml(`${page.url}?lang=en`)}">`,
        `<link rel="alternate" hreflang="x-default" href="${escapeHtml(page.url)}">`,
      ]
    : [meta('name', 'robots', 'noindex')];
  return [
    `<title>${escapeHtml(pageTitle(page.title, page.site.title))}</title>`,
    meta('name', 'description', page.description),
    ...previews,
    ...address,
  ].join('\n');
}

type PageInputs = {
  /** The built index.html, the shell of every page. */
  template: string;
  preloads: string;
  now: Date;
  site: SiteInfo;
  logoAddresses: Record<string, string>;
};

/**
 * One of these pages: the app's page for `route`, prerendered at `pathname` from `events` (none:
 * as it shows while events.json loads), with its own head.
 */
function sitePage(
  inputs: PageInputs,
  page: {
    route: Route;
    pathname: string;
    events?: SiteEvent[];
    jsonLd?: unknown;
    title: string;
    description: string;
    /** Absolute; none for a page that has no address of its own (not found). */
    url?: string;
  },
): string {
  return assemblePage(inputs.template, {
    preloads: inputs.preloads,
    jsonLd: page.jsonLd,
    logoAddresses: inputs.logoAddresses,
    shownRawEvents: page.events?.map(rawEventOf),
    view: prerenderPage({
      route: page.route,
      pathname: page.pathname,
      events: page.events,
      now: inputs.now,
      siteUrl: inputs.site.url,
      logoAddresses: inputs.logoAddresses,
    }),
    renderedFor: { at: inputs.now, pathname: page.pathname },
    siteUrl: inputs.site.url,
    meta: pageMeta({
      title: page.title,
      description: page.description,
      url: page.url,
      image: `${inputs.site.url}/og-image.jpg`,
      site: inputs.site,
    }),
  });
}

export function eventPageHtml(event: SiteEvent, inputs: PageInputs): string {
  const path = eventPath(event);
  const url = `${inputs.site.url}${path}`;
  return sitePage(inputs, {
    route: { page: 'event', address: path.slice('/e/'.length) },
    pathname: path,
    events: [event],
    jsonLd: eventJsonLd(event, inputs.site, url),
    title: event.title,
    description: eventSummary(event),
    url,
  });
}

/**
 * What nginx answers, with a 404, for an address under /e/ that names no page. The app then looks
 * for the event in events.json, and says there is none, with the list searched for the address.
 */
export function noSuchEventPageHtml(inputs: PageInputs): string {
  return sitePage(inputs, {
    route: { page: 'event', address: '' },
    pathname: '/e/',
    events: [],
    title: t.noSuchEvent,
    description: t.noSuchEventDetail,
  });
}

/** What nginx answers, with a 404, for any other address that names no page of the site. */
export function noSuchPageHtml(inputs: PageInputs): string {
  return sitePage(inputs, {
    route: { page: 'missing' },
    pathname: NOT_FOUND_PATH,
    title: t.noSuchPage,
    description: t.noSuchPageDetail,
  });
}

/** The propose form, as it shows while events.json (the known sponsors) loads. */
export function proposePageHtml(inputs: PageInputs): string {
  return sitePage(inputs, {
    route: { page: 'propose' },
    pathname: PROPOSE_PATH,
    title: proposeMessages[settings.defaultLanguage].heading,
    description: proposeMessages[settings.defaultLanguage].intro,
    url: `${inputs.site.url}${PROPOSE_PATH}`,
  });
}
