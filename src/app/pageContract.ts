// The contract between the build and the browser: what the build writes into index.html (the
// prerendered marker, the events it shows, the logo files) and what the app reads back, once, at
// boot, and the signal that the app has taken over. Both sides and the e2e tests use these names.
export const PAGE_CONTRACT = {
  rootId: 'root',
  /** On the root: the build rendered the first view into it. */
  prerenderedAttribute: 'data-prerendered',
  /** On the root: the app has taken over (tests wait for it before they interact). */
  appReadyAttribute: 'data-app-ready',
  /** A JSON block: the raw events the prerendered view shows, `{ "events": [...] }`. */
  prerenderedEventsId: 'prerendered-events',
  /** A JSON block: each sponsor's logo file when it is not `<name>.svg`. */
  logoFilesId: 'sponsor-logos',
} as const;

export type PageData = {
  root: HTMLElement;
  isPrerendered: boolean;
  /** The text of the prerendered events block, when the page has one. */
  prerenderedEventsText?: string;
  logoFiles: Record<string, string>;
};

function parseLogoFiles(text: string | null | undefined): Record<string, string> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return {}; // a broken block only costs the fallback: every logo taken to be an SVG
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
    logoFiles: parseLogoFiles(document.getElementById(PAGE_CONTRACT.logoFilesId)?.textContent),
  };
}

export function markAppReady(document: Document): void {
  document.getElementById(PAGE_CONTRACT.rootId)?.setAttribute(PAGE_CONTRACT.appReadyAttribute, '');
}

/** The build's side: a JSON data block the browser reads back by `id`. */
export function dataBlock(id: string, json: string): string {
  return `<script type="application/json" id="${id}">${json}</script>`;
}
