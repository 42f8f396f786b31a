// What the app holds of events.json once read: its events, those it skipped and why, and its
// archive still to read. Nothing here reads a file: load.ts does, with the schema, which the
// first view does without (it takes over with the build's events, src/app/takeover.ts).
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

/** An event of the file not read yet: where it is in the file, and its data as parsed from JSON. */
export type UnreadEvent = { index: number; raw: unknown };

/**
 * The events of a file that ended before the day it was read for, read after the others: in idle
 * slices, or all at once when a visitor asks for them first. The two share their progress.
 */
export interface Archive {
  readonly unread: readonly UnreadEvent[];
  /** Reads while `timeLeft()` says there is time; gives the whole file once all is read. */
  step(timeLeft: () => number): EventsFile | undefined;
}

export type EventsFile = {
  events: SiteEvent[];
  /** In the order of the file. */
  skipped: SkippedEvent[];
  archive?: Archive;
  /**
   * Set when `events` are only the first page of the upcoming list (the build's, in the page): the
   * list's totals and counts; any other view waits for events.json.
   */
  firstView?: FirstView;
};

/** The whole file, its archive read now if it was not yet. */
export function readArchive(file: EventsFile): EventsFile {
  return file.archive?.step(() => Infinity) ?? file;
}
