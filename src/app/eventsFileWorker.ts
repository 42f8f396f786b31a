// A worker that fetches events.json and parses it, off the page's main thread: at 10,000 events,
// receiving, decoding and parsing the file's 4.7 MB held a phone's main thread for a second and a
// half (docs/performance.md). It hands the JSON over in batches of events, each a short task for
// the page to take in; the page reads and checks them (eventsOffThread.ts).
import { EventsLoadError, fetchEventsJson } from '../events/fetchEventsJson.ts';
import type { FromEventsWorker, ToEventsWorker } from './eventsOffThread.ts';

/** Events a message: taking in about a hundred kilobytes is a few milliseconds on a phone. */
const BATCH = 250;

const post = (message: FromEventsWorker) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ToEventsWorker>) => {
  const { url, timeoutMs } = event.data;
  fetchEventsJson(url, { timeoutMs }).then(
    (json) => {
      const events = (json as { events?: unknown } | null)?.events;
      if (!Array.isArray(events)) {
        post({ kind: 'file', json, batches: 0 });
        return;
      }
      const batches = Math.ceil(events.length / BATCH);
      post({ kind: 'file', json: { ...(json as object), events: [] }, batches });
      for (let from = 0; from < events.length; from += BATCH) {
        post({ kind: 'events', events: events.slice(from, from + BATCH) });
      }
    },
    (error: unknown) => {
      const failure =
        error instanceof EventsLoadError
          ? error
          : new EventsLoadError('network', 'the network request failed');
      post({ kind: 'failed', failure: failure.kind, message: failure.message });
    },
  );
});
