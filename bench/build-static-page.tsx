// The limit to compare with: one static page with the upcoming events rendered into the HTML at build
// time, the app's stylesheet inside it and no JavaScript, so that one response paints it; the same
// markup and logos as the app.
// `tsx bench/build-static-page.tsx DIST_FOLDER` writes DIST_FOLDER/static.html.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { EventList, PAGE_SIZE } from '../src/components/EventList.tsx';
import { SiteHeader } from '../src/components/SiteHeader.tsx';
import { readEventsFile } from '../src/events/load.ts';
import { groupByMonth, upcomingEvents } from '../src/events/select.ts';
import { formatMonth } from '../src/i18n/format.ts';
import { messages } from '../src/i18n/messages.ts';
import { MessagesContext } from '../src/i18n/MessagesContext.tsx';
import { site } from '../src/site.ts';

const folder = process.argv[2] ?? 'dist';
const now = process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : new Date();
const t = messages[site.defaultLanguage];
const { events } = readEventsFile(
  await readFile(path.join(folder, 'events.json'), 'utf8'),
  site.timeZone,
);
const upcoming = upcomingEvents(events, now);
const appHtml = await readFile(path.join(folder, 'index.html'), 'utf8');
const css = /<style>([\s\S]*?)<\/style>/.exec(appHtml)?.[1];
if (css === undefined) throw new Error(`${folder}/index.html carries no stylesheet`);

const body = renderToStaticMarkup(
  <MessagesContext value={t}>
    <SiteHeader />
    <main>
      <EventList
        events={upcoming}
        groupOf={(page) => groupByMonth(page, site.timeZone)}
        headingOf={(group) => formatMonth(group.startsAt, t.locale)}
        now={now}
        query=""
        selection="static"
      />
    </main>
  </MessagesContext>,
);

await writeFile(
  path.join(folder, 'static.html'),
  `<!doctype html><html lang="${t.language}"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${site.title}</title><style>${css}</style></head><body><div id="root">${body}</div></body></html>\n`,
);
console.log(`${folder}/static.html: ${Math.min(upcoming.length, PAGE_SIZE)} events rendered`);
