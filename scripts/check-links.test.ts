// npm run check-links as the scheduled job runs it, against a real server on this machine.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { anEvent, anEventsFile } from '../src/test/builders.ts';
import { runScript } from '../src/test/runScript.ts';

vi.setConfig({ testTimeout: 60_000 });

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/ok') response.writeHead(200).end();
    else if (request.url === '/old') response.writeHead(301, { location: '/ok' }).end();
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

async function fileWith(links: string[]): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'check-links-'));
  const file = path.join(folder, 'events.json');
  const events = links.map((link, i) =>
    anEvent({ title: `Event ${i + 1}`, ts: `2099120${i + 1}T183000`, link }),
  );
  await writeFile(file, JSON.stringify(anEventsFile(events), null, 2));
  return file;
}

test('a broken link fails the run, named with its event and line; a moved one is a warning', async () => {
  const file = await fileWith([`${base}/ok`, `${base}/missing`, `${base}/old`]);
  const junit = path.join(path.dirname(file), 'links.xml');
  const result = await runScript('scripts/check-links.ts', [file, '--junit', junit]);
  const lines = (await readFile(file, 'utf8')).split('\n');
  const line = lines.findIndex((text) => text.includes('/missing')) + 1;
  expect(result.stdout).toContain(
    `${file}:${line}:15 event #2 "Event 2": link: ${base}/missing answered 404: check the event's page`,
  );
  expect(result.stdout).toContain(
    `event #3 "Event 3": link: warning: ${base}/old has moved for good to ${base}/ok`,
  );
  expect(result.stdout).toContain(`${file}: 3 links checked, 1 broken, 1 moved for good.`);
  expect(result.code).toBe(1);
  const report = new XMLParser({ ignoreAttributes: false }).parse(await readFile(junit, 'utf8'));
  expect(report.testsuites.testsuite['@_failures']).toBe('1');
});

test('all links fine: exit 0; --format json gives each outcome', async () => {
  const file = await fileWith([`${base}/ok`]);
  const result = await runScript('scripts/check-links.ts', [file, '--format', 'json']);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout)).toMatchObject([
    { url: `${base}/ok`, status: 200, verdict: 'ok' },
  ]);
});

test('a wrong option is refused, saying which', async () => {
  const result = await runScript('scripts/check-links.ts', ['--past-days', 'soon']);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(
    'check-links: --past-days "soon" is not a whole number of at least 0',
  );
});
