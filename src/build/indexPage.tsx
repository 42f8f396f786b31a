// The build's pages, step by step, each a pure function: which events the list's first view shows,
// a page rendered as the app renders it, the chunks to preload, and a page put together from the
// built index.html, which every page of the site shares (its scripts, styles and head). A page's
// head holds only what a head must (its title, previews, links) and its stylesheet; its scripts
// and data come after its content, so that the parser reaches the first events sooner.
import { renderToString } from 'react-dom/server';
import { Page } from '../app/App.tsx';
import { languageOfPage, searchOfLanguage } from '../app/language.ts';
import { dataBlock, PAGE_CONTRACT, renderedForData } from '../app/pageContract.ts';
import type { Route } from '../app/route.ts';
import { partOfRoute } from '../app/routeParts.ts';
import { readViewState } from '../app/viewState.ts';
import type { EventsState } from '../app/useEventsFile.ts';
import type { SiteEvent } from '../events/event.ts';
import { firstViewData, type FirstView } from '../events/firstView.ts';
import { facetCounts, noFilters, upcomingEvents } from '../events/select.ts';
import { FIRST_EVENT_ID, PAGE_SIZE } from '../components/EventList.tsx';
import { site, type Language } from '../site.ts';
import { eventsJsonLd, jsonForScriptElement, type SiteInfo } from './feeds.ts';
import { pageMeta } from './pageMeta.ts';

/** Where the build puts a page's data and preloads: at the end of its body. */
export const DATA_MARKER = '<!-- page-data -->';
/** The entry's script as Vite writes it: in the head, whatever index.html says. */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="\/assets\/[^"]+"><\/script>/;
/** What index.html says of itself (title, description, previews, canonical): a page puts its own. */
const PAGE_META = /<!-- page-meta -->[\s\S]*<!-- \/page-meta -->/;
const EMPTY_ROOT = `<div id="${PAGE_CONTRACT.rootId}"></div>`;
/** The language index.html declares, which a page replaces with its own. */
const HTML_LANG = /<html lang="[^"]*"/;

/**
 * Where the build writes a page in `language`, `file` being its path in the site's language
 * (`index.html`, `e/<address>.html`): there, or under `<language>/` for another language, which
 * nginx.conf serves for `?lang=<language>` or the visitor's `lang` cookie, and never at an address
 * of its own.
 */
export function pageFileOf(language: Language, file: string): string {
  return language === site.defaultLanguage ? file : `${language}/${file}`;
}

/** The event's fields as events.json holds them, for the app to take over a page with. */
export function rawEventOf(event: SiteEvent): Record<string, unknown> {
  const derived = new Set(['key', 'startsAt', 'endsAt']);
  return Object.fromEntries(Object.entries(event).filter(([field]) => !derived.has(field)));
}

/**
 * The list's first view as the page carries it, whatever the size of the data: the first page of
 * the events upcoming at `now` (`shown`; `rawEvents`, as events.json holds them), and the totals
 * and counts of them all.
 */
export function listFirstView(
  events: readonly SiteEvent[],
  now: Date,
): { shown: SiteEvent[]; rawEvents: Record<string, unknown>[]; firstView: FirstView } {
  const upcoming = upcomingEvents(events, now);
  const shown = upcoming.slice(0, PAGE_SIZE);
  return {
    shown,
    rawEvents: shown.map(rawEventOf),
    firstView: {
      upcoming: upcoming.length,
      counts: facetCounts(upcoming, noFilters, now, site.timeZone),
    },
  };
}

const nothing = () => {};

/**
 * A page as the app renders it at `now`, for the address `pathname` + `search` (the query of its
 * language, searchOfLanguage): `events` is what it knows of events.json, already read (undefined:
 * the page is rendered while the file loads, as the app first shows it). The code of the route's
 * page must be loaded first (`loadEveryPart`), or the page would be a loading notice.
 */
