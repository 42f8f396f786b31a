// `npm run add-event [-- --title ... --date 2026-12-04 --time 18:30 --link https://...]`: asks for
// each field not given as a flag (with defaults and the known sponsors), checks the event, and inserts
// it into public/events.json at its place by start without reformatting the rest of the file.
// `npm run add-event -- --json FILE` (or `--json -` for standard input) takes the event as the site's
// propose form writes it instead.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { insertEvent } from '../src/datacheck/insertEvent.ts';
import { logoFilesIn, sponsorOfLogo } from '../src/datacheck/logoCheck.ts';
import { fallbackAddress } from '../src/events/address.ts';
import { eventSchema } from '../src/events/schema.ts';
import { schemaMessage } from '../src/events/schemaMessage.ts';
import { withoutByteOrderMark } from '../src/events/text.ts';
import { formatProblem, validateEventsFile } from '../src/datacheck/validate.ts';
import { monthName } from '../src/i18n/format.ts';
import { site } from '../src/site.ts';

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: 'public/events.json' },
    title: { type: 'string' },
    date: { type: 'string' },
    time: { type: 'string' },
    end: { type: 'string' },
    link: { type: 'string' },
    place: { type: 'string' },
    online: { type: 'string' },
    tags: { type: 'string' },
    sponsors: { type: 'string' },
    desc: { type: 'string' },
    'date-line': { type: 'string' },
    json: { type: 'string' },
    yes: { type: 'boolean', default: false },
  },
});

const rl =
  values.yes || values.json !== undefined
    ? undefined
    : createInterface({ input: process.stdin, output: process.stderr, terminal: false });
const lines = rl?.[Symbol.asyncIterator]();

/** The flag's value, or the answer to the question (the default when the answer is empty). */
async function ask(flag: keyof typeof values, question: string, fallback = ''): Promise<string> {
  const given = values[flag];
  if (typeof given === 'string') return given.trim();
  if (!lines) return fallback;
  process.stderr.write(`${question}${fallback ? ` [${fallback}]` : ''}: `);
  const next = await lines.next();
  const answer = next.done ? '' : String(next.value).trim();
  return answer || fallback;
}

function fail(message: string): never {
  console.error(`add-event: ${message}`);
  rl?.close();
  process.exit(1);
}

function stamp(date: string, time: string, what: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    fail(`${what} date "${date}" is not written YYYY-MM-DD, like 2026-12-04`);
  if (!/^\d{1,2}:\d{2}$/.test(time))
    fail(`${what} time "${time}" is not written HH:MM, like 18:30`);
  const [hours, minutes] = time.split(':');
  return `${date.replaceAll('-', '')}T${hours!.padStart(2, '0')}${minutes}00`;
}

function dateLine(date: string, time: string, place: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':');
  const at = `${Number(hours)}h${minutes === '00' ? '' : minutes}`;
  return `${day === 1 ? '1er' : day} ${monthName(month, 'fr')} ${year} à ${at}${place ? ` – ${place}` : ''}`;
}

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const file = values.file!;
let text: string;
try {
  text = await readFile(file, 'utf8');
} catch {
  fail(`${file} cannot be read: check the path (--file)`);
}
const logoFolder = path.join(path.dirname(file), 'img', 'sponsors');
const knownSponsors = (await logoFilesIn(logoFolder)).map(sponsorOfLogo).sort();

/** The event from the flags and the answers to the questions. */
async function eventFromAnswers(): Promise<
  Record<string, unknown> & { ts: string; title: string }
