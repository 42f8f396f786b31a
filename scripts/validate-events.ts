// `npm run validate [-- path/to/events.json]`: checks the data file and its logos, prints every problem.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatProblem, validateEventsFile } from '../src/events/validate.ts';

const LOGO_EXTENSION = '.svg';

async function logoNamesIn(folder: string): Promise<Set<string>> {
  try {
    const files = await readdir(folder);
    return new Set(
      files
        .filter((file) => file.endsWith(LOGO_EXTENSION))
        .map((file) => file.slice(0, -LOGO_EXTENSION.length)),
    );
  } catch {
    return new Set();
  }
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? 'public/events.json';
  const logoFolder = path.join(path.dirname(file), 'img', 'sponsors');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(
      `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): check the path`,
    );
    process.exitCode = 1;
    return;
  }
  const problems = validateEventsFile(text, {
    logoNames: await logoNamesIn(logoFolder),
    logoFolder,
  });
  for (const problem of problems) console.error(formatProblem(problem, file));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors > 0) {
    console.error(
      `\n${file}: ${errors} error(s), ${warnings} warning(s). Fix the errors above, then run npm run validate again.`,
    );
    process.exitCode = 1;
    return;
  }
  const count = (JSON.parse(text.replace(/^\uFEFF/, '')) as { events: unknown[] }).events.length;
  console.log(
    `${file}: ${count} events checked, ${warnings === 0 ? 'no problems' : `${warnings} warning(s)`}.`,
  );
}

await main();
