// The pages the build writes besides the list: every event's own page, /e/<address>, whose title,
// description, canonical address, language alternates, Open Graph and Twitter tags and schema.org
// Event are the event's own, so a link pasted in a chat previews the event; the page that answers
// an address naming no event, and the one for any other address; and the form to propose one. Each
// is the app's page, prerendered, in the language it is written for (one page per language).
import { searchOfLanguage } from '../app/language.ts';
import type { Route } from '../app/route.ts';
import { eventPath, PROPOSE_PATH } from '../events/address.ts';
import type { SiteEvent } from '../events/event.ts';
import { formatDay, formatTime } from '../i18n/format.ts';
import { messages } from '../i18n/messages.ts';
import { proposeMessages } from '../i18n/proposeMessages.ts';
import { site as settings, type Language } from '../site.ts';
import { eventJsonLd, type SiteInfo } from './feeds.ts';
import { assemblePage, prerenderPage, rawEventOf } from './indexPage.tsx';
import { pageMeta } from './pageMeta.ts';

/** The address the not-found page is rendered for; nginx serves it for every address that names no page. */
const NOT_FOUND_PATH = '/not-found';

/** What a preview says under the title: when, where, then the start of the description. */
export function eventSummary(
  event: SiteEvent,
  language: Language = settings.defaultLanguage,
): string {
  const t = messages[language];
  const when = `${formatDay(event.startsAt, t.language)} · ${formatTime(event.startsAt)}`;
  const where = event.online ? t.online : event.place;
  const status = event.status ? t.statuses[event.status] : undefined;
  const head = [status, when, where].filter(Boolean).join(' — ');
  const desc = event.desc?.replace(/\s+/g, ' ').trim();
  if (!desc) return head;
  const room = 200 - head.length - 3;
  return `${head}. ${desc.length > room ? `${desc.slice(0, room - 1).trimEnd()}…` : desc}`;
}

type PageInputs = {
  /** The built index.html, the shell of every page. */
  template: string;
  preloads: string;
  now: Date;
  site: SiteInfo;
  logoAddresses: Record<string, string>;
  /** The language the page is written in. */
  language: Language;
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
  const search = searchOfLanguage(inputs.language);
  return assemblePage(inputs.template, {
    preloads: inputs.preloads,
    jsonLd: page.jsonLd,
    logoAddresses: inputs.logoAddresses,
    shownRawEvents: page.events?.map(rawEventOf),
    view: prerenderPage({
      route: page.route,
      pathname: page.pathname,
      search,
      events: page.events,
      now: inputs.now,
      siteUrl: inputs.site.url,
      logoAddresses: inputs.logoAddresses,
    }),
    renderedFor: { at: inputs.now, pathname: page.pathname, search },
    siteUrl: inputs.site.url,
    meta: pageMeta({
      title: page.title,
      description: page.description,
      url: page.url,
      language: inputs.language,
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
    description: eventSummary(event, inputs.language),
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
    title: messages[inputs.language].noSuchEvent,
    description: messages[inputs.language].noSuchEventDetail,
  });
}

/** What nginx answers, with a 404, for any other address that names no page of the site. */
export function noSuchPageHtml(inputs: PageInputs): string {
  return sitePage(inputs, {
    route: { page: 'missing' },
    pathname: NOT_FOUND_PATH,
    title: messages[inputs.language].noSuchPage,
    description: messages[inputs.language].noSuchPageDetail,
  });
}

/** The propose form, as it shows while events.json (the known sponsors) loads. */
export function proposePageHtml(inputs: PageInputs): string {
  return sitePage(inputs, {
    route: { page: 'propose' },
    pathname: PROPOSE_PATH,
    title: proposeMessages[inputs.language].heading,
    description: proposeMessages[inputs.language].intro,
    url: `${inputs.site.url}${PROPOSE_PATH}`,
  });
}