export function prerenderPage(options: {
  route: Route;
  pathname: string;
  search: string;
  events: SiteEvent[] | undefined;
  now: Date;
  siteUrl: string;
  logoAddresses: Record<string, string>;
}): string {
  const part = partOfRoute(options.route);
  if (part && part.current() === undefined) {
    throw new Error(
      `the code of the ${options.route.page} page is not loaded: await loadEveryPart() (src/app/routeParts.ts) before prerendering it`,
    );
  }
  const load: EventsState = options.events
    ? { status: 'ready', file: { events: options.events, skipped: [] } }
    : { status: 'loading' };
  const state = readViewState(options.search);
  return renderToString(
    <Page
      route={options.route}
      state={state}
      now={options.now}
      language={state.lang ?? site.defaultLanguage}
      load={load}
      origin={options.siteUrl}
      pathname={options.pathname}
      logoAddresses={options.logoAddresses}
      onChange={nothing}
      onLanguage={nothing}
      onRetry={nothing}
    />,
  );
}

/**
 * The built index.html with the entry's script where index.html has it, just before the data
 * marker, at the end of the body: Vite moves it into the head. A module script runs once the
 * document is parsed wherever it is; in the head, the parser meets it before the content.
 */
export function withEntryScriptInBody(html: string): string {
  const entry = ENTRY_SCRIPT.exec(html)?.[0];
  if (entry === undefined) throw new Error('index.html has no module script of /assets/');
  if (!html.includes(DATA_MARKER)) throw new Error(`index.html lacks the ${DATA_MARKER} marker`);
  return html.replace(entry, '').replace(DATA_MARKER, () => `${entry}${DATA_MARKER}`);
}

type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[] };

/**
 * Modulepreload links (Vite's build manifest) for `pageParts`, the chunks of a page's own code
 * (src/app/routeParts.ts, by source path), and what they import but the app's chunk. The app's
 * chunk itself is not preloaded: the entry imports it after the first paint, and its bytes,
 * fetched before, would compete with the page for the network and delay that paint.
 */
