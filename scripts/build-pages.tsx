// `postbuild`: from the validated events, writes dist/events.ics, dist/feed.xml, dist/sitemap.xml,
// dist/robots.txt, and puts into dist/index.html the upcoming events as schema.org JSON-LD and the
// list of sponsor logos that are not SVG, and prerenders the page into it.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { renderToString } from 'react-dom/server';
import { Page } from '../src/app/App.tsx';
import { readViewState } from '../src/app/viewState.ts';
import {
  calendarFeed,
  eventsJsonLd,
  jsonForScriptElement,
  newsFeed,
  robotsTxt,
  sitemapXml,
} from '../src/build/feeds.ts';
import { toSiteEvent } from '../src/events/event.ts';
import { readEventsFile } from '../src/events/load.ts';
import { eventSchema } from '../src/events/schema.ts';
import { upcomingEvents } from '../src/events/select.ts';
import { dataBlock, PAGE_CONTRACT } from '../src/app/pageContract.ts';
import { logoFilesIn, sponsorOfLogo } from '../src/datacheck/logoCheck.ts';
import { publicUrl, site } from '../src/site.ts';
import { withoutByteOrderMark } from '../src/events/text.ts';
import { vtimezoneOf, zoneFilePath } from '../src/events/vtimezone.ts';

/** The build's folder: dist/, or DIST for a second release built beside it (the rollout tests). */
const dist = process.env.DIST ?? 'dist';

const JSON_LD_MARKER = '<!-- events-json-ld -->';

/** Sponsor name -> logo file, for logos that are not SVG (the app assumes .svg otherwise). */
async function logoManifest(): Promise<Record<string, string>> {
  const files = await logoFilesIn(`${dist}/img/sponsors`);
  const notSvg = files.filter((file) => !file.endsWith('.svg'));
  return Object.fromEntries(notSvg.map((file) => [sponsorOfLogo(file), file]));
}

function siteUrlOrExit(): string {
  try {
    return publicUrl(process.env.SITE_URL);
  } catch (error) {
    console.error(`build: ${(error as Error).message}`);
    process.exit(1);
  }
}

const siteInfo = {
  url: siteUrlOrExit(),
  title: site.title,
  description: site.description,
  timeZone: site.timeZone,
};
// BUILD_NOW pins "now" for reproducible output in tests.
const now = process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : new Date();
const vtimezone = vtimezoneOf(await readFile(zoneFilePath(site.timeZone), 'utf8'), site.timeZone);

const eventsText = await readFile(`${dist}/events.json`, 'utf8');
const { events } = readEventsFile(eventsText, site.timeZone);

await writeFile(
  `${dist}/events.ics`,
  calendarFeed(events, now, {
    name: site.title,
    timeZone: site.timeZone,
    vtimezone,
    onlineLocation: 'Online',
    url: siteInfo.url,
    stamp: now,
  }),
);
await writeFile(`${dist}/feed.xml`, newsFeed(events, now, siteInfo));
await writeFile(`${dist}/sitemap.xml`, sitemapXml(siteInfo, now));
await writeFile(`${dist}/robots.txt`, robotsTxt(siteInfo));

const logoFiles = await logoManifest();

// The raw events the prerendered page shows (those upcoming at build time), for the app to take over.
const rawEvents = (
  JSON.parse(withoutByteOrderMark(eventsText)) as {
    events: unknown[];
  }
).events;
const upcomingRaw = rawEvents.filter((raw) => {
  const parsed = eventSchema.safeParse(raw);
  return (
    parsed.success && upcomingEvents([toSiteEvent(parsed.data, site.timeZone)], now).length === 1
  );
});
const shownEvents = readEventsFile(JSON.stringify({ events: upcomingRaw }), site.timeZone);

// The page as the app first shows it, so the events are on screen with the first response; the app
// takes over when it has loaded events.json (src/main.tsx).
const nothing = () => {};
const prerendered = renderToString(
  <Page
    state={readViewState('')}
    now={now}
    language={site.defaultLanguage}
    load={{ status: 'ready', file: shownEvents }}
    origin={siteInfo.url}
    pathname="/"
    logoFiles={logoFiles}
    onChange={nothing}
    onLanguage={nothing}
    onRetry={nothing}
  />,
);

const html = await readFile(`${dist}/index.html`, 'utf8');
if (!html.includes(JSON_LD_MARKER))
  throw new Error(`index.html lacks the ${JSON_LD_MARKER} marker`);
const jsonLd =
  `<script type="application/ld+json">${jsonForScriptElement(eventsJsonLd(events, now, siteInfo))}</script>` +
  dataBlock(PAGE_CONTRACT.logoFilesId, jsonForScriptElement(logoFiles)) +
  dataBlock(PAGE_CONTRACT.prerenderedEventsId, jsonForScriptElement({ events: upcomingRaw }));
// The app's chunk is imported only after the first paint (src/main.tsx): fetch it early all the same.
type ManifestChunk = { file: string; imports?: string[]; isDynamicEntry?: boolean; src?: string };
const manifest = JSON.parse(await readFile(`${dist}/.vite/manifest.json`, 'utf8')) as Record<
  string,
  ManifestChunk
>;
const chunkFiles = (key: string): string[] => {
  const chunk = manifest[key];
  return chunk ? [chunk.file, ...(chunk.imports ?? []).flatMap(chunkFiles)] : [];
};
const preloads = [...new Set(chunkFiles('src/boot.tsx'))]
  .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
  .join('');
if (!preloads) throw new Error(`${dist}/.vite/manifest.json names no chunk for src/boot.tsx`);

await rm(`${dist}/.vite`, { recursive: true, force: true });

const ROOT = `<div id="${PAGE_CONTRACT.rootId}"></div>`;
if (!html.includes(ROOT)) throw new Error(`index.html lacks ${ROOT}`);
await writeFile(
  `${dist}/index.html`,
  html
    .replace(JSON_LD_MARKER, preloads + jsonLd)
    .replace(
      ROOT,
      `<div id="${PAGE_CONTRACT.rootId}" ${PAGE_CONTRACT.prerenderedAttribute}>${prerendered}</div>`,
    )
    .replaceAll('__SITE_URL__', siteInfo.url),
);
console.log(
  `${dist}: events.ics, feed.xml, sitemap.xml, robots.txt, JSON-LD and the prerendered page for ${siteInfo.url}`,
);
