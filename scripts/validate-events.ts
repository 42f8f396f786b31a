// `npm run validate [-- FILE] [--format text|json] [--codequality REPORT] [--fix]`: checks the data
// file and its logos and prints every problem at once; exit code 1 on any error.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkLogoFile,
  logoFilesIn,
  sponsorOfLogo,
  unusedLogos,
  type LogoProblem,
} from '../src/datacheck/logoCheck.ts';
import { sortedEventsFile } from '../src/datacheck/sortEvents.ts';
import { formatProblem, validateEventsFile, type Problem } from '../src/datacheck/validate.ts';
import { site } from '../src/site.ts';
import { withoutByteOrderMark } from '../src/events/text.ts';

type Report = {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  text: string;
};

function fromEventProblem(problem: Problem, file: string): Report {
  return {
    file,
    line: problem.line,
    column: problem.column,
    severity: problem.severity,
    message: problem.message,
    text: formatProblem(problem, file),
  };
}

function fromLogoProblem(problem: LogoProblem, folder: string): Report {
  const file = path.join(folder, problem.fileName);
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return {
    file,
    line: 1,
    column: 1,
    severity: problem.severity,
    message: problem.message,
    text: `${file}: ${label}${problem.message}`,
  };
}

/** GitLab Code Quality (a subset of Code Climate's format): one issue per problem, shown on the MR. */
function codeQuality(reports: Report[]): string {
  return JSON.stringify(
    reports.map((report) => ({
      description: report.text.slice(report.text.indexOf(' ') + 1),
      check_name: 'events-data',
      fingerprint: createHash('sha256')
        .update(`${report.file}|${report.line}|${report.message}`)
        .digest('hex'),
      severity: report.severity === 'error' ? 'major' : 'minor',
      location: { path: report.file, lines: { begin: report.line } },
    })),
    null,
    2,
  );
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      codequality: { type: 'string' },
      fix: { type: 'boolean', default: false },
    },
  });
  if (values.format !== 'text' && values.format !== 'json') {
    console.error(`validate: --format ${values.format} is not known: use text or json`);
    process.exitCode = 2;
    return;
  }
  const file = positionals[0] ?? 'public/events.json';
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
  if (values.fix) {
    const sorted = sortedEventsFile(text);
    if (sorted !== undefined && sorted !== text) {
      await writeFile(file, sorted);
      text = sorted;
      console.error(`${file}: events sorted by start and the file formatted`);
    }
  }

  const logoFiles = await logoFilesIn(logoFolder);
  const logoNames = new Set(logoFiles.map(sponsorOfLogo));
  const problems = validateEventsFile(text, {
    logoNames,
    logoFolder,
    timeZone: site.timeZone,
    now: new Date(),
  });
  // Parsed once for the logo usage and the summary; a syntax error is already reported with its place.
  let events: { sponsors?: { name?: unknown }[] }[] = [];
  try {
    const parsed = JSON.parse(withoutByteOrderMark(text)) as { events?: unknown };
    if (Array.isArray(parsed.events)) events = parsed.events as typeof events;
  } catch {
    events = [];
  }
  const usedNames = new Set<string>();
  for (const event of events) {
    // A sponsors field of the wrong type is reported by the check: skip it here.
    for (const sponsor of Array.isArray(event?.sponsors) ? event.sponsors : []) {
      if (typeof sponsor?.name === 'string') usedNames.add(sponsor.name);
    }
  }
  const logoProblems = [
    ...(
      await Promise.all(
        logoFiles.map(async (fileName) =>
          checkLogoFile({ fileName, bytes: await readFile(path.join(logoFolder, fileName)) }),
        ),
      )
    ).flat(),
    ...unusedLogos(logoFiles, usedNames),
  ];
  const reports = [
    ...problems.map((p) => fromEventProblem(p, file)),
    ...logoProblems.map((p) => fromLogoProblem(p, logoFolder)),
  ];

  if (values.codequality) await writeFile(values.codequality, `${codeQuality(reports)}\n`);
  const errors = reports.filter((report) => report.severity === 'error').length;
  const warnings = reports.length - errors;
  if (values.format === 'json') {
    console.log(
      JSON.stringify(
        reports.map(({ text: _text, ...report }) => report),
        null,
        2,
      ),
    );
  } else {
    for (const report of reports) console.error(report.text);
  }
  if (errors > 0) {
    if (values.format === 'text') {
      console.error(
        `\n${file}: ${errors} error(s), ${warnings} warning(s). Fix the errors above, then run npm run validate again.`,
      );
    }
    process.exitCode = 1;
    return;
  }
  if (values.format === 'text') {
    console.log(
      `${file}: ${events.length} events checked, ${warnings === 0 ? 'no problems' : `${warnings} warning(s)`}.`,
    );
  }
}

await main();
