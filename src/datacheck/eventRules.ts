// The rules of the data check, one small function each: an event's fields against the schema, its
// logos, times and links; then the file as a whole (duplicates, order).
import { closest, distance } from 'fastest-levenshtein';
import { findNodeAtLocation } from 'jsonc-parser';
import { eventAddress } from '../events/address.ts';
import { isPathLikeName } from '../events/logoFiles.ts';
import { eventSchema, knownEventFields } from '../events/schema.ts';
import { schemaMessage } from '../events/schemaMessage.ts';
import { foldAccents } from '../events/text.ts';
import { site } from '../site.ts';
import { isInTimeZoneGap, isRealLocalTimestamp, localTimestampToInstant } from '../events/time.ts';
import {
  problemAt,
  valueAt,
  type CheckContext,
  type EventContext,
  type Problem,
} from './problem.ts';

const OLD_EVENT_DAYS = 2 * 365;

export function schemaProblems(event: EventContext): Problem[] {
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

export function unknownFieldProblems(event: EventContext): Problem[] {
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

export function logoProblems(event: EventContext, context: CheckContext): Problem[] {
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

export function gapProblems(event: EventContext, context: CheckContext): Problem[] {
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

export function schemeProblems(event: EventContext): Problem[] {
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

export function oldEventWarnings(event: EventContext, context: CheckContext): Problem[] {
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

/**
 * An upcoming event without `added` gets the feed's fixed day, so feed readers never show it as new:
 * the day it was added is what they need.
 */
export function missingAddedWarnings(event: EventContext, context: CheckContext): Problem[] {
  if (valueAt(event.raw, ['added']) !== undefined) return [];
  const end = endOf(event.raw, context.timeZone);
  if (!end || end.getTime() < context.now.getTime()) return [];
  return [
    problemAt(
      event,
      [],
      `has no "added" day: the news feed dates it ${site.feedDateWhenNotAdded}, so feed readers never show it as new; add "added": "YYYY-MM-DD", the day it was added (npm run add-event writes it)`,
      'warning',
    ),
  ];
}

export function orderWarnings(events: EventContext[]): Problem[] {
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

export function duplicateEventProblems(events: EventContext[]): Problem[] {
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

/** Two events with one address would share one page: the second is refused, naming the first. */
export function duplicateAddressProblems(events: EventContext[]): Problem[] {
  const firstAt = new Map<string, EventContext>();
  const problems: Problem[] = [];
  for (const event of events) {
    const ts = valueAt(event.raw, ['ts']);
    const title = valueAt(event.raw, ['title']);
    const id = valueAt(event.raw, ['id']);
    if (typeof ts !== 'string' || typeof title !== 'string') continue;
    const address = eventAddress({ ts, title, id: typeof id === 'string' ? id : undefined });
    const first = firstAt.get(address);
    if (!first) {
      firstAt.set(address, event);
      continue;
    }
    problems.push(
      problemAt(
        event,
        [typeof id === 'string' ? 'id' : 'title'],
        `its address /e/${address} is also event #${first.index + 1}'s: give this one an "id" of its own, like "${address}-2"`,
      ),
    );
  }
  return problems;
}
