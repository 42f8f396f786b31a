// How the app takes over a page the build rendered. When its first render would be that page (the
// same address, the same view state in the query: none, or `?lang=en` on a page the build wrote in
// English; the same language), it hydrates the page's markup: the nodes stay, no event is laid out
// twice. A page nginx sent in the language the visitor picked on an earlier visit, at an address
// that names none, first has its address name it (addressNamingLanguage), and is hydrated too.
// Otherwise (a filtered link, an address the 404 page answers, a page whose events or code failed)
// it renders the page anew.
import { withLanguage } from '../components/AppLink.tsx';
import { toSiteEvent } from '../events/event.ts';
import type { EventsFile } from '../events/eventsFile.ts';
import { readFirstView } from '../events/firstView.ts';
import type { EventData } from '../events/schema.ts';
import { LOCAL_TIMESTAMP } from '../events/time.ts';
import { site, type Language } from '../site.ts';
import type { PageData, RenderedFor } from './pageContract.ts';
import { languageOfPage } from './language.ts';
import { readViewState, writeViewState } from './viewState.ts';

/**
 * Whether an event of the page's block has what the app reads first (its stamps, title and link).
 * The build wrote the block from events the schema had checked, and the page's markup shows the
 * same: the block is taken as it is, without the schema, which the first view does not load. A
 * block that fails this was not written by the build, and the app waits for events.json instead.
 */
function isBuiltEvent(raw: unknown): raw is EventData {
  if (typeof raw !== 'object' || raw === null) return false;
  const { ts, end, title, link } = raw as Record<string, unknown>;
  const isStamp = (value: unknown) => typeof value === 'string' && LOCAL_TIMESTAMP.test(value);
  return (
    isStamp(ts) &&
    (end === undefined || isStamp(end)) &&
    typeof title === 'string' &&
    typeof link === 'string'
  );
}

/** The events the build put in the page; on the list, its first page, with the list's counts. */
export function eventsOfPage(page: PageData): EventsFile | undefined {
  const text = page.prerenderedEventsText;
  if (!page.isPrerendered || !text) return undefined;
  let json: { events?: unknown; firstView?: unknown };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    return undefined;
  }
  const { events } = json;
  if (!Array.isArray(events) || !events.every(isBuiltEvent)) return undefined;
  return {
    events: events.map((event) => toSiteEvent(event, site.timeZone)),
    skipped: [],
    firstView: readFirstView(json.firstView),
  };
}

/**
 * What to hydrate the page with, or undefined: the app renders it anew. `pageEvents`: the page's
 * events as eventsOfPage read them; `partLoaded`: the code of the page's own part is there. A page
 * whose events or code did not load renders otherwise than the build did.
 */
export function hydrationInputs(
  page: PageData,
  visit: {
    location: { pathname: string; search: string };
    language: Language;
    pageEvents: EventsFile | undefined;
    partLoaded: boolean;
  },
): RenderedFor | undefined {
  const rendered = page.renderedFor;
  if (!page.isPrerendered || !rendered || !visit.partLoaded) return undefined;
  if (page.prerenderedEventsText !== undefined && !visit.pageEvents) return undefined;
  if (visit.location.pathname !== rendered.pathname) return undefined;
  if (writeViewState(readViewState(visit.location.search)) !== rendered.search) return undefined;
  if (visit.language !== languageOfPage(rendered)) return undefined;
  return rendered;
}

/**
 * The address to show instead of `location`'s when nginx sent the page in `language`, the one the
 * visitor picked on an earlier visit (its cookie), while the address names none: the same address
 * with `?lang=`, as right after they picked it. The app's first render is then the build's, and the
 * address says what the page shows. Undefined: the address stays.
 */
export function addressNamingLanguage(
  page: PageData,
  location: { pathname: string; search: string; hash: string },
  language: Language,
): string | undefined {
  const rendered = page.renderedFor;
  if (!page.isPrerendered || !rendered) return undefined;
  if (new URLSearchParams(location.search).has('lang')) return undefined;
  const pageLanguage = languageOfPage(rendered);
  if (pageLanguage === site.defaultLanguage || pageLanguage !== language) return undefined;
  return withLanguage(`${location.pathname}${location.search}${location.hash}`, language);
}
