// `postbuild`: from the validated events, writes dist/events.ics, dist/feed.xml, dist/sitemap.xml,
// dist/robots.txt, and puts into dist/index.html the upcoming events as schema.org JSON-LD and the
// list of sponsor logos that are not SVG.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import {
  calendarFeed,
  eventsJsonLd,
  jsonForScriptElement,
  newsFeed,
  robotsTxt,
  sitemapXml,
} from '../src/events/feeds.ts';
import { readEventsFile } from '../src/events/load.ts';
import { LOGO_EXTENSIONS } from '../src/events/logoCheck.ts';
import { LOGO_MANIFEST_ID } from '../src/events/logoFiles.ts';
import { site } from '../src/site.ts';

const JSON_LD_MARKER = '<!-- events-json-ld -->';

/** Sponsor name -> logo file, for logos that are not SVG (the app assumes .svg otherwise). */
async function logoManifest(): Promise<Record<string, string>> {
  const files = await readdir('dist/img/sponsors').catch(() => [] as string[]);
  const entries = files
    .filter((file) =>
      (LOGO_EXTENSIONS as readonly string[]).includes(file.slice(file.lastIndexOf('.') + 1)),
    )
    .filter((file) => !file.endsWith('.svg'))
    .map((file) => [file.slice(0, file.lastIndexOf('.')), file]);
  return Object.fromEntries(entries);
}

const siteInfo = {
  url: (process.env.SITE_URL ?? site.defaultUrl).replace(/\/$/, ''),
  title: site.title,
  description: site.description,
  timeZone: site.timeZone,
};
// BUILD_NOW pins "now" for reproducible output in tests.
const now = process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : new Date();
const vtimezone = getVtimezoneComponent(site.timeZone);
if (!vtimezone) throw new Error(`no VTIMEZONE is known for ${site.timeZone} (src/site.ts)`);

const { events } = readEventsFile(await readFile('dist/events.json', 'utf8'), site.timeZone);

await writeFile(
  'dist/events.ics',
  calendarFeed(events, now, {
    name: site.title,
    timeZone: site.timeZone,
    vtimezone,
    onlineLocation: 'Online',
    url: siteInfo.url,
    stamp: now,
  }),
);
await writeFile('dist/feed.xml', newsFeed(events, now, siteInfo));
await writeFile('dist/sitemap.xml', sitemapXml(siteInfo, now));
await writeFile('dist/robots.txt', robotsTxt(siteInfo));

const html = await readFile('dist/index.html', 'utf8');
if (!html.includes(JSON_LD_MARKER))
  throw new Error(`index.html lacks the ${JSON_LD_MARKER} marker`);
const jsonLd =
  `<script type="application/ld+json">${jsonForScriptElement(eventsJsonLd(events, now, siteInfo))}</script>` +
  `<script type="application/json" id="${LOGO_MANIFEST_ID}">${jsonForScriptElement(await logoManifest())}</script>`;
await writeFile(
  'dist/index.html',
  html.replace(JSON_LD_MARKER, jsonLd).replaceAll('__SITE_URL__', siteInfo.url),
);
console.log(`dist: events.ics, feed.xml, sitemap.xml, robots.txt and JSON-LD for ${siteInfo.url}`);
