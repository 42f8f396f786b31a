// The contract between the build and the browser: what the build writes into index.html (the
// prerendered marker, the events it shows, the logo files, what it rendered the page with) and what
// the app reads back, once, at boot, and the signal that the app has taken over. Both sides and the e2e tests use these names.
export const PAGE_CONTRACT = {
  rootId: 'root',
  /** On the root: the build rendered the first view into it. */
  prerenderedAttribute: 'data-prerendered',
  /** On the root: the app has taken over (tests wait for it before they interact). */
  appReadyAttribute: 'data-app-ready',
  /** A JSON block: the raw events the prerendered view shows, `{ "events": [...] }`. */
  prerenderedEventsId: 'prerendered-events',
  /**
   * A JSON block: each sponsor's logo address (a path of the site) when it is not
   * `/img/sponsors/<name>.svg`: a PNG or WebP file, or a view of the list's file of logos.
   */
  logoAddressesId: 'sponsor-logos',
  /** A JSON block: what the build rendered the page with, `{ "at", "pathname", "search", "origin" }`. */
  renderedForId: 'rendered-for',
} as const;

/**
 * What the build rendered a page with: its "now", its address (`search`: the view state of its
 * query, `?lang=en` for a page in a language other than the site's), and the site's origin.
 */
export type RenderedFor = { at: Date; pathname: string; search: string; origin: string };

/** The build's side of the rendered-for block, before it is written as JSON. */
export function renderedForData(rendered: RenderedFor): Record<string, string> {
  return {
    at: rendered.at.toISOString(),
    pathname: rendered.pathname,
    search: rendered.search,
    origin: rendered.origin,
  };
}

export type PageData = {
  root: HTMLElement;
  isPrerendered: boolean;
  /** The text of the prerendered events block, when the page has one. */
  prerenderedEventsText?: string;
  logoAddresses: Record<string, string>;
  /** What the build rendered the page with; none on a page it did not render, or a broken block. */
  renderedFor?: RenderedFor;
};

function parseLogoAddresses(text: string | null | undefined): Record<string, string> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        // A path of this site only: never another origin (`//host/…`, `https:…`).
        (entry): entry is [string, string] =>
          typeof entry[1] === 'string' && /^\/(?![/\\])/.test(entry[1]),
      ),
    );
  } catch {
    return {}; // a broken block only costs the fallback: every logo taken to be an SVG
  }
}

function parseRenderedFor(text: string | null | undefined): RenderedFor | undefined {
  if (!text) return undefined;
  try {
    const { at, pathname, search, origin } = JSON.parse(text) as Record<string, unknown>;
    if (
      typeof at !== 'string' ||
      typeof pathname !== 'string' ||
      typeof search !== 'string' ||
      typeof origin !== 'string'
    ) {
      return undefined;
    }
    const instant = new Date(at);
    return Number.isNaN(instant.getTime()) ? undefined : { at: instant, pathname, search, origin };
  } catch {
    return undefined; // a broken block only costs the hydration: the app renders the page anew
  }
}

/** Reads what the build left in the page. Throws when the page has no root to mount on. */
export function readPage(document: Document): PageData {
  const root = document.getElementById(PAGE_CONTRACT.rootId);
  if (!root) throw new Error(`index.html has no #${PAGE_CONTRACT.rootId} element`);
  return {
    root,
    isPrerendered: root.hasAttribute(PAGE_CONTRACT.prerenderedAttribute),
    prerenderedEventsText:
      document.getElementById(PAGE_CONTRACT.prerenderedEventsId)?.textContent ?? undefined,
    logoAddresses: parseLogoAddresses(
      document.getElementById(PAGE_CONTRACT.logoAddressesId)?.textContent,
    ),
    renderedFor: parseRenderedFor(
      document.getElementById(PAGE_CONTRACT.renderedForId)?.textContent,
    ),
  };
}

export function markAppReady(document: Document): void {
  document.getElementById(PAGE_CONTRACT.rootId)?.setAttribute(PAGE_CONTRACT.appReadyAttribute, '');
}

/** The build's side: a JSON data block the browser reads back by `id`. */
export function dataBlock(id: string, json: string): string {
  return `<script type="application/json" id="${id}">${json}</script>`;
}
