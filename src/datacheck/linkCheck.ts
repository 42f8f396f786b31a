// The link check: is each event's `link` still there? HEAD first, GET where a server refuses HEAD,
// redirects followed by hand (a limit, loops found), a timeout per request, a bounded number of
// requests at once and per host, one retry on a network error. A permanent redirect is a warning
// with the address to use instead; anything but a final 2xx is a broken link.
import { findNodeAtLocation, getNodeValue, parseTree } from 'jsonc-parser';
import { toSiteEvent } from '../events/event.ts';
import { eventSchema } from '../events/schema.ts';
import { withoutByteOrderMark } from '../events/text.ts';
import { positionFinder } from './problem.ts';

/** One event's link, where the file says it. */
export type LinkTarget = {
  url: string;
  eventIndex: number;
  eventTitle: string;
  line: number;
  column: number;
};

/** What one address answered, after its redirects. */
export type LinkAnswer = {
  /** The final status; absent when no answer came (`error` says why). */
  status?: number;
  error?: string;
  finalUrl: string;
  /** Where a chain of permanent redirects (301, 308) from the address leads: the address to use. */
  movedTo?: string;
};

export type LinkOutcome = LinkTarget & LinkAnswer & { verdict: 'ok' | 'moved' | 'broken' };

export type LinkCheckOptions = {
  timeoutMs: number;
  maxRedirects: number;
  concurrency: number;
  perHost: number;
};

export const defaultLinkCheckOptions: LinkCheckOptions = {
  timeoutMs: 10_000,
  maxRedirects: 5,
  concurrency: 8,
  perHost: 2,
};

const DAY = 86_400_000;

/**
 * The links to check: those of the valid events that have not ended at `now`, and, with
 * `pastDays`, of those that ended within that many days.
 */
export function linkTargets(
  text: string,
  options: { now: Date; timeZone: string; pastDays?: number },
): LinkTarget[] {
  const source = withoutByteOrderMark(text);
  const root = parseTree(source);
  const eventsNode = root ? findNodeAtLocation(root, ['events']) : undefined;
  if (!eventsNode || eventsNode.type !== 'array') {
    throw new Error('the file has no "events" list: run npm run validate and fix it first');
  }
  const at = positionFinder(source);
  const since = options.now.getTime() - (options.pastDays ?? 0) * DAY;
  return (eventsNode.children ?? []).flatMap((node, eventIndex) => {
    const parsed = eventSchema.safeParse(getNodeValue(node));
    if (!parsed.success) return [];
    const event = toSiteEvent(parsed.data, options.timeZone);
    if (event.endsAt.getTime() < since) return [];
    const linkNode = findNodeAtLocation(node, ['link']) ?? node;
    return [{ url: event.link, eventIndex, eventTitle: event.title, ...at(linkNode.offset) }];
  });
}

function describeError(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND') return 'no such host';
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** One request, no redirect followed; a network error (not a timeout) is tried once more. */
async function requestOnce(url: string, method: 'HEAD' | 'GET', options: LinkCheckOptions) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await fetch(url, {
        method,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
        headers: { 'user-agent': 'sophia-tech-events link check' },
      });
      await response.body?.cancel();
      return response;
    } catch (error) {
      const isTimeout = error instanceof DOMException && error.name === 'TimeoutError';
      if (isTimeout || attempt === 2) throw error;
    }
  }
}

/** Follows the redirects from `url` with one method, to the final answer. */
async function follow(
  url: string,
  method: 'HEAD' | 'GET',
  options: LinkCheckOptions,
): Promise<LinkAnswer> {
  const seen = new Set<string>();
  let current = url;
  let movedTo: string | undefined;
  let isPermanentSoFar = true;
  for (let hop = 0; hop <= options.maxRedirects; hop += 1) {
    if (seen.has(current)) return { error: 'redirect loop', finalUrl: current, movedTo };
    seen.add(current);
    let response: Response;
    try {
      response = await requestOnce(current, method, options);
    } catch (error) {
      return { error: describeError(error, options.timeoutMs), finalUrl: current, movedTo };
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      return { status: response.status, finalUrl: current, movedTo };
    }
    const next = new URL(location, current).href;
    isPermanentSoFar &&= response.status === 301 || response.status === 308;
    if (isPermanentSoFar) movedTo = next;
    current = next;
  }
  return { error: `more than ${options.maxRedirects} redirects`, finalUrl: current, movedTo };
}

