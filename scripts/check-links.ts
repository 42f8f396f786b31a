// `npm run check-links [-- FILE] [--past-days N] [--format text|json] [--junit REPORT]
// [--timeout-ms N] [--concurrency N] [--per-host N]`: checks the link of every upcoming event (and of
// those that ended within N days) and prints each broken one with its event and line, and each
// permanent redirect as a warning with the address to use. Exit code 1 when a link is broken.
// The pipeline runs it on a schedule (docs/operations.md), never on a push or a merge request:
// someone else's server being down must not block a contributor.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkLinks,
  defaultLinkCheckOptions,
  formatOutcome,
  junitReport,
  linkTargets,
} from '../src/datacheck/linkCheck.ts';
import { site } from '../src/site.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'past-days': { type: 'string', default: '0' },
    format: { type: 'string', default: 'text' },
    junit: { type: 'string' },
    'timeout-ms': { type: 'string', default: String(defaultLinkCheckOptions.timeoutMs) },
    concurrency: { type: 'string', default: String(defaultLinkCheckOptions.concurrency) },
    'per-host': { type: 'string', default: String(defaultLinkCheckOptions.perHost) },
  },
});

function fail(message: string): never {
  console.error(`check-links: ${message}`);
  process.exit(2);
}

function count(flag: 'past-days' | 'timeout-ms' | 'concurrency' | 'per-host', min: number): number {
  const value = Number(values[flag]);
  if (!Number.isInteger(value) || value < min) {
    fail(`--${flag} "${values[flag]}" is not a whole number of at least ${min}`);
  }
  return value;
}

if (values.format !== 'text' && values.format !== 'json') {
  fail(`--format "${values.format}" is not text or json`);
}
const file = positionals[0] ?? 'public/events.json';
let text: string;
try {
  text = await readFile(file, 'utf8');
} catch {
  fail(`${file} cannot be read: check the path`);
}
let targets;
try {
  targets = linkTargets(text, {
    now: new Date(),
    timeZone: site.timeZone,
    pastDays: count('past-days', 0),
  });
} catch (error) {
  fail(`${file}: ${(error as Error).message}`);
}
const outcomes = await checkLinks(targets, {
  ...defaultLinkCheckOptions,
  timeoutMs: count('timeout-ms', 1),
  concurrency: count('concurrency', 1),
  perHost: count('per-host', 1),
});
const broken = outcomes.filter((outcome) => outcome.verdict === 'broken');
const moved = outcomes.filter((outcome) => outcome.verdict === 'moved');
if (values.junit) {
  await mkdir(path.dirname(values.junit), { recursive: true });
  await writeFile(values.junit, junitReport(outcomes, file));
}
if (values.format === 'json') {
  console.log(JSON.stringify(outcomes, null, 2));
} else {
  for (const outcome of [...broken, ...moved]) console.log(formatOutcome(outcome, file));
  console.log(
    `${file}: ${outcomes.length} links checked, ${broken.length} broken, ${moved.length} moved for good.`,
  );
}
process.exitCode = broken.length > 0 ? 1 : 0;
