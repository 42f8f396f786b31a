// Reads events.json: fetch, parse, and validate each event on its own so one bad event hides only itself.
import { eventSchema, eventsFileSchema } from './schema.ts';
import { toSiteEvent, type SiteEvent } from './event.ts';

export type SkippedEvent = { index: number; title: string | undefined; reason: string };

export type EventsFile = { events: SiteEvent[]; skipped: SkippedEvent[] };

/** A failure a visitor is told about; `kind` picks the words. */
export class EventsLoadError extends Error {
  readonly kind: 'network' | 'http' | 'timeout' | 'format';
  constructor(kind: EventsLoadError['kind'], message: string) {
    super(message);
    this.name = 'EventsLoadError';
    this.kind = kind;
  }
}

function titleOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('title' in raw)) return undefined;
  return typeof raw.title === 'string' ? raw.title : undefined;
}

/** Parses the text of events.json. Throws EventsLoadError only when the file as a whole is unusable. */
export function readEventsFile(text: string, timeZone: string): EventsFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new EventsLoadError('format', 'events.json is not valid JSON');
  }
  const file = eventsFileSchema.safeParse(json);
  if (!file.success) {
    throw new EventsLoadError('format', 'events.json has no "events" list');
  }
  const events: SiteEvent[] = [];
  const skipped: SkippedEvent[] = [];
  file.data.events.forEach((raw, index) => {
    const parsed = eventSchema.safeParse(raw);
    if (parsed.success) {
      events.push(toSiteEvent(parsed.data, timeZone));
      return;
    }
    const issue = parsed.error.issues[0];
    const reason = issue ? `${issue.path.join('.') || 'event'}: ${issue.message}` : 'invalid';
    skipped.push({ index, title: titleOf(raw), reason });
  });
  return { events, skipped };
}

/** Fetches and reads events.json; gives up after `timeoutMs` or when `signal` aborts. */
export async function fetchEvents(
  url: string,
  options: { timeZone: string; timeoutMs: number; signal?: AbortSignal },
): Promise<EventsFile> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new EventsLoadError('http', `the server answered ${response.status}`);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof EventsLoadError) throw error;
    if (timeout.aborted) throw new EventsLoadError('timeout', 'the server did not answer in time');
    if (options.signal?.aborted) throw error;
    throw new EventsLoadError('network', 'the network request failed');
  }
  // Marked for the benchmarks (npm run bench) and the browser's performance panel.
  const readStart = performance.now();
  const file = readEventsFile(text, options.timeZone);
  performance.measure('events.json read', { start: readStart, detail: file.events.length });
  return file;
}
