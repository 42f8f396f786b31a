// Reads events.json: parse, and validate each event on its own so one bad event hides only itself.
// Events that ended before a given time (the archive, which grows every year) are read after the
// others, so the upcoming list does not wait for them. The page has this done by a worker
// (src/app/eventsFileWorker.ts), which loads the schema with this module; where no worker runs, the
// page reads the file here in slices, so that a large file does not hold it for a second.
import { schemaProblemOf } from './schemaMessage.ts';
import type { EventsFile, EventsRead } from './eventsFile.ts';
import { eventSchema, eventsFileSchema } from './schema.ts';
import { toSiteEvent } from './event.ts';
import { instantToLocalTimestamp, LOCAL_TIMESTAMP } from './time.ts';
import {
  EventsLoadError,
  fetchEventsJson,
  parseEventsText,
  type FetchOptions,
} from './fetchEventsJson.ts';

/** An event of the file not read yet: where it is in the file, and its data as parsed from JSON. */
export type UnreadEvent = { index: number; raw: unknown };

function titleOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('title' in raw)) return undefined;
  return typeof raw.title === 'string' ? raw.title : undefined;
}

/**
 * True when the raw event's own dates say it ended before the local day `day` (YYYYMMDD), so before
 * now: its `end`, or else its start, falls on an earlier day. A cheap look at the text of the stamps,
 * no time zone math; an event it cannot tell about is read at once, and the schema judges it.
 */
function endedBefore(raw: unknown, day: string): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const { ts, end } = raw as Record<string, unknown>;
  const last = end === undefined || end === null ? ts : end;
  return typeof last === 'string' && LOCAL_TIMESTAMP.test(last) && last.slice(0, 8) < day;
}

/** Validates one event: a valid one becomes a site event, another is named with its first problem. */
function readOne({ index, raw }: UnreadEvent, timeZone: string, into: EventsRead): void {
  const parsed = eventSchema.safeParse(raw);
  if (parsed.success) {
    into.events.push(toSiteEvent(parsed.data, timeZone));
    return;
  }
  const issue = parsed.error.issues[0];
  into.skipped.push({
    index,
    title: titleOf(raw),
    field: issue?.path.join('.') || undefined,
    problem: issue ? schemaProblemOf(issue, raw) : 'invalid',
  });
}

/** Reads `unread` at once. */
export function readEvents(unread: readonly UnreadEvent[], timeZone: string): EventsRead {
  const read: EventsRead = { events: [], skipped: [] };
  for (const event of unread) readOne(event, timeZone, read);
  return read;
}

/** Lets the browser run what waits (a tap, a frame) before the next slice of work. */
function yieldToMain(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type SliceOptions = {
  archiveBefore?: Date;
  signal?: AbortSignal;
  sliceMs?: number;
  pause?: () => Promise<void>;
};

/**
 * Reads `unread` a slice of about `sliceMs` at a time, with `pause` between slices, asking the time
 * before each event but the first of a slice (asking costs far less than reading an event): at
 * 10,000 events, reading takes a second on a phone, which one task would keep from answering a tap.
 * Rejects with the signal's reason when `signal` aborts between slices.
 */
async function readInSlices(
  unread: readonly UnreadEvent[],
  timeZone: string,
  { sliceMs = 12, pause = yieldToMain, signal }: SliceOptions,
): Promise<EventsRead> {
  const read: EventsRead = { events: [], skipped: [] };
  for (let next = 0; next < unread.length;) {
    const end = performance.now() + sliceMs;
    readOne(unread[next]!, timeZone, read);
    for (next += 1; next < unread.length && performance.now() < end; next += 1) {
      readOne(unread[next]!, timeZone, read);
    }
    if (next < unread.length) {
      await pause();
      signal?.throwIfAborted();
    }
  }
  return read;
}

/**
 * Parses and reads the text of events.json at once (the build, the data check). Throws
 * EventsLoadError only when the file as a whole is unusable.
 */
export function readEventsFile(text: string, timeZone: string): EventsFile {
  return readEvents(splitFile(parseEventsText(text), timeZone, undefined).upcoming, timeZone);
}

/**
 * Reads the text of events.json in slices (readInSlices). With `archiveBefore`, the events that
 * ended on an earlier day are read after the others, in the file's `archive`: they are past, and the
 * upcoming list need not wait for them.
 */
export async function readEventsFileInSlices(
  text: string,
  timeZone: string,
  options: SliceOptions = {},
): Promise<EventsFile> {
  return readEventsDataInSlices(parseEventsText(text), timeZone, options);
}

/** readEventsFileInSlices, for the file's JSON already parsed. */
async function readEventsDataInSlices(
  json: unknown,
  timeZone: string,
  options: SliceOptions,
): Promise<EventsFile> {
  const { upcoming, archive } = splitFile(json, timeZone, options.archiveBefore);
  const read = await readInSlices(upcoming, timeZone, options);
  if (archive.length === 0) return read;
  const archived = (async () => {
    // After a pause: the upcoming list shows first.
    await (options.pause ?? yieldToMain)();
    options.signal?.throwIfAborted();
    return readInSlices(archive, timeZone, options);
  })();
  // Its reader is the app, once the upcoming list shows: given up before, it is no error.
  archived.catch(() => {});
  return { ...read, archive: archived };
}

/**
 * The file's events, each with its place in the file: those to read now, and the archive, which
 * ended before the local day of `archiveBefore` (all are to read now without it). Throws
 * EventsLoadError when the file has no list of events.
 */
export function splitFile(
  json: unknown,
  timeZone: string,
  archiveBefore: Date | undefined,
): { upcoming: UnreadEvent[]; archive: UnreadEvent[] } {
  const file = eventsFileSchema.safeParse(json);
  if (!file.success) {
    throw new EventsLoadError('format', 'events.json has no "events" list');
  }
  const upcoming: UnreadEvent[] = [];
  const archive: UnreadEvent[] = [];
  // The local day of `archiveBefore`: events that ended on an earlier day ended before it.
  const day = archiveBefore
    ? instantToLocalTimestamp(archiveBefore, timeZone).slice(0, 8)
    : undefined;
  file.data.events.forEach((raw, index) => {
    (day !== undefined && endedBefore(raw, day) ? archive : upcoming).push({ index, raw });
  });
  return { upcoming, archive };
}

/**
 * Fetches and reads events.json on the page's main thread, where no worker can (eventsOffThread.ts);
 * gives up after `timeoutMs` or when `signal` aborts. Marks the reading for the benchmarks (npm run
 * bench) and the browser's performance panel: from the JSON's arrival to its upcoming events read.
 */
export async function fetchEvents(
  url: string,
  options: FetchOptions & { timeZone: string; archiveBefore?: Date },
): Promise<EventsFile> {
  const json = await fetchEventsJson(url, options);
  const readStart = performance.now();
  const file = await readEventsDataInSlices(json, options.timeZone, options);
  performance.measure('events.json read', { start: readStart, detail: file.events.length });
  return file;
}
