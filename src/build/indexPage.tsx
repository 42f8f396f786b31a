// The build's index.html, step by step, each a pure function: which events the first view shows,
// that view rendered as the app renders it, the chunks to preload, and the page put together.
import { renderToString } from 'react-dom/server';
import { Page } from '../app/App.tsx';
import { dataBlock, PAGE_CONTRACT } from '../app/pageContract.ts';
import { readViewState } from '../app/viewState.ts';
import { toSiteEvent } from '../events/event.ts';
import { readEventsFile } from '../events/load.ts';
import { eventSchema } from '../events/schema.ts';
import { upcomingEvents } from '../events/select.ts';
import { site } from '../site.ts';
import { jsonForScriptElement } from './feeds.ts';

/** Where the build puts what goes into the page's head. */
export const HEAD_MARKER = '<!-- events-json-ld -->';
const EMPTY_ROOT = `<div id="${PAGE_CONTRACT.rootId}"></div>`;

/** The raw events of the file that are upcoming at `now`, as the app would list them. */
export function upcomingRawEvents(rawEvents: readonly unknown[], now: Date): unknown[] {
  return rawEvents.filter((raw) => {
    const parsed = eventSchema.safeParse(raw);
    if (!parsed.success) return false;
    return upcomingEvents([toSiteEvent(parsed.data, site.timeZone)], now).length === 1;
  });
}

const nothing = () => {};

/** The first view as the app renders it at `now`, with the given raw events. */
export function prerenderFirstView(options: {
  rawEvents: readonly unknown[];
  now: Date;
  siteUrl: string;
  logoFiles: Record<string, string>;
}): string {
  const file = readEventsFile(JSON.stringify({ events: options.rawEvents }), site.timeZone);
  return renderToString(
    <Page
      state={readViewState('')}
      now={options.now}
      language={site.defaultLanguage}
      load={{ status: 'ready', file }}
      origin={options.siteUrl}
      pathname="/"
      logoFiles={options.logoFiles}
      onChange={nothing}
      onLanguage={nothing}
      onRetry={nothing}
    />,
  );
}

type ManifestChunk = { file: string; imports?: string[] };

/** Modulepreload links for the app's chunk and what it imports (Vite's build manifest). */
export function appChunkPreloads(manifest: Record<string, ManifestChunk>, entry: string): string {
  const chunkFiles = (key: string): string[] => {
    const chunk = manifest[key];
    return chunk ? [chunk.file, ...(chunk.imports ?? []).flatMap(chunkFiles)] : [];
  };
  const files = [...new Set(chunkFiles(entry))];
  if (files.length === 0) throw new Error(`the build manifest names no chunk for ${entry}`);
  return files.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join('');
}

/** index.html with the head blocks, the prerendered first view and the public address put in. */
export function assembleIndexHtml(
  html: string,
  parts: {
    preloads: string;
    jsonLd: unknown;
    logoFiles: Record<string, string>;
    shownRawEvents: readonly unknown[];
    firstView: string;
    siteUrl: string;
  },
): string {
  if (!html.includes(HEAD_MARKER)) throw new Error(`index.html lacks the ${HEAD_MARKER} marker`);
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html lacks ${EMPTY_ROOT}`);
  const head =
    parts.preloads +
    `<script type="application/ld+json">${jsonForScriptElement(parts.jsonLd)}</script>` +
    dataBlock(PAGE_CONTRACT.logoFilesId, jsonForScriptElement(parts.logoFiles)) +
    dataBlock(
      PAGE_CONTRACT.prerenderedEventsId,
      jsonForScriptElement({ events: parts.shownRawEvents }),
    );
  const root = `<div id="${PAGE_CONTRACT.rootId}" ${PAGE_CONTRACT.prerenderedAttribute}>${parts.firstView}</div>`;
  // Replacer functions: a `$&` in an event's text is text, not a replacement pattern.
  return html
    .replace(HEAD_MARKER, () => head)
    .replace(EMPTY_ROOT, () => root)
    .replaceAll('__SITE_URL__', () => parts.siteUrl);
}
