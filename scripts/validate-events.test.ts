// The data check as contributors run it: a real process over a real folder.
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { runScript } from '../src/test/runScript.ts';
import { anEvent, anEventsFile } from '../src/test/builders.ts';

// Each test starts real processes: on a busy machine that takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

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
  return runValidate([file]);
}

function runValidate(args: string[]) {
  return runScript('scripts/validate-events.ts', args);
}

test('a clean file exits 0 with a one-line summary', async () => {
  const file = await siteWith(
    anEventsFile([anEvent({ sponsors: [{ name: 'Inria' }] }), anEvent()]),
  );
  const result = await validate(file);
  expect(result).toMatchObject({
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
    `${file}:20:19 event #2 "No logo": sponsors[0].name: "Inra" has no logo in ${path.dirname(file)}/img/sponsors (did you mean "Inria"?): add ${path.dirname(file)}/img/sponsors/Inra.svg (or .png, .webp) or fix the name`,
    `${path.dirname(file)}/img/sponsors/Inria.svg: warning: no event uses this logo: delete it, or check the sponsor names`,
    '',
    `${file}: 2 error(s), 1 warning(s). Fix the errors above, then run npm run validate again.`,
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

test('--format json prints the problems for tools', async () => {
  const file = await siteWith(
    anEventsFile([
      anEvent({ title: 'Bad link', link: 'ftp://x.org', sponsors: [{ name: 'Inria' }] }),
    ]),
  );
  const { code, stdout } = await runValidate([file, '--format', 'json']);
  expect(code).toBe(1);
  expect(JSON.parse(stdout)).toEqual([
    {
      file,
      line: 8,
      column: 15,
      severity: 'error',
      message: 'must be an absolute http:// or https:// address, like https://example.org/event',
    },
  ]);
});

test('--codequality writes a GitLab Code Quality report with each problem on its line', async () => {
  const file = await siteWith(
    anEventsFile([
      anEvent({ title: 'Bad link', link: 'ftp://x.org', sponsors: [{ name: 'Inria' }] }),
    ]),
  );
  const report = path.join(path.dirname(file), 'gl-code-quality-report.json');
  const { code } = await runValidate([file, '--codequality', report]);
  expect(code).toBe(1);
  const issues = JSON.parse(await readFile(report, 'utf8')) as Record<string, unknown>[];
  expect(issues).toEqual([
    {
      description:
        'event #1 "Bad link": link: must be an absolute http:// or https:// address, like https://example.org/event',
      check_name: 'events-data',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: { path: file, lines: { begin: 8 } },
    },
  ]);
});

test('--fix sorts the events by start and the check then passes', async () => {
  const file = await siteWith(
    anEventsFile([
      anEvent({ title: 'Later', ts: '20261210T183000', sponsors: [{ name: 'Inria' }] }),
      anEvent({ title: 'Sooner', ts: '20261203T183000' }),
    ]),
  );
  const before = await runValidate([file]);
  expect(before.code).toBe(0);
  expect(before.stderr).toContain('warning: is out of start order');
  const after = await runValidate([file, '--fix']);
  expect(after.code).toBe(0);
  expect(after.stderr).toBe(`${file}: events sorted by start and the file formatted\n`);
  const titles = (
    JSON.parse(await readFile(file, 'utf8')) as { events: { title: string }[] }
  ).events.map((e) => e.title);
  expect(titles).toEqual(['Sooner', 'Later']);
});

test('a broken logo file is reported by the check', async () => {
  const file = await siteWith(anEventsFile([anEvent({ sponsors: [{ name: 'Inria' }] })]));
  await writeFile(
    path.join(path.dirname(file), 'img', 'sponsors', 'Inria.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  );
  const { code, stderr } = await runValidate([file]);
  expect(code).toBe(1);
  expect(stderr).toContain(
    `${path.dirname(file)}/img/sponsors/Inria.svg: holds a <script> element`,
  );
});

test('fields of the wrong type are reported, not a crash', async () => {
  const file = await siteWith({ events: [{ ...anEvent({ title: 'Odd' }), sponsors: 5 }, null] });
  const result = await validate(file);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('event #1 "Odd": sponsors: must be a list [...], not a number');
  expect(result.stderr).toContain('event #2: must be an object, not null');
  expect(result.stderr).toContain(': 2 error(s)');
});
