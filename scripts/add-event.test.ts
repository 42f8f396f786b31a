// The add-event command as contributors run it: with flags, and answering its questions.
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { runScript } from '../src/test/runScript.ts';
import { anEvent, anEventsFile, type RawEvent } from '../src/test/builders.ts';
import { emptyProposal, proposalJson, proposedEvent } from '../src/events/proposal.ts';

// Each test starts real processes: on a busy machine that takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

async function siteWith(): Promise<{ file: string; before: string }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'add-event-'));
  await mkdir(path.join(folder, 'img', 'sponsors'), { recursive: true });
  for (const name of ['Inria', 'Riviera JUG']) {
    await writeFile(
      path.join(folder, 'img', 'sponsors', `${name}.svg`),
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
    );
  }
  const file = path.join(folder, 'events.json');
  const before = `${JSON.stringify(
    anEventsFile([
      anEvent({
        title: 'First',
        ts: '20261201T183000',
        link: 'https://x.org/1',
        sponsors: [{ name: 'Inria' }],
      }),
      anEvent({
        title: 'Last',
        ts: '20261220T183000',
        link: 'https://x.org/2',
        sponsors: [{ name: 'Riviera JUG' }],
      }),
    ]),
    null,
    2,
  )}\n`;
  await writeFile(file, before);
  return { file, before };
}

function addEvent(args: string[], answers: string[] = []) {
  return runScript('scripts/add-event.ts', args, {
    input: answers.map((answer) => `${answer}\n`).join(''),
  });
}

test('with flags, the event goes in at its place by start and nothing else in the file changes', async () => {
  const { file, before } = await siteWith();
  const result = await addEvent([
    '--file',
    file,
    '--yes',
    '--title',
    'Lab Kubernetes',
    '--date',
    '2026-12-12',
    '--time',
    '9:30',
    '--end',
    '12:30',
    '--link',
    'https://x.org/lab',
    '--place',
    'CEEI',
    '--tags',
    'kubernetes, go',
    '--sponsors',
    'Inria, Riviera JUG',
  ]);
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe(
    `Added event #2 "Lab Kubernetes" to ${file}. Check it with npm run validate.\n`,
  );
  const after = await readFile(file, 'utf8');
  const events = (JSON.parse(after) as { events: Record<string, unknown>[] }).events;
  expect(events.map((event) => event.title)).toEqual(['First', 'Lab Kubernetes', 'Last']);
  expect(events[1]).toEqual({
    title: 'Lab Kubernetes',
    date: '12 décembre 2026 à 9h30 – CEEI',
    ts: '20261212T093000',
    end: '20261212T123000',
    link: 'https://x.org/lab',
    place: 'CEEI',
    tags: ['kubernetes', 'go'],
    sponsors: [{ name: 'Inria' }, { name: 'Riviera JUG' }],
    id: '2026-12-12-lab-kubernetes',
    added: new Date().toISOString().slice(0, 10),
  });
  // Every line of the file before is still there, in order: only the new event's lines were added.
  const afterLines = after.split('\n');
  let at = 0;
  for (const line of before.split('\n')) {
    at = afterLines.indexOf(line, at);
    expect(at, `line kept: ${line}`).toBeGreaterThanOrEqual(0);
  }
});

test('through its prompts, with defaults and the list of known sponsors', async () => {
  const { file } = await siteWith();
  const answers = [
    'Apéro Python',
    '2026-12-21',
    '',
    '',
    'https://x.org/apero',
    'Le Business Pôle',
    'n',
    'python',
    'Inria',
    'Typage et mypy',
    '',
  ];
  const result = await addEvent(['--file', file], answers);
  expect(result.code).toBe(0);
  expect(result.stderr).toContain('Known sponsors: Inria, Riviera JUG');
  expect(result.stderr).toContain('Start time (HH:MM) [18:30]: ');
  const events = (JSON.parse(await readFile(file, 'utf8')) as { events: Record<string, unknown>[] })
    .events;
  expect(events.at(-1)).toMatchObject({
    title: 'Apéro Python',
    ts: '20261221T183000',
    date: '21 décembre 2026 à 18h30 – Le Business Pôle',
    desc: 'Typage et mypy',
    sponsors: [{ name: 'Inria' }],
  });
});

