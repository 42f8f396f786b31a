// A problem the data check finds: where it is (line, column, event, field) and how people read it,
// and the helpers that place a problem on the field it is about.
import { findNodeAtLocation, type Node } from 'jsonc-parser';

export { valueAt } from '../events/schemaMessage.ts';

export type Severity = 'error' | 'warning';

export type Problem = {
  severity: Severity;
  line: number;
  column: number;
  /** Zero-based index of the event, when the problem is in one. */
  eventIndex?: number;
  eventTitle?: string;
  /** Path of the field inside the event, like `sponsors[0].name`. */
  field?: string;
  message: string;
};

export type CheckContext = {
  /** Names of the logo files present, without extension (`Inria` for Inria.svg). */
  logoNames: ReadonlySet<string>;
  /** The logo folder as people should read it in messages. */
  logoFolder: string;
  /** The site's zone, where every `ts` is local time. */
  timeZone: string;
  /** For the warnings about old events. */
  now: Date;
};

/** Turns offsets into 1-based line and column numbers. */
export function positionFinder(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}

export type EventContext = {
  index: number;
  title: string | undefined;
  node: Node;
  raw: unknown;
  at: ReturnType<typeof positionFinder>;
};

export function problemAt(
  event: EventContext,
  path: (string | number)[],
  message: string,
  severity: Severity = 'error',
): Problem {
  // Point at the field's value when it exists, else at the nearest parent that does.
  let node: Node | undefined;
  for (let depth = path.length; depth >= 0 && !node; depth -= 1) {
    node = depth === 0 ? event.node : findNodeAtLocation(event.node, path.slice(0, depth));
  }
  const field = path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part,
    '',
  );
  return {
    severity,
    ...event.at((node ?? event.node).offset),
    eventIndex: event.index,
    eventTitle: event.title,
    field: field || undefined,
    message,
  };
}

/** `events.json:42:7 event #12 "Lab Kubernetes": sponsors[0].name: "ibmm" has no logo ...` */
export function formatProblem(problem: Problem, fileName: string): string {
  const place = `${fileName}:${problem.line}:${problem.column}`;
  const event =
    problem.eventIndex === undefined
      ? ''
      : ` event #${problem.eventIndex + 1}${problem.eventTitle ? ` "${problem.eventTitle}"` : ''}`;
  const field = problem.field ? ` ${problem.field}:` : '';
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `${place}${event}:${field} ${label}${problem.message}`;
}
