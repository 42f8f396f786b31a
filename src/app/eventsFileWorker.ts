// A worker that fetches events.json, parses it and reads it with the schema, off the page's main
// thread: at 10,000 events, receiving, decoding and parsing the file's 4.7 MB held a phone's main
// thread for a second and a half, and reading its upcoming events another second
// (docs/performance.md); the schema's code is not the page's to load either. It hands the events
// over in batches, each a short task for the page to take in: the upcoming ones, then the archive
// when the page asks for it, once it has shown them (eventsOffThread.ts).
import type { EventsRead } from '../events/eventsFile.ts';
import { EventsLoadError, fetchEventsJson } from '../events/fetchEventsJson.ts';
import { readEvents, splitFile, type UnreadEvent } from '../events/load.ts';
import type { FromEventsWorker, ToEventsWorker } from './eventsOffThread.ts';

/** Events a message: taking in about a hundred kilobytes is a few milliseconds on a phone. */
const BATCH = 250;

const post = (message: FromEventsWorker) => self.postMessage(message);

/** Reads `unread` and posts it a batch at a time, the last batch marked (an empty part: one, empty). */
function readAndPost(
  part: 'upcoming' | 'archive',
  unread: readonly UnreadEvent[],
  timeZone: string,
  archived: number,
): void {
  for (let from = 0; ; from += BATCH) {
    const read: EventsRead = readEvents(unread.slice(from, from + BATCH), timeZone);
    const last = from + BATCH >= unread.length;
    post({ kind: 'read', part, read, last, archived });
    if (last) return;
  }
}

/** The archive, left unread until the page asks for it. */
let archive: { unread: readonly UnreadEvent[]; timeZone: string } | undefined;

self.addEventListener('message', (event: MessageEvent<ToEventsWorker>) => {
  const message = event.data;
  if (message.kind === 'archive') {
    if (archive) readAndPost('archive', archive.unread, archive.timeZone, archive.unread.length);
    archive = undefined;
    return;
  }
  const { url, timeoutMs, timeZone, archiveBefore } = message;
  fetchEventsJson(url, { timeoutMs })
    .then((json) => {
      const split = splitFile(json, timeZone, archiveBefore);
      archive = { unread: split.archive, timeZone };
      readAndPost('upcoming', split.upcoming, timeZone, split.archive.length);
    })
    .catch((error: unknown) => {
      const failure =
        error instanceof EventsLoadError
          ? error
          : new EventsLoadError('network', 'the network request failed');
      post({ kind: 'failed', failure: failure.kind, message: failure.message });
    });
});
