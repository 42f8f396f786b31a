// The data check as contributors run it: a real process over a real folder.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { anEvent, anEventsFile } from '../src/test/builders.ts';

const run = promisify(execFile);

async function siteWith(events: unknown): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'events-check-'));
  await mkdir(path.join(folder, 'img', 'sponsors'), { recursive: true });
  await writeFile(
    path.join(folder, 'img', 'sponsors', 'Inria.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"/>',
  );
  const file = path.join(folder, 'events.json');
  await writeFile(file, JSON.stringify(events, null, 2));
  return file;
}

async function validate(file: string) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/validate-events.ts', file]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test('a clean file exits 0 with a one-line summary', async () => {
  const file = await siteWith(
    anEventsFile([anEvent({ sponsors: [{ name: 'Inria' }] }), anEvent()]),
  );
  const result = await validate(file);
  expect(result).toEqual({
    code: 0,
    stdout: `${file}: 2 events checked, no problems.\n`,
    stderr: '',
  });
});

test('every problem is printed and the exit code is 1', async () => {
  const file = await siteWith(
    anEventsFile([
      anEvent({ title: 'Bad link', link: 'ftp://x.org' }),
      anEvent({ title: 'No logo', sponsors: [{ name: 'Inra' }] }),
    ]),
  );
  const result = await validate(file);
  expect(result.code).toBe(1);
  expect(result.stderr.trim().split('\n')).toEqual([
    `${file}:8:15 event #1 "Bad link": link: must be an absolute http:// or https:// address, like https://example.org/event`,
    `${file}:19:19 event #2 "No logo": sponsors[0].name: "Inra" has no logo in ${path.dirname(file)}/img/sponsors (did you mean "Inria"?): add ${path.dirname(file)}/img/sponsors/Inra.svg or fix the name`,
    '',
    `${file}: 2 error(s), 0 warning(s). Fix the errors above, then run npm run validate again.`,
  ]);
});

test('a missing file is a clear error, not a crash', async () => {
  const result = await validate('/nonexistent/events.json');
  expect(result.code).toBe(1);
  expect(result.stderr).toBe('/nonexistent/events.json: cannot be read (ENOENT): check the path\n');
});

test('the sample data of the repository passes the check', async () => {
  const result = await validate('public/events.json');
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^public\/events\.json: \d+ events checked, no problems\.\n$/);
});