export function pagePartPreloads(
  manifest: Record<string, ManifestChunk>,
  pageParts: readonly string[],
): string {
  const entry = 'index.html';
  const app = manifest[entry]?.dynamicImports ?? [];
  if (app.length === 0) throw new Error(`the build manifest names no chunk that ${entry} imports`);
  const chunkFiles = (key: string): string[] => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest names no chunk for ${key}`);
    const imports = (chunk.imports ?? []).filter((k) => k !== entry && !app.includes(k));
    return [chunk.file, ...imports.flatMap(chunkFiles)];
  };
  const files = [...new Set(pageParts.flatMap(chunkFiles))];
  return files.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join('');
}

/** A page: the built index.html with its data, its rendered view and its public address. */
export function assemblePage(
  html: string,
  parts: {
    preloads: string;
    /** The page's schema.org data; none for a page that describes no event. */
    jsonLd?: unknown;
    logoAddresses: Record<string, string>;
    /** The raw events the view shows, for the app to take over with; none: it loads them. */
    shownRawEvents?: readonly unknown[];
    /** When those are the first page of the list: the list's totals and counts (listFirstView). */
    firstView?: FirstView;
    view: string;
    /**
     * What `view` was rendered with (prerenderPage's `now`, `pathname` and `search`): the app
     * hydrates it. The page's language is its query's (languageOfPage).
     */
    renderedFor: { at: Date; pathname: string; search: string };
    siteUrl: string;
    /** The page's own title, description, previews and canonical address; none: index.html's. */
    meta?: string;
    /**
     * The id of an element that the browser should have parsed before it paints the page at all
     * (`<link rel="expect" blocking="render">`, which browsers without it ignore): the first paint
     * then shows it, rather than what comes before it, then it a frame later.
     */
    paintsWith?: string;
  },
): string {
  if (!html.includes(DATA_MARKER)) throw new Error(`index.html lacks the ${DATA_MARKER} marker`);
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html lacks ${EMPTY_ROOT}`);
  if (!HTML_LANG.test(html)) throw new Error('index.html lacks its <html lang="…">');
  if (parts.paintsWith !== undefined && !html.includes('</head>')) {
    throw new Error('index.html lacks its </head>');
  }
  if (parts.meta !== undefined && !PAGE_META.test(html)) {
    throw new Error('index.html lacks its <!-- page-meta --> … <!-- /page-meta --> block');
  }
  const data =
    parts.preloads +
    (parts.jsonLd === undefined
      ? ''
      : `<script type="application/ld+json">${jsonForScriptElement(parts.jsonLd)}</script>`) +
    dataBlock(PAGE_CONTRACT.logoAddressesId, jsonForScriptElement(parts.logoAddresses)) +
    dataBlock(
      PAGE_CONTRACT.renderedForId,
      jsonForScriptElement(renderedForData({ ...parts.renderedFor, origin: parts.siteUrl })),
    ) +
    (parts.shownRawEvents
      ? dataBlock(
          PAGE_CONTRACT.prerenderedEventsId,
          jsonForScriptElement({
            events: parts.shownRawEvents,
            ...(parts.firstView ? { firstView: firstViewData(parts.firstView) } : {}),
          }),
        )
      : '');
  const root = `<div id="${PAGE_CONTRACT.rootId}" ${PAGE_CONTRACT.prerenderedAttribute}>${parts.view}</div>`;
  // Replacer functions: a `$&` in an event's text is text, not a replacement pattern.
  const withMeta = parts.meta === undefined ? html : html.replace(PAGE_META, () => parts.meta!);
  const expect =
    parts.paintsWith === undefined
      ? ''
      : `<link rel="expect" href="#${parts.paintsWith}" blocking="render">`;
  return withMeta
    .replace(HTML_LANG, () => `<html lang="${languageOfPage(parts.renderedFor)}"`)
    .replace('</head>', () => `${expect}</head>`)
    .replace(DATA_MARKER, () => data)
    .replace(EMPTY_ROOT, () => root)
    .replaceAll('__SITE_URL__', () => parts.siteUrl);
}

/**
 * The list's page in `language`: `template` (the built index.html, its stylesheet inside) with the
 * first view prerendered at `now`, the events it shows and the list's counts (listFirstView), and
 * the upcoming events' JSON-LD. In the site's language it keeps index.html's head; in another, its
 * own (its address, `/?lang=…`, canonical).
 */
export function listPageHtml(
  template: string,
  inputs: {
    preloads: string;
    events: SiteEvent[];
    now: Date;
    site: SiteInfo;
    logoAddresses: Record<string, string>;
    language: Language;
  },
): string {
  const { events, now, site: siteInfo, logoAddresses, language } = inputs;
  const { rawEvents, firstView } = listFirstView(events, now);
  const search = searchOfLanguage(language);
  return assemblePage(template, {
    preloads: inputs.preloads,
    jsonLd: eventsJsonLd(events, now, siteInfo),
    logoAddresses,
    shownRawEvents: rawEvents,
    firstView,
    view: prerenderPage({
      route: { page: 'list' },
      pathname: '/',
      search,
      events,
      now,
      siteUrl: siteInfo.url,
      logoAddresses,
    }),
    renderedFor: { at: now, pathname: '/', search },
    siteUrl: siteInfo.url,
    meta:
      language === site.defaultLanguage
        ? undefined
        : pageMeta({
            description: siteInfo.description,
            url: `${siteInfo.url}/`,
            language,
            image: `${siteInfo.url}/og-image.jpg`,
            site: siteInfo,
          }),
    // Not painted before its first event: the header, search and filters come before it in the
    // document, and Chromium would paint them alone in a frame of their own when its parser yields.
    paintsWith: rawEvents.length > 0 ? FIRST_EVENT_ID : undefined,
  });
}
