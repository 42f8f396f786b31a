// What the app holds of events.json once read: its events, those it skipped and why, and its
// archive still being read. Nothing here reads a file: load.ts does, with the schema, in a worker
// (src/app/eventsFileWorker.ts) or on the main thread; the first view does without it (it takes
// over with the build's events, src/app/takeover.ts).
import type { SiteEvent } from './event.ts';
import type { FirstView } from './firstView.ts';
import type { SchemaProblem } from './schemaMessage.ts';

export type SkippedEvent = {
  index: number;
  title: string | undefined;
  /** The field of its first mistake, like `ts` or `sponsors.0.name`; `undefined`: the event itself. */
  field: string | undefined;
  problem: SchemaProblem;
};

/** Events read from a file, or from a part of it: the valid ones, and those skipped, in file order. */
export type EventsRead = { events: SiteEvent[]; skipped: SkippedEvent[] };

export type EventsFile = EventsRead & {
  /**
   * Set while the events that ended before the visit (the archive, which grows every year) are
   * still being read, after the others: settles with them (withArchive makes the whole file).
   * Rejects with the signal's reason when the attempt is given up, or with an EventsLoadError.
   */
  archive?: Promise<EventsRead>;
  /**
   * Set when `events` are only the first page of the upcoming list (the build's, in the page): the
   * list's totals and counts; any other view waits for events.json.
   */
  firstView?: FirstView;
};

/** The whole file: `file`'s events with those of its archive, read. */
export function withArchive(file: EventsFile, archived: EventsRead): EventsFile {
  return {
    events: [...file.events, ...archived.events],
    skipped: [...file.skipped, ...archived.skipped].sort((a, b) => a.index - b.index),
  };
}
