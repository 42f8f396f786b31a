// events.json fetched and parsed by a worker (eventsFileWorker.ts), then read and checked here in
// slices, as fetchEvents does on the main thread. Where a worker cannot start (no Worker, or its
// script failed to load, as during a rolling update), the main thread fetches the file itself.
// The reading (load.ts, with the schema) is code of its own, which loads while the worker fetches:
// the first view shows the build's events without it.
import type { EventsFile } from '../events/eventsFile.ts';
import { EventsLoadError } from '../events/fetchEventsJson.ts';

export type ToEventsWorker = { url: string; timeoutMs: number };

export type FromEventsWorker =
  /** The file's JSON, its events left out when `batches` of them follow. */
  | { kind: 'file'; json: unknown; batches: number }
  | { kind: 'events'; events: unknown[] }
  | { kind: 'failed'; failure: EventsLoadError['kind']; message: string };

type Options = { timeZone: string; timeoutMs: number; signal?: AbortSignal; archiveBefore?: Date };

/** events.json's parsed JSON, from a worker; undefined when the worker could not run. */
function fetchJsonInWorker(url: string, options: Options): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(options.signal.reason as Error);
      return;
    }
    const worker = new Worker(new URL('./eventsFileWorker.ts', import.meta.url), {
      type: 'module',
      name: 'events.json',
    });
    let file: { json: unknown; batches: number } | undefined;
    const events: unknown[] = [];
    let batches = 0;
    const settle = (done: () => void) => {
      worker.terminate();
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', abort);
      done();
    };
    // The worker gives up on events.json after the same time; this covers its own script stalling.
    const timer = setTimeout(
      () =>
        settle(() => reject(new EventsLoadError('timeout', 'the server did not answer in time'))),
      options.timeoutMs,
    );
    const abort = () => settle(() => reject(options.signal?.reason as Error));
    options.signal?.addEventListener('abort', abort, { once: true });
    const finishIfWhole = () => {
      if (!file || batches < file.batches) return;
      const { json } = file;
      if (file.batches > 0) (json as { events: unknown[] }).events = events;
      settle(() => resolve(json));
    };
    worker.addEventListener('message', ({ data }: MessageEvent<FromEventsWorker>) => {
      if (data.kind === 'failed') {
        settle(() => reject(new EventsLoadError(data.failure, data.message)));
        return;
      }
      if (data.kind === 'file') file = data;
      else {
        for (const event of data.events) events.push(event);
        batches += 1;
      }
      finishIfWhole();
    });
    // The worker's script did not load or run: undefined, and the main thread fetches the file.
    worker.addEventListener('error', (error) => {
      error.preventDefault();
      settle(() => resolve(undefined));
    });
    worker.postMessage({ url, timeoutMs: options.timeoutMs } satisfies ToEventsWorker);
  });
}

/** Fetches and reads events.json as fetchEvents does, the fetching and parsing in a worker. */
export async function fetchEventsOffThread(url: string, options: Options): Promise<EventsFile> {
  const reading = import('../events/load.ts');
  if (typeof Worker !== 'function') return (await reading).fetchEvents(url, options);
  const [json, { fetchEvents, readFetchedEvents }] = await Promise.all([
    fetchJsonInWorker(url, options),
    reading,
  ]);
  if (json === undefined) return fetchEvents(url, options);
  return readFetchedEvents(json, options);
}
