// `npm start`'s dev server, started for real: it answers an event's calendar file as the build does.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { eventPath } from '../events/address.ts';

const sample = (
  JSON.parse(readFileSync('public/events.json', 'utf8')) as {
    events: { title: string; ts: string; id?: string }[];
  }
).events;
let server: ViteDevServer;
let origin: string;

beforeAll(async () => {
  server = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
  });
  await server.listen();
  origin = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
}, 60_000);
afterAll(() => server?.close());

test('the dev server answers /e/<address>.ics with the event’s calendar file, naming its page', async () => {
  // A title that the file writes as it is (no comma or semicolon, which it escapes).
  const event = sample.findLast((each) => !/[,;\\]/.test(each.title))!;
  const response = await fetch(`${origin}${eventPath(event)}.ics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/calendar');
  const text = await response.text();
  expect(text).toContain('BEGIN:VTIMEZONE');
  expect(text.replace(/\r\n /g, '')).toContain(`SUMMARY:${event.title}`);
  expect(text.replace(/\r\n /g, '')).toContain(`URL:${origin}${eventPath(event)}`);
}, 30_000);

test('an address that names no event is a 404 that says so', async () => {
  const response = await fetch(`${origin}/e/2026-01-01-no-such-event.ics`);
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('No event has the address 2026-01-01-no-such-event');
}, 30_000);
