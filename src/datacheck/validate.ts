// The data check: every problem in events.json at once, each with its line, column, event, field and fix.
import { closest, distance } from 'fastest-levenshtein';
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { z } from 'zod';
import { isPathLikeName } from '../events/logoFiles.ts';
import { eventSchema, knownEventFields } from '../events/schema.ts';
import { isInTimeZoneGap, isRealLocalTimestamp, localTimestampToInstant } from '../events/time.ts';
import { blankByteOrderMark, foldAccents } from '../events/text.ts';

type Severity = 'error' | 'warning';

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

const OLD_EVENT_DAYS = 2 * 365;

/** Turns offsets into 1-based line and column numbers. */
function positionFinder(text: string): (offset: number) => { line: number; column: number } {
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

const syntaxHints: Partial<Record<string, string>> = {
  CommaExpected: 'a comma is missing between two items',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  ColonExpected: 'a colon is missing after the field name',
  PropertyNameExpected:
    'expected a field name in double quotes (is there a comma after the last field?)',
  ValueExpected: 'expected a value (is there a comma after the last item?)',
  InvalidSymbol: 'unexpected character: strings need double quotes',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed: add the closing double quote',
  EndOfFileExpected: 'unexpected text after the end of the data',
  InvalidEscapeCharacter: 'invalid escape in a string: write \\\\ for a backslash',
  InvalidCharacter: 'invalid character in a string: write a line break as \\n',
};

function syntaxProblems(errors: ParseError[], at: ReturnType<typeof positionFinder>): Problem[] {
  // One mistake often yields several errors at the same place: report the first.
  const firstAtEachOffset = errors.filter(
    (error, i) => errors.findIndex((other) => other.offset === error.offset) === i,
  );
  return firstAtEachOffset.map((error) => {
    const code = printParseErrorCode(error.error);
    return {
      severity: 'error',
      ...at(error.offset),
      message: `JSON syntax error: ${syntaxHints[code] ?? code}`,
    };
  });
}

/** The key nodes of fields written twice in one object, anywhere in the tree. */
function duplicateKeys(root: Node): Node[] {
  const duplicates: Node[] = [];
  const visit = (node: Node) => {
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key || typeof key.value !== 'string') continue;
        if (seen.has(key.value)) duplicates.push(key);
        seen.add(key.value);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return duplicates;
}

function duplicateKeyMessage(key: Node): string {
  return `the field "${String(key.value)}" is written twice in the same object; JSON keeps only the last one: remove one`;
}

type EventContext = {
  index: number;
  title: string | undefined;
  node: Node;
  raw: unknown;
  at: ReturnType<typeof positionFinder>;
};

function problemAt(
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

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  let value = raw;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function schemaMessage(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.code === 'invalid_type') {
    const value = valueAt(raw, issue.path);
    if (value === undefined) return `is required: add it`;
    const withArticle = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
    const got = Array.isArray(value)
      ? 'a list'
      : value === null
        ? 'null'
        : withArticle(typeof value);
    const expected = issue.expected === 'array' ? 'a list [...]' : withArticle(issue.expected);
    return `must be ${expected}, not ${got}`;
  }
  return issue.message;
}

function schemaProblems(event: EventContext): Problem[] {
  const result = eventSchema.safeParse(event.raw);
  if (result.success) return [];
  return result.error.issues.map((issue) =>
    problemAt(event, issue.path as (string | number)[], schemaMessage(issue, event.raw)),
  );
}

/** Suggests the nearest candidate when it is a plausible typo (a third of the letters at most, 2 at least). */
function didYouMean(value: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  const best = closest(value, [...candidates]);
  const maxDistance = Math.max(2, Math.floor(value.length / 3));
  return distance(value.toLowerCase(), best.toLowerCase()) <= maxDistance
    ? ` (did you mean "${best}"?)`
    : '';
}

function unknownFieldProblems(event: EventContext): Problem[] {
  if (typeof event.raw !== 'object' || event.raw === null || Array.isArray(event.raw)) return [];
  return Object.keys(event.raw)
    .filter((key) => !(knownEventFields as string[]).includes(key))
    .map((key) => {
      const keyNode = findNodeAtLocation(event.node, [key])?.parent?.children?.[0];
      return {
        ...problemAt(event, [key], ''),
        ...(keyNode ? event.at(keyNode.offset) : {}),
        message: `unknown field "${key}"${didYouMean(key, knownEventFields)}: the known fields are ${knownEventFields.join(', ')}`,
      };
    });
}

function logoProblems(event: EventContext, context: CheckContext): Problem[] {
  const sponsors = valueAt(event.raw, ['sponsors']);
  if (!Array.isArray(sponsors)) return [];
  const logos = [...context.logoNames];
  return sponsors.flatMap((sponsor: unknown, i) => {
    const name = valueAt(sponsor, ['name']);
    if (typeof name !== 'string' || name.trim() === '') return [];
    if (isPathLikeName(name)) {
      const why =
        'is not a plain name (no /, \\, % or leading dot): it is also the file name of its logo';
      return [problemAt(event, ['sponsors', i, 'name'], `"${name}" ${why}`)];
    }
    if (context.logoNames.has(name)) return [];
    return [
      problemAt(
        event,
        ['sponsors', i, 'name'],
        `"${name}" has no logo in ${context.logoFolder}${didYouMean(name, logos)}: add ${context.logoFolder}/${name}.svg (or .png, .webp) or fix the name`,
      ),
    ];
  });
}

function gapProblems(event: EventContext, context: CheckContext): Problem[] {
  return (['ts', 'end'] as const).flatMap((field) => {
    const value = valueAt(event.raw, [field]);
    if (typeof value !== 'string' || !isRealLocalTimestamp(value)) return [];
    if (!isInTimeZoneGap(value, context.timeZone)) return [];
    return [
      problemAt(
        event,
        [field],
        `${value} does not exist in ${context.timeZone}: clocks skip that hour (summer time starts); pick a time after the change`,
      ),
    ];
  });
}

const FORBIDDEN_SCHEME = /^\s*(javascript|vbscript|data|file):/i;

function schemeProblems(event: EventContext): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && FORBIDDEN_SCHEME.test(value) && path.join('.') !== 'link') {
      const scheme = FORBIDDEN_SCHEME.exec(value)![1]!.toLowerCase();
      problems.push(
        problemAt(
          event,
          path,
          `holds a ${scheme}: address; only http:// and https:// links are allowed: remove it`,
        ),
      );
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(event.raw, []);
  return problems;
}