> {
  const title = await ask('title', 'Title');
  if (!title) fail('a title is required (--title)');
  const date = await ask('date', `Date, in ${site.timeZone} (YYYY-MM-DD)`);
  const time = await ask('time', 'Start time (HH:MM)', '18:30');
  const endTime = await ask('end', 'End time (HH:MM, or YYYY-MM-DD HH:MM; empty for none)');
  const link = await ask('link', 'The event’s own website (https://...)');
  const place = await ask('place', 'Place (empty if online)');
  const online = /^(y|yes|o|oui|true)$/i.test(await ask('online', 'Online only? (y/N)', 'n'));
  const tags = list(await ask('tags', 'Tags, comma-separated (java, cloud, ...)'));
  if (knownSponsors.length > 0 && !values.sponsors && lines) {
    process.stderr.write(`Known sponsors: ${knownSponsors.join(', ')}\n`);
  }
  const sponsors = list(await ask('sponsors', 'Sponsors, comma-separated'));
  const desc = await ask('desc', 'Description');
  const ts = stamp(date, time, 'start');
  const line = await ask(
    'date-line',
    'Date line as the listing shows it',
    dateLine(date, time, place),
  );
  rl?.close();

  let end: string | undefined;
  if (endTime) {
    const [endDate, endClock] =
      endTime.includes(' ') || endTime.includes('T') ? endTime.split(/[ T]/) : [date, endTime];
    end = stamp(endDate!, endClock!, 'end');
  }

  const event = {
    title,
    ...(desc ? { desc } : {}),
    date: line,
    ts,
    ...(end ? { end } : {}),
    link,
    ...(place ? { place } : {}),
    ...(online ? { online: true } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    sponsors: sponsors.map((name) => ({ name })),
    // Its address, written down: a later fix of the title or the time keeps shared links working.
    id: fallbackAddress({ ts, title }),
    added: new Date().toISOString().slice(0, 10),
  };
  return event;
}

/** The event of a JSON block (the propose form's), from a file or standard input (`-`). */
async function eventFromJson(
  source: string,
): Promise<Record<string, unknown> & { ts: string; title: string }> {
  const name = source === '-' ? 'standard input' : source;
  let text: string;
  try {
    text = source === '-' ? await readStdin() : await readFile(source, 'utf8');
  } catch {
    fail(`${name} cannot be read: check the path (--json FILE, or --json - for standard input)`);
  }
  let block: unknown;
  try {
    block = JSON.parse(withoutByteOrderMark(text));
  } catch (error) {
    fail(
      `${name} is not valid JSON (${(error as Error).message}): paste the whole block the propose form gives`,
    );
  }
  if (typeof block !== 'object' || block === null || Array.isArray(block)) {
    fail(
      `${name} holds no event: it must be one JSON object, like { "title": ..., "ts": ..., "link": ... }`,
    );
  }
  const given = block as Record<string, unknown>;
  const ts = typeof given.ts === 'string' ? given.ts : '';
  const title = typeof given.title === 'string' ? given.title.trim() : '';
  if (!title) fail(`${name}: title: is required: add it`);
  if (!ts) fail(`${name}: ts: is required: add it`);
  return {
    ...given,
    title,
    ts,
    // Written down as the prompts do: a later fix of the title or the time keeps shared links working.
    id: typeof given.id === 'string' ? given.id : fallbackAddress({ ts, title }),
    added: typeof given.added === 'string' ? given.added : new Date().toISOString().slice(0, 10),
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const event =
  values.json !== undefined ? await eventFromJson(values.json) : await eventFromAnswers();
const { title } = event;

const parsed = eventSchema.safeParse(event);
if (!parsed.success) {
  fail(
    parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${schemaMessage(issue, event)}`)
      .join('\n           '),
  );
}
let inserted: { text: string; index: number };
try {
  inserted = insertEvent(text, event);
} catch (error) {
  fail(`${file}: ${(error as Error).message}`);
}
const problems = validateEventsFile(inserted.text, {
  logoNames: new Set(knownSponsors),
  logoFolder,
  timeZone: site.timeZone,
  now: new Date(),
}).filter((problem) => problem.severity === 'error' && problem.eventIndex === inserted.index);
if (problems.length > 0) {
  fail(
    `the event was not added:\n${problems.map((problem) => formatProblem(problem, file)).join('\n')}`,
  );
}
await writeFile(file, inserted.text);
console.log(
  `Added event #${inserted.index + 1} "${title}" to ${file}. Check it with npm run validate.`,
);
