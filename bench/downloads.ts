// `npm run bench:downloads`: what a visitor of the list downloads, in compressed bytes as nginx sends
// them (the build's .gz files), before the first event shows and in total, for the sample data and
// for 1,000 and 10,000 generated events. Before the first event: the page alone (its stylesheet is
// inside it). In total: the page, the app's code (the first view's, and what loads once it shows),
// events.json and the logos of the first view.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { firstViewScripts } from '../e2e/firstViewScripts.ts';
import { buildWithGeneratedEvents } from './generatedBuild.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').filter(Boolean).map(Number);
const DIST = path.join(tmpdir(), 'bench-downloads-dist');

/** The bytes nginx sends for a file of the site: its .gz when the build wrote one. */
function sent(dist: string, file: string): number {
  const full = path.join(dist, file);
  return existsSync(`${full}.gz`) ? statSync(`${full}.gz`).size : statSync(full).size;
}

/**
 * The code every visit of the list loads once its first view shows, by its chunks' names: the
 * worker that fetches events.json and reads it, with the schema inside it (the page's own reader,
 * load-*.js, and the schema's chunk load only where no worker runs).
 */
const AFTER_FIRST_VIEW = ['eventsFileWorker'];

function codeAfterFirstView(dist: string): string[] {
  const assets = readdirSync(path.join(dist, 'assets'));
  return AFTER_FIRST_VIEW.map((name) => {
    const file = assets.find((asset) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(asset));
    if (!file) {
      throw new Error(
        `${dist}/assets has no ${name}-*.js: if the chunk was renamed, rename it in AFTER_FIRST_VIEW (bench/downloads.ts)`,
      );
    }
    return `assets/${file}`;
  });
}

function downloads(dist: string) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = (pattern: RegExp) => [
    ...new Set([...html.matchAll(pattern)].map((m) => decodeURIComponent(m[1]!))),
  ];
  const { entries, imported } = firstViewScripts(dist, html);
  const code = [...entries, ...imported];
  // A logo's own file, or the first view's file of logos (once, whatever view of it).
  const logos = files(/<img[^>]+src="\/((?:img|assets)\/[^"#]+)[^"]*"/g);
  const page = sent(dist, 'index.html');
  const sum = (list: string[]) => list.reduce((total, file) => total + sent(dist, file), 0);
  const events = JSON.parse(readFileSync(path.join(dist, 'events.json'), 'utf8')) as {
    events: unknown[];
  };
  return {
    events: events.events.length,
    page,
    code: sum(code),
    codeAfter: sum(codeAfterFirstView(dist)),
    data: sent(dist, 'events.json'),
    logos: sum(logos),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [downloads('dist')];
try {
  for (const size of SIZES) {
    buildWithGeneratedEvents(size, DIST);
    rows.push(downloads(DIST));
  }
} finally {
  rmSync(DIST, { recursive: true, force: true });
}
console.log('events   before first event   code   code after   events.json   logos     in total');
for (const row of rows) {
  console.log(
    [
      String(row.events).padStart(6),
      kB(row.page).padStart(20),
      kB(row.code).padStart(9),
      kB(row.codeAfter).padStart(12),
      kB(row.data).padStart(13),
      kB(row.logos).padStart(9),
      kB(row.page + row.code + row.codeAfter + row.data + row.logos).padStart(12),
    ].join(' '),
  );
}
