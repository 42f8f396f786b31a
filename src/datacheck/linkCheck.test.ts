// The link check against real HTTP servers on this machine: every outcome the issue names, each
// answered by a server that behaves so.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { anEvent, anEventsFile } from '../test/builders.ts';
import {
  checkLink,
  checkLinks,
  defaultLinkCheckOptions,
  formatOutcome,
  junitReport,
  linkTargets,
} from './linkCheck.ts';

const options = { ...defaultLinkCheckOptions, timeoutMs: 1_000 };
let base = '';
let refused = '';
const servers: Server[] = [];
let flakyCalls = 0;
let open = 0;
let mostOpen = 0;

function listen(handler: (request: IncomingMessage, response: ServerResponse) => void) {
  const server = createServer(handler);
  servers.push(server);
  return new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }),
  );
}

const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  '/ok': (_, response) => response.writeHead(200).end('ok'),
  '/moved': (_, response) => response.writeHead(301, { location: '/ok' }).end(),
  '/moved-twice': (_, response) => response.writeHead(308, { location: '/moved' }).end(),
  '/found': (_, response) => response.writeHead(302, { location: '/ok' }).end(),
  '/loop-a': (_, response) => response.writeHead(302, { location: '/loop-b' }).end(),
  '/loop-b': (_, response) => response.writeHead(302, { location: '/loop-a' }).end(),
  '/missing': (_, response) => response.writeHead(404).end(),
  '/gone': (_, response) => response.writeHead(410).end(),
  '/error': (_, response) => response.writeHead(500).end(),
  '/no-head': (request, response) =>
    response.writeHead(request.method === 'HEAD' ? 405 : 200).end(),
  '/silent': () => {},
  // Drops the first connection, then answers: one retry is enough.
  '/flaky': (request, response) => {
    flakyCalls += 1;
    if (flakyCalls === 1) request.socket.destroy();
    else response.writeHead(200).end();
  },
  '/slow': (_, response) => {
    open += 1;
    mostOpen = Math.max(mostOpen, open);
    setTimeout(() => {
      open -= 1;
      response.writeHead(200).end();
    }, 100);
  },
};

beforeAll(async () => {
  base = await listen((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (route) route(request, response);
    else response.writeHead(404).end();
  });
  // A port that was just free: nothing listens there any more.
  const closed = await listen(() => {});
  servers.pop()!.close();
  refused = closed;
});
afterAll(() => {
  for (const server of servers) server.closeAllConnections?.();
  for (const server of servers) server.close();
});

test('200 is fine; 404, 410 and 500 are broken', async () => {
  expect(await checkLink(`${base}/ok`, options)).toEqual({ status: 200, finalUrl: `${base}/ok` });
  expect((await checkLink(`${base}/missing`, options)).status).toBe(404);
  expect((await checkLink(`${base}/gone`, options)).status).toBe(410);
  expect((await checkLink(`${base}/error`, options)).status).toBe(500);
});

test('a permanent redirect gives the address to use; a temporary one does not', async () => {
  expect(await checkLink(`${base}/moved`, options)).toEqual({
    status: 200,
    finalUrl: `${base}/ok`,
    movedTo: `${base}/ok`,
  });
  expect((await checkLink(`${base}/moved-twice`, options)).movedTo).toBe(`${base}/ok`);
  expect(await checkLink(`${base}/found`, options)).toEqual({
    status: 200,
    finalUrl: `${base}/ok`,
  });
});

test('a redirect loop, and too many redirects, are broken with their reason', async () => {
  expect((await checkLink(`${base}/loop-a`, options)).error).toBe('redirect loop');
  expect((await checkLink(`${base}/moved-twice`, { ...options, maxRedirects: 1 })).error).toBe(
    'more than 1 redirects',
  );
});

test('a server that refuses HEAD is asked with GET', async () => {
  expect(await checkLink(`${base}/no-head`, options)).toEqual({
    status: 200,
    finalUrl: `${base}/no-head`,
  });
});

test('a server that never answers times out; a refused connection says so', async () => {
  expect((await checkLink(`${base}/silent`, { ...options, timeoutMs: 300 })).error).toBe(
    'no answer within 0.3 s',
  );
  expect((await checkLink(`${refused}/ok`, options)).error).toBe('connection refused');
});

test('a dropped connection is tried once more', async () => {
  flakyCalls = 0;
  expect((await checkLink(`${base}/flaky`, options)).status).toBe(200);
  expect(flakyCalls).toBe(2);
});

test('no more requests at once to one host than allowed', async () => {
  mostOpen = 0;
  const targets = Array.from({ length: 6 }, (_, i) => ({
    url: `${base}/slow?${i}`,
    eventIndex: i,
    eventTitle: `Event ${i}`,
    line: 1,
    column: 1,
  }));
  const outcomes = await checkLinks(targets, { ...options, perHost: 2 });
  expect(outcomes.every((outcome) => outcome.verdict === 'ok')).toBe(true);
  expect(mostOpen).toBe(2);
});

test('upcoming events are checked at their link’s line; ended ones only when asked', () => {
  const text = JSON.stringify(
    anEventsFile([
      anEvent({ title: 'Over', ts: '20261101T183000', link: 'https://x.org/over' }),
      anEvent({ title: 'Coming', ts: '20261210T183000', link: 'https://x.org/coming' }),
      { title: 'Invalid' },
    ]),
    null,
    2,
  );
  const now = new Date('2026-12-01T09:00:00+01:00');
  const targets = linkTargets(text, { now, timeZone: 'Europe/Paris' });
  expect(targets).toEqual([
    {
      url: 'https://x.org/coming',
      eventIndex: 1,
      eventTitle: 'Coming',
      line: text.split('\n').findIndex((line) => line.includes('x.org/coming')) + 1,
      column: 15,
    },
  ]);
  expect(linkTargets(text, { now, timeZone: 'Europe/Paris', pastDays: 60 })).toHaveLength(2);
});

test('the report names the event, its line, what answered and the address to use', async () => {
  const at = { eventIndex: 2, eventTitle: 'Lab', line: 40, column: 15 };
  const outcomes = await checkLinks(
    [
      { ...at, url: `${base}/gone` },
      { ...at, url: `${base}/moved` },
      { ...at, url: `${base}/ok` },
    ],
    options,
  );
  expect(outcomes.map((outcome) => outcome.verdict)).toEqual(['broken', 'moved', 'ok']);
  expect(formatOutcome(outcomes[0]!, 'events.json')).toBe(
    `events.json:40:15 event #3 "Lab": link: ${base}/gone answered 410: check the event's page and fix or remove the link`,
  );
  expect(formatOutcome(outcomes[1]!, 'events.json')).toBe(
    `events.json:40:15 event #3 "Lab": link: warning: ${base}/moved has moved for good to ${base}/ok: use that address instead`,
  );
  const junit = new XMLParser({ ignoreAttributes: false }).parse(
    junitReport(outcomes, 'events.json'),
  );
  const suite = junit.testsuites.testsuite;
  expect([suite['@_tests'], suite['@_failures']]).toEqual(['3', '1']);
  expect(suite.testcase[0].failure['@_message']).toContain('answered 410');
});
