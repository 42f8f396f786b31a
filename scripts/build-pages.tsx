// `postbuild`: from the validated events, writes the feeds (events.ics, feed.xml, sitemap.xml,
// robots.txt) and the pages (JSON-LD, the logo list, the prerendered view) into dist/: each page
// in the site's language, and in each other language under dist/<language>/ (pageFileOf).
// Each step is a pure function of src/build/, tested there; this file reads and writes.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  calendarFeed,
  eventCalendarFile,
  siteCalendarOptions,
  siteInfoAt,
  topicCalendarFeeds,
  newsFeed,
  robotsTxt,
  sitemapXml,
} from '../src/build/feeds.ts';
import {
  listFirstView,
  listPageHtml,
  pageFileOf,
  pagePartPreloads,
  withEntryScriptInBody,
} from '../src/build/indexPage.tsx';
import {
  logoSprite,
  MAX_FIRST_VIEW_LOGO_BYTES,
  sponsorsInOrder,
  type LogoSource,
} from '../src/build/logoSprite.ts';
import { LOGO_BOX } from '../src/components/SponsorLogos.tsx';
import type { SiteEvent } from '../src/events/event.ts';
import { isPathLikeName, logoFileUrl } from '../src/events/logoFiles.ts';
import { loadEveryPart } from '../src/app/routeParts.ts';
import {
  eventPageHtml,
  noSuchEventPageHtml,
  noSuchPageHtml,
  proposePageHtml,
} from '../src/build/eventPages.tsx';
import { inlineStylesOf, withInlineStylesheet, withStyleHashes } from '../src/build/inlineStyle.ts';
import { logoFilesIn, sponsorOfLogo } from '../src/datacheck/logoCheck.ts';
import { eventAddress } from '../src/events/address.ts';
import { readEventsFile } from '../src/events/load.ts';
import { vtimezoneOf, zoneFilePath } from '../src/events/vtimezone.ts';
import { LANGUAGES, publicUrl, site, type Language } from '../src/site.ts';

/** The build's folder: dist/, or DIST for a second release built beside it (the rollout tests). */
const dist = process.env.DIST ?? 'dist';

function siteUrlOrExit(): string {
  try {
    return publicUrl(process.env.SITE_URL);
  } catch (error) {
    console.error(`build: ${(error as Error).message}`);
    process.exit(1);
  }
}

/** Sponsor name -> logo address, for logos that are not SVG (the app assumes .svg otherwise). */
async function logosNotSvg(): Promise<Record<string, string>> {
  const files = await logoFilesIn(`${dist}/img/sponsors`);
  const notSvg = files.filter((file) => !file.endsWith('.svg'));
  return Object.fromEntries(notSvg.map((file) => [sponsorOfLogo(file), logoFileUrl(file)]));
}

/**
 * Writes the file of the first view's SVG logos into assets/ (hashed, like the app's files, so it
 * is kept for a year and carried into the next release); returns each logo's address in it.
 */
async function firstViewLogoFile(shown: SiteEvent[]): Promise<Record<string, string>> {
  const folder = `${dist}/img/sponsors`;
  const names = sponsorsInOrder(shown).filter((name) => !isPathLikeName(name));
  const logos: LogoSource[] = [];
  for (const name of names) {
    const text = await readFile(`${folder}/${name}.svg`, 'utf8').catch(() => undefined);
    if (text !== undefined) logos.push({ name, text });
  }
  const sprite = logoSprite(logos, LOGO_BOX, MAX_FIRST_VIEW_LOGO_BYTES);
  for (const { name, reason } of sprite.leftOut) {
    console.log(
      `${folder}/${name}.svg: shown from its own file, not the first view's file of logos: ${reason}`,
    );
  }
  if (Object.keys(sprite.views).length === 0) return {};
  await writeFile(`${dist}/assets/${sprite.fileName}`, sprite.svg);
  return Object.fromEntries(
    Object.entries(sprite.views).map(([name, view]) => [
      name,
      `/assets/${sprite.fileName}#${view}`,
    ]),
  );
}

const siteInfo = siteInfoAt(siteUrlOrExit());
// BUILD_NOW pins "now" for reproducible output in tests.
const now = process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : new Date();
// The code of every page, which the browser loads only when it shows one.
await loadEveryPart();
const eventsText = await readFile(`${dist}/events.json`, 'utf8');
const { events } = readEventsFile(eventsText, site.timeZone);

