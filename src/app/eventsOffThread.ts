// events.json fetched, parsed and read by a worker (eventsFileWorker.ts), which hands the events
// over in batches: the upcoming ones, then the archive, once the page has shown them. The page
// takes them in, and has neither the schema's code to load nor the events to check. Where a worker cannot start (no Worker, or its
// script failed to load, as during a rolling update), the main thread reads the file itself, with
// the same code (load.ts), loaded then.
import type { EventsFile, EventsRead } from '../events/eventsFile.ts';
import { EventsLoadError } from '../events/fetchEventsJson.ts';
import { inIdleSlices } from './whenIdle.ts';

export type ToEventsWorker =
  | {
      kind: 'file';
      url: string;
      timeoutMs: number;
      timeZone: string;
      archiveBefore: Date | undefined;
    }
  /** Read the archive now: the page has shown the upcoming events. */
  | { kind: 'archive' };

export type FromEventsWorker =
  /**
   * A batch of events read, of the upcoming ones or of the archive; `last`: the part's last batch.
   * `archived`: how many events the archive holds (0: none, and no archive part follows).
   */
  | {
      kind: 'read';
      part: 'upcoming' | 'archive';
      read: EventsRead;
      last: boolean;
      archived: number;
    }
  | { kind: 'failed'; failure: EventsLoadError['kind']; message: string };

type Options = { timeZone: string; timeoutMs: number; signal?: AbortSignal; archiveBefore?: Date };

const taken = (into: EventsRead, batch: EventsRead) => {
  for (const event of batch.events) into.events.push(event);
  for (const skipped of batch.skipped) into.skipped.push(skipped);
};

/**
 * events.json read by a worker: settles once its upcoming events have come, the archive (a promise)
 * following; undefined when the worker could not run. Marks the taking in for the benchmarks (npm
 * run bench) and the browser's performance panel: from the first batch to the upcoming events' last.
 */
function readInWorker(url: string, options: Options): Promise<EventsFile | undefined> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(options.signal.reason as Error);
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./eventsFileWorker.ts', import.meta.url), {
        type: 'module',
        name: 'events.json',
      });
    } catch {
      resolve(undefined);
      return;
    }
    const upcoming: EventsRead = { events: [], skipped: [] };
    const archived: EventsRead = { events: [], skipped: [] };
    let settleArchive: { resolve: (read: EventsRead) => void; reject: (error: Error) => void };
    const archive = new Promise<EventsRead>((resolve, reject) => {
      settleArchive = { resolve, reject };
    });
    // Its reader is the app, once the upcoming list shows: given up before, it is no error.
    archive.catch(() => {});
    let readStart: number | undefined;
    let hasUpcoming = false;
    let cancelArchive = () => {};
    const stop = () => {
      cancelArchive();
      worker.terminate();
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', abort);
    };
    const fail = (error: Error) => {
      stop();
      if (!hasUpcoming) reject(error);
      settleArchive.reject(error);
    };
    // The worker gives up on events.json after the same time; this covers its own script stalling.
    const timer = setTimeout(
      () => fail(new EventsLoadError('timeout', 'the server did not answer in time')),
      options.timeoutMs,
    );
    const abort = () => fail(options.signal?.reason as Error);
    options.signal?.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', ({ data }: MessageEvent<FromEventsWorker>) => {
      if (data.kind === 'failed') {
        fail(new EventsLoadError(data.failure, data.message));
        return;
      }
      readStart ??= performance.now();
      taken(data.part === 'upcoming' ? upcoming : archived, data.read);
      if (!data.last) return;
      if (data.part === 'archive') {
        stop();
        settleArchive.resolve(archived);
        return;
      }
      hasUpcoming = true;
      // The archive has no time limit: the file has come, and the worker reads it.
      clearTimeout(timer);
      performance.measure('events.json read', { start: readStart, detail: upcoming.events.length });
      if (data.archived === 0) {
        stop();
        resolve(upcoming);
        return;
      }
      resolve({ ...upcoming, archive });
      // Read while the page renders the upcoming events, the archive would slow them down: it is
      // asked for once the page is idle.
      cancelArchive = inIdleSlices(() => {
        worker.postMessage({ kind: 'archive' } satisfies ToEventsWorker);
        return true;
      });
    });
    // The worker's script did not load or run: undefined, and the main thread reads the file.
    worker.addEventListener('error', (error) => {
      error.preventDefault();
      if (hasUpcoming) fail(new EventsLoadError('format', 'the past events could not be read'));
      else {
        stop();
        resolve(undefined);
      }
    });
    worker.postMessage({
      kind: 'file',
      url,
      timeoutMs: options.timeoutMs,
      timeZone: options.timeZone,
      archiveBefore: options.archiveBefore,
    } satisfies ToEventsWorker);
  });
}

/** Fetches and reads events.json, in a worker where one runs; the archive follows the file. */
export async function fetchEventsOffThread(url: string, options: Options): Promise<EventsFile> {
  if (typeof Worker === 'function') {
    const file = await readInWorker(url, options);
    if (file) return file;
  }
  const { fetchEvents } = await import('../events/load.ts');
  return fetchEvents(url, options);
}
