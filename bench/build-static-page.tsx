// The limit to compare with: one static page, as the original site was, with every upcoming event
// rendered into the HTML at build time (so it grows with the data), the app's stylesheet inside it
// and no JavaScript, so that one response paints it; the same markup and logos as the app. Served as
// nginx serves every page of the build: from a file compressed beforehand (gzip_static). Compressed
// on the fly, nginx would send it in several writes, and DevTools' network emulation delivers each
// write as a chunk of its own: the static page would paint its first chunk while the app's page,
// one write, is still on its way (docs/performance.md, fifth round).
// `tsx bench/build-static-page.tsx DIST_FOLDER` writes DIST_FOLDER/static.html and static.html.gz,
// in the site's language or BENCH_LANG's.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { precompress } from '../scripts/precompress.ts';
import { EventCard } from '../src/components/EventCard.tsx';
import { SiteHeader } from '../src/components/SiteHeader.tsx';
import { readEventsFile } from '../src/events/load.ts';
import { groupByMonth, upcomingEvents } from '../src/events/select.ts';
import { formatMonth } from '../src/i18n/format.ts';
import { messages } from '../src/i18n/messages.ts';
import { MessagesContext } from '../src/i18n/MessagesContext.tsx';
import { isLanguage, site } from '../src/site.ts';

const folder = process.argv[2] ?? 'dist';
const now = process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : new Date();
const language = process.env.BENCH_LANG ?? site.defaultLanguage;
if (!isLanguage(language)) throw new Error(`BENCH_LANG is "${language}": set it to fr or en`);
const t = messages[language];
const { events } = readEventsFile(
  await readFile(path.join(folder, 'events.json'), 'utf8'),
  site.timeZone,
);
const upcoming = upcomingEvents(events, now);
const appHtml = await readFile(path.join(folder, 'index.html'), 'utf8');
// The stylesheet inside the page, or (a build before it was inlined) the one it links.
const linked = /<link rel="stylesheet"[^>]*href="\/([^"]+)"/.exec(appHtml)?.[1];
const css =
  /<style>([\s\S]*?)<\/style>/.exec(appHtml)?.[1] ??
  (linked && (await readFile(path.join(folder, linked), 'utf8')));
if (css === undefined) throw new Error(`${folder}/index.html carries no stylesheet`);

const body = renderToStaticMarkup(
  <MessagesContext value={t}>
    <SiteHeader />
    <main>
      {groupByMonth(upcoming, site.timeZone).map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`} className="group">
          <h2 id={`group-${group.key}`}>{formatMonth(group.startsAt, t.language)}</h2>
          {group.events.map((event) => (
            <EventCard key={event.key} event={event} now={now} />
          ))}
        </section>
      ))}
    </main>
  </MessagesContext>,
);

const file = path.join(folder, 'static.html');
await writeFile(
  file,
  `<!doctype html><html lang="${t.language}"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${site.title}</title><style>${css}</style></head><body><div id="root">${body}</div></body></html>\n`,
);
await precompress(file, folder);
console.log(`${folder}/static.html: ${upcoming.length} events rendered`);