const isSuccess = (answer: LinkAnswer) =>
  answer.status !== undefined && answer.status >= 200 && answer.status < 300;

/** HEAD, then GET when HEAD did not succeed (servers that refuse or mishandle HEAD). */
export async function checkLink(url: string, options: LinkCheckOptions): Promise<LinkAnswer> {
  const head = await follow(url, 'HEAD', options);
  if (isSuccess(head) || head.error !== undefined) return head;
  return follow(url, 'GET', options);
}

/** Runs `run` over `items`, at most `limit` at once and `perKey` at once for one key. */
function inPool<T, R>(
  items: readonly T[],
  limits: { limit: number; perKey: number },
  keyOf: (item: T) => string,
  run: (item: T) => Promise<R>,
): Promise<Map<T, R>> {
  const results = new Map<T, R>();
  const waiting = [...items];
  const active = new Map<string, number>();
  let running = 0;
  return new Promise((resolve) => {
    const launch = () => {
      if (waiting.length === 0 && running === 0) resolve(results);
      for (let i = 0; i < waiting.length && running < limits.limit;) {
        const item = waiting[i]!;
        const key = keyOf(item);
        if ((active.get(key) ?? 0) >= limits.perKey) {
          i += 1;
          continue;
        }
        waiting.splice(i, 1);
        running += 1;
        active.set(key, (active.get(key) ?? 0) + 1);
        void run(item).then((result) => {
          results.set(item, result);
          running -= 1;
          active.set(key, active.get(key)! - 1);
          launch();
        });
      }
    };
    launch();
  });
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Checks every target; an address shared by several events is asked once. */
export async function checkLinks(
  targets: readonly LinkTarget[],
  options: LinkCheckOptions = defaultLinkCheckOptions,
): Promise<LinkOutcome[]> {
  const urls = [...new Set(targets.map((target) => target.url))];
  const answers = await inPool(
    urls,
    { limit: options.concurrency, perKey: options.perHost },
    hostOf,
    (url) => checkLink(url, options),
  );
  return targets.map((target) => {
    const answer = answers.get(target.url)!;
    const verdict = !isSuccess(answer) ? 'broken' : answer.movedTo ? 'moved' : 'ok';
    return { ...target, ...answer, verdict };
  });
}

/** `events.json:12:7 event #3 "Title": link: https://… answered 404 (final address https://…)` */
export function formatOutcome(outcome: LinkOutcome, fileName: string): string {
  const place = `${fileName}:${outcome.line}:${outcome.column} event #${outcome.eventIndex + 1} "${outcome.eventTitle}": link:`;
  if (outcome.verdict === 'moved') {
    return `${place} warning: ${outcome.url} has moved for good to ${outcome.movedTo}: use that address instead`;
  }
  const what = outcome.error ?? `answered ${outcome.status}`;
  const final = outcome.finalUrl !== outcome.url ? ` (final address ${outcome.finalUrl})` : '';
  return `${place} ${outcome.url} ${what}${final}: check the event's page and fix or remove the link`;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A JUnit report: one test case per event's link; a broken link fails, a moved one says so. */
export function junitReport(outcomes: readonly LinkOutcome[], fileName: string): string {
  const failures = outcomes.filter((outcome) => outcome.verdict === 'broken').length;
  const cases = outcomes.map((outcome) => {
    const name = escapeXml(
      `event #${outcome.eventIndex + 1} "${outcome.eventTitle}": ${outcome.url}`,
    );
    const text = escapeXml(formatOutcome(outcome, fileName));
    const body =
      outcome.verdict === 'broken'
        ? `<failure message="${text}"/>`
        : outcome.verdict === 'moved'
          ? `<system-out>${text}</system-out>`
          : '';
    return `  <testcase classname="links" name="${name}" file="${escapeXml(fileName)}">${body}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites><testsuite name="event links" tests="${outcomes.length}" failures="${failures}">`,
    ...cases,
    '</testsuite></testsuites>',
    '',
  ].join('\n');
}
