// Reads events.json: fetch, parse, and validate each event on its own so one bad event hides only itself.
// Events that ended before a given time (the archive, which grows every year) may be left for later,
// so the upcoming list does not wait for them; the upcoming ones are read in slices, so that a large
// file does not hold the page for a second. The app loads this module, and the schema with it, once
// its first view shows (src/app/eventsOffThread.ts).
import { schemaProblemOf } from './schemaMessage.ts';
import type { Archive, EventsFile, UnreadEvent } from './eventsFile.ts';
import { eventSchema, eventsFileSchema } from './schema.ts';
import { toSiteEvent } from './event.ts';
import { instantToLocalTimestamp, LOCAL_TIMESTAMP } from './time.ts';
import {
  EventsLoadError,
  fetchEventsJson,
  parseEventsText,
  type FetchOptions,
} from './fetchEventsJson.ts';

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

type Read = Pick<EventsFile, 'events' | 'skipped'>;

/** Validates one event: a valid one becomes a site event, another is named with its first problem. */
function readOne({ index, raw }: UnreadEvent, timeZone: string, into: Read): void {
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

/**
 * Reads `unread` from `from` on into `into`, asking `timeLeft` before each event but the first, so
 * that a slice ends at its deadline (asking costs far less than reading an event); returns where it
 * stopped (`unread.length` when all is read). Each call reads at least one.
 */
function readWhileTime(
  unread: readonly UnreadEvent[],
  from: number,
  timeLeft: () => number,
  timeZone: string,
  into: Read,
): number {
  let next = from;
  for (; next < unread.length; next += 1) {
    if (next !== from && timeLeft() <= 0) break;
    readOne(unread[next]!, timeZone, into);
  }
  return next;
}

/** Lets the browser run what waits (a tap, a frame) before the next slice of work. */
function yieldToMain(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Parses the text of events.json. Throws EventsLoadError only when the file as a whole is unusable.
 * With `archiveBefore`, the events that ended on an earlier day are left in `archive`, to read
 * later (readArchive): they are past, and the upcoming list need not wait for them.
 */
export function readEventsFile(
  text: string,
  timeZone: string,
  options: { archiveBefore?: Date } = {},
): EventsFile {
  const { upcoming, archive } = splitFile(parseEventsText(text), timeZone, options.archiveBefore);
  const read: Read = { events: [], skipped: [] };
  readWhileTime(upcoming, 0, () => Infinity, timeZone, read);
  return withArchive(read, archive, timeZone);
}

/**
 * readEventsFile a slice of about `sliceMs` at a time, with `pause` between slices: at 10,000 events,
 * reading the upcoming ones takes a second on a phone, which one task would keep from answering a
 * tap. Rejects with the signal's reason when `signal` aborts between slices.
 */
export async function readEventsFileInSlices(
  text: string,
  timeZone: string,
  options: SliceOptions = {},
): Promise<EventsFile> {
  return readEventsDataInSlices(parseEventsText(text), timeZone, options);
}

type SliceOptions = {
  archiveBefore?: Date;
  signal?: AbortSignal;
  sliceMs?: number;
  pause?: () => Promise<void>;
};

/** readEventsFileInSlices, for the file's JSON already parsed. */
async function readEventsDataInSlices(
  json: unknown,
  timeZone: string,
  options: SliceOptions = {},
): Promise<EventsFile> {
  const { sliceMs = 12, pause = yieldToMain, signal } = options;
  const { upcoming, archive } = splitFile(json, timeZone, options.archiveBefore);
  const read: Read = { events: [], skipped: [] };
  for (let next = 0; next < upcoming.length;) {
    const end = performance.now() + sliceMs;
    next = readWhileTime(upcoming, next, () => end - performance.now(), timeZone, read);
    if (next < upcoming.length) {
      await pause();
      signal?.throwIfAborted();
    }
  }
  return withArchive(read, archive, timeZone);
}

/**
 * The file's events, each with its place in the file: those to read now, and the archive, which
 * ended before the local day of `archiveBefore` (all are to read now without it).
 */
function splitFile(
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

const withArchive = (read: Read, unread: UnreadEvent[], timeZone: string): EventsFile =>
  unread.length > 0 ? { ...read, archive: new ArchiveOfFile(read, unread, timeZone) } : read;

/** A file's archive, read where `step` left off; the whole file, once made, is kept. */
class ArchiveOfFile implements Archive {
  readonly unread: readonly UnreadEvent[];
  private readonly upcoming: Read;
  private readonly timeZone: string;
  private readonly read: Read = { events: [], skipped: [] };
  private next = 0;
  private whole: EventsFile | undefined;

  constructor(upcoming: Read, unread: readonly UnreadEvent[], timeZone: string) {
    this.upcoming = upcoming;
    this.unread = unread;
    this.timeZone = timeZone;
  }

  step(timeLeft: () => number): EventsFile | undefined {
    if (!this.whole)
      this.next = readWhileTime(this.unread, this.next, timeLeft, this.timeZone, this.read);
    if (this.next < this.unread.length) return undefined;
    this.whole ??= {
      events: [...this.upcoming.events, ...this.read.events],
      skipped: [...this.upcoming.skipped, ...this.read.skipped].sort((a, b) => a.index - b.index),
    };
    return this.whole;
  }
}

/**
 * Reads events.json's parsed JSON in slices, and marks it for the benchmarks (npm run bench) and the
 * browser's performance panel: from the JSON's arrival to its last slice read, pauses included.
 */
export async function readFetchedEvents(
  json: unknown,
  options: { timeZone: string; signal?: AbortSignal; archiveBefore?: Date },
): Promise<EventsFile> {
  const readStart = performance.now();
  const file = await readEventsDataInSlices(json, options.timeZone, {
    archiveBefore: options.archiveBefore,
    signal: options.signal,
  });
  performance.measure('events.json read', { start: readStart, detail: file.events.length });
  return file;
}

/** Fetches and reads events.json; gives up after `timeoutMs` or when `signal` aborts. */
export async function fetchEvents(
  url: string,
  options: FetchOptions & { timeZone: string; archiveBefore?: Date },
): Promise<EventsFile> {
  return readFetchedEvents(await fetchEventsJson(url, options), options);
}