// Step 1, the feeds.
const vtimezone = vtimezoneOf(await readFile(zoneFilePath(site.timeZone), 'utf8'), site.timeZone);
const calendarOptions = siteCalendarOptions(siteInfo.url, vtimezone, now);
await writeFile(`${dist}/events.ics`, calendarFeed(events, now, calendarOptions));
const topicCalendars = topicCalendarFeeds(events, now, calendarOptions);
for (const calendar of topicCalendars) {
  await mkdir(path.dirname(`${dist}${calendar.path}`), { recursive: true });
  await writeFile(`${dist}${calendar.path}`, calendar.text);
}
await writeFile(`${dist}/feed.xml`, newsFeed(events, now, siteInfo));
await writeFile(`${dist}/sitemap.xml`, sitemapXml(siteInfo, now, events));
await writeFile(`${dist}/robots.txt`, robotsTxt(siteInfo));

// Step 2, the logos that are not SVG, which the pages list for the app; and the SVG logos of the
// list's first view, in one file, which the list's page lists too (src/build/logoSprite.ts).
const logoAddresses = await logosNotSvg();
const firstViewLogos = await firstViewLogoFile(listFirstView(events, now).shown);

// Step 3, the shell: the built index.html, which every page is made from. No page preloads the
// app's chunk, which the entry imports after the first paint.
const manifest = JSON.parse(await readFile(`${dist}/.vite/manifest.json`, 'utf8')) as Parameters<
  typeof pagePartPreloads
>[0];
await rm(`${dist}/.vite`, { recursive: true, force: true });
// The stylesheet goes inside the page, and nginx.conf's policy allows it by its hash; the entry's
// script goes after the content.
const template = withEntryScriptInBody(
  withInlineStylesheet(await readFile(`${dist}/index.html`, 'utf8'), (file) =>
    readFileSync(path.join(dist, file), 'utf8'),
  ),
);
const nginxConf = await readFile('nginx.conf', 'utf8');
const withHashes = withStyleHashes(nginxConf, inlineStylesOf(template));
if (withHashes !== nginxConf) {
  await writeFile('nginx.conf', withHashes);
  console.log('nginx.conf: style-src updated to the hash of the stylesheet inside the pages');
}

// Step 4, the pages, in each language: the list, every event's own page, the pages of an address
// that names no event and of one that names nothing, and the propose form.
/** Writes `html`, the page `file` (its path in the site's language) in `language`. */
async function writePage(language: Language, file: string, html: string): Promise<void> {
  const target = path.join(dist, pageFileOf(language, file));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, html);
}

const eventPagePreloads = pagePartPreloads(manifest, ['src/app/EventRoute.tsx']);
const proposePreloads = pagePartPreloads(manifest, ['src/components/ProposeForm.tsx']);
await mkdir(`${dist}/e`, { recursive: true });
for (const event of events) {
  await writeFile(
    `${dist}/e/${eventAddress(event)}.ics`,
    eventCalendarFile(event, calendarOptions),
  );
}
for (const language of LANGUAGES) {
  // The list's first view: the events upcoming at build time, rendered as the app renders them.
  // The page carries the first page of them and the list's counts, not every event.
  await writePage(
    language,
    'index.html',
    listPageHtml(template, {
      preloads: pagePartPreloads(manifest, []),
      events,
      now,
      site: siteInfo,
      logoAddresses: { ...logoAddresses, ...firstViewLogos },
      language,
    }),
  );

  // Every event's own page, upcoming and past: a page once published stays. Each page preloads
  // its own code too (src/app/routeParts.ts).
  const pageInputs = {
    template,
    preloads: eventPagePreloads,
    now,
    site: siteInfo,
    logoAddresses,
    language,
  };
  for (const event of events) {
    await writePage(language, `e/${eventAddress(event)}.html`, eventPageHtml(event, pageInputs));
  }
  await writePage(language, '404.html', noSuchEventPageHtml(pageInputs));
  await writePage(language, 'not-found.html', noSuchPageHtml({ ...pageInputs, preloads: '' }));
  await writePage(
    language,
    'propose.html',
    proposePageHtml({ ...pageInputs, preloads: proposePreloads }),
  );
}
console.log(
  `${dist}: events.ics, ${topicCalendars.length} calendars by organiser and tag, feed.xml, sitemap.xml, robots.txt, JSON-LD, and in ${LANGUAGES.join(' and ')}: the prerendered list, ${events.length} event pages, 404.html, not-found.html and propose.html for ${siteInfo.url}`,
);
