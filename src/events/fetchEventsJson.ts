// events.json fetched and its JSON parsed, unread: what a worker can do for the page
// (app/eventsFileWorker.ts) without the schema's code. load.ts reads and checks what it gives.
import { withoutByteOrderMark } from './text.ts';

/** A failure a visitor is told about; `kind` picks the words. */
export class EventsLoadError extends Error {
  readonly kind: 'network' | 'http' | 'timeout' | 'format';
  constructor(kind: EventsLoadError['kind'], message: string) {
    super(message);
    this.name = 'EventsLoadError';
    this.kind = kind;
  }
}

/** The JSON of events.json's text; a text that is no JSON is a format failure. */
export function parseEventsText(text: string): unknown {
  try {
    return JSON.parse(withoutByteOrderMark(text));
  } catch {
    throw new EventsLoadError('format', 'events.json is not valid JSON');
  }
}

/** How long to wait for events.json; `signal` stops the wait. */
export type FetchOptions = { timeoutMs: number; signal?: AbortSignal };

/**
 * Fetches events.json and parses its JSON, unread: the part a worker can do (eventsFileWorker.ts).
 * Throws EventsLoadError when there is no usable file, or the signal's reason when it aborts.
 */
export async function fetchEventsJson(url: string, options: FetchOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let text: string;
  try {
    const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
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
  return parseEventsText(text);
}