function endOf(raw: unknown, timeZone: string): Date | undefined {
  const ts = valueAt(raw, ['ts']);
  const end = valueAt(raw, ['end']);
  const stamp = typeof end === 'string' && isRealLocalTimestamp(end) ? end : ts;
  if (typeof stamp !== 'string' || !isRealLocalTimestamp(stamp)) return undefined;
  return localTimestampToInstant(stamp, timeZone);
}

function oldEventWarnings(event: EventContext, context: CheckContext): Problem[] {
  const end = endOf(event.raw, context.timeZone);
  if (!end || context.now.getTime() - end.getTime() < OLD_EVENT_DAYS * 86_400_000) return [];
  return [
    problemAt(
      event,
      [],
      'ended more than two years ago: it can be removed from events.json to keep the file small',
      'warning',
    ),
  ];
}

function orderWarnings(events: EventContext[]): Problem[] {
  const problems: Problem[] = [];
  let previous: EventContext | undefined;
  for (const event of events) {
    const ts = valueAt(event.raw, ['ts']);
    if (typeof ts !== 'string') continue;
    const previousTs = previous ? valueAt(previous.raw, ['ts']) : undefined;
    if (previous && typeof previousTs === 'string' && ts < previousTs) {
      problems.push(
        problemAt(
          event,
          ['ts'],
          `is out of start order (it starts before event #${previous.index + 1}): run npm run validate -- --fix to sort the events`,
          'warning',
        ),
      );
    }
    previous = event;
  }
  return problems;
}

function normalizedTitle(title: string): string {
  return foldAccents(title)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isNearTitle(a: string, b: string): boolean {
  const x = normalizedTitle(a);
  const y = normalizedTitle(b);
  return x === y || (Math.min(x.length, y.length) >= 10 && distance(x, y) <= 2);
}

function duplicateEventProblems(events: EventContext[]): Problem[] {
  const problems: Problem[] = [];
  const byLink = new Map<string, EventContext>();
  const byStart = new Map<string, EventContext[]>();
  for (const event of events) {
    const ts = valueAt(event.raw, ['ts']);
    const link = valueAt(event.raw, ['link']);
    const sameLink = typeof link === 'string' ? byLink.get(link.trim()) : undefined;
    const sameStart = typeof ts === 'string' ? (byStart.get(ts) ?? []) : [];
    const nearTitle = event.title
      ? sameStart.find((other) => other.title && isNearTitle(other.title, event.title!))
      : undefined;
    const first = sameLink ?? nearTitle;
    if (first) {
      const why = sameLink ? 'same link' : 'same start and nearly the same title';
      problems.push(
        problemAt(
          event,
          [],
          `duplicates event #${first.index + 1} "${first.title ?? ''}" (${why}): remove one of them`,
        ),
      );
    }
    if (typeof link === 'string' && !byLink.has(link.trim())) byLink.set(link.trim(), event);
    if (typeof ts === 'string') byStart.set(ts, [...sameStart, event]);
  }
  return problems;
}

/** Checks the text of an events file and returns every problem found, in file order. */
export function validateEventsFile(text: string, context: CheckContext): Problem[] {
  if (text.trim() === '') {
    return [
      {
        severity: 'error',
        line: 1,
        column: 1,
        message: 'the file is empty: it must hold {"events": [...]}',
      },
    ];
  }
  const at = positionFinder(text);
  const errors: ParseError[] = [];
  const source = blankByteOrderMark(text);
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) return syntaxProblems(errors, at);
  const problems: Problem[] = [];
  const eventsNode = root.type === 'object' ? findNodeAtLocation(root, ['events']) : undefined;
  if (!eventsNode || eventsNode.type !== 'array') {
    problems.push({
      severity: 'error',
      ...at((eventsNode ?? root).offset),
      message: 'the file must be an object with an "events" list: {"events": [ ... ]}',
    });
    return problems;
  }
  const events: EventContext[] = (eventsNode.children ?? []).map((node, index) => {
    const raw: unknown = getNodeValue(node);
    const title = valueAt(raw, ['title']);
    return { index, node, raw, at, title: typeof title === 'string' ? title : undefined };
  });
  for (const key of duplicateKeys(root)) {
    const event = events.find(
      (e) => key.offset >= e.node.offset && key.offset < e.node.offset + e.node.length,
    );
    problems.push({
      severity: 'error',
      ...at(key.offset),
      ...(event ? { eventIndex: event.index, eventTitle: event.title } : {}),
      message: duplicateKeyMessage(key),
    });
  }
  for (const event of events) {
    problems.push(
      ...schemaProblems(event),
      ...unknownFieldProblems(event),
      ...logoProblems(event, context),
      ...gapProblems(event, context),
      ...schemeProblems(event),
      ...oldEventWarnings(event, context),
    );
  }
  problems.push(...duplicateEventProblems(events), ...orderWarnings(events));
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
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
    .map(({ event }) => event);
  return `${JSON.stringify({ ...(file as object), events: sorted }, null, 2)}\n`;
}