test('a mistake is explained and the file is left as it was', async () => {
  const { file, before } = await siteWith();
  const badLink = await addEvent([
    '--file',
    file,
    '--yes',
    '--title',
    'X',
    '--date',
    '2026-12-12',
    '--link',
    'javascript:alert(1)',
  ]);
  expect(badLink.code).toBe(1);
  expect(badLink.stderr).toBe(
    'add-event: link: must be an absolute http:// or https:// address, like https://example.org/event\n',
  );
  const badDate = await addEvent([
    '--file',
    file,
    '--yes',
    '--title',
    'X',
    '--date',
    '12/12/2026',
    '--link',
    'https://x.org/x',
  ]);
  expect(badDate.stderr).toBe(
    'add-event: start date "12/12/2026" is not written YYYY-MM-DD, like 2026-12-04\n',
  );
  const unknownSponsor = await addEvent([
    '--file',
    file,
    '--yes',
    '--title',
    'X',
    '--date',
    '2026-12-12',
    '--link',
    'https://x.org/x',
    '--sponsors',
    'Inra',
  ]);
  expect(unknownSponsor.code).toBe(1);
  expect(unknownSponsor.stderr).toContain('"Inra" has no logo');
  expect(unknownSponsor.stderr).toContain('(did you mean "Inria"?)');
  const duplicate = await addEvent([
    '--file',
    file,
    '--yes',
    '--title',
    'Copy',
    '--date',
    '2026-12-12',
    '--link',
    'https://x.org/1',
  ]);
  expect(duplicate.stderr).toContain('duplicates event #1 "First" (same link)');
  expect(await readFile(file, 'utf8')).toBe(before);
});

// The propose form's block, as the site writes it (src/events/proposal.ts).
const proposed = () =>
  proposedEvent(
    {
      ...emptyProposal,
      title: 'Lab Kubernetes',
      day: '2026-12-12',
      start: '09:30',
      link: 'https://example.org/lab',
      place: 'CEEI',
      tags: 'Cloud, k8s',
      sponsors: ['Inria'],
    },
    '2026-11-30',
  );

test('--json FILE takes the propose form’s block and inserts it at its place', async () => {
  const { file } = await siteWith();
  const block = path.join(path.dirname(file), 'event.json');
  await writeFile(block, proposalJson(proposed()));
  const result = await addEvent(['--file', file, '--json', block]);
  expect(result.output).toContain('Added event #2 "Lab Kubernetes"');
  expect(result.code).toBe(0);
  const events = (JSON.parse(await readFile(file, 'utf8')) as { events: RawEvent[] }).events;
  expect(events.map((event) => event.title)).toEqual(['First', 'Lab Kubernetes', 'Last']);
  expect(events[1]).toEqual({
    title: 'Lab Kubernetes',
    ts: '20261212T093000',
    link: 'https://example.org/lab',
    place: 'CEEI',
    tags: ['cloud', 'k8s'],
    sponsors: [{ name: 'Inria' }],
    id: '2026-12-12-lab-kubernetes',
    added: '2026-11-30',
  });
});

test('--json - reads the block from standard input, and writes its id and added day', async () => {
  const { file } = await siteWith();
  const block = { ...proposed(), id: undefined, added: undefined };
  const result = await runScript('scripts/add-event.ts', ['--file', file, '--json', '-'], {
    input: JSON.stringify(block),
  });
  expect(result.code).toBe(0);
  const events = (JSON.parse(await readFile(file, 'utf8')) as { events: RawEvent[] }).events;
  expect(events[1]).toMatchObject({ id: '2026-12-12-lab-kubernetes' });
  expect(events[1]!.added).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('a block that is not JSON, lacks a field or names a sponsor with no logo is refused, saying why', async () => {
  const { file, before } = await siteWith();
  const notJson = await runScript('scripts/add-event.ts', ['--file', file, '--json', '-'], {
    input: '{ "title": "Lab", ',
  });
  expect(notJson.code).toBe(1);
  expect(notJson.stderr).toContain('add-event: standard input is not valid JSON (');
  const missing = await runScript('scripts/add-event.ts', ['--file', file, '--json', '-'], {
    input: JSON.stringify({ ...proposed(), link: undefined }),
  });
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain('link: is required: add it');
  const noLogo = await runScript('scripts/add-event.ts', ['--file', file, '--json', '-'], {
    input: JSON.stringify({ ...proposed(), sponsors: [{ name: 'Inriaa' }] }),
  });
  expect(noLogo.code).toBe(1);
  expect(noLogo.stderr).toMatch(
    /event #2 "Lab Kubernetes": sponsors\[0\]\.name: "Inriaa" has no logo in .* \(did you mean "Inria"\?\)/,
  );
  expect(await readFile(file, 'utf8')).toBe(before);
});
