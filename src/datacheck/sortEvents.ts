// `npm run validate -- --fix`: the events sorted by start, each given its address as `id` when it
// has none (so that correcting its title or time later keeps its links), the rest of the file kept.
import { getNodeValue, parseTree, type ParseError } from 'jsonc-parser';
import { fallbackAddress } from '../events/address.ts';
import { blankByteOrderMark } from '../events/text.ts';
import { valueAt } from './problem.ts';

/** The event with its current address written as `id`, when it has none and has a title and a start. */
function withId(event: unknown): unknown {
  const ts = valueAt(event, ['ts']);
  const title = valueAt(event, ['title']);
  if (valueAt(event, ['id']) !== undefined || typeof ts !== 'string' || typeof title !== 'string') {
    return event;
  }
  return { ...(event as object), id: fallbackAddress({ ts, title }) };
}

/**
 * The file with its events sorted by start (stable) and formatted with two-space indents; every
 * other key is kept. Undefined when the file is not valid JSON with an events list.
 */
export function sortedEventsFile(text: string): string | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(blankByteOrderMark(text), errors, {
    allowTrailingComma: false,
    disallowComments: true,
  });
  if (!root || errors.length > 0) return undefined;
  const file: unknown = getNodeValue(root);
  const events = valueAt(file, ['events']);
  if (!Array.isArray(events)) return undefined;
  const startOf = (event: unknown) => {
    const ts = valueAt(event, ['ts']);
    return typeof ts === 'string' ? ts : '';
  };
  const sorted = events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => startOf(a.event).localeCompare(startOf(b.event)) || a.index - b.index)
    .map(({ event }) => withId(event));
  return `${JSON.stringify({ ...(file as object), events: sorted }, null, 2)}\n`;
}
