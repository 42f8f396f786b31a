// `npm run bench:build`: what the build costs and writes at 1,000 and 10,000 generated events (issue
// 14's budgets): the time of `npm run build` (its data check aside), the size of dist/e/ and of dist/, and the largest event
// page gzipped. The generated file stands in for public/events.json during each build and the real
// one is put back, whatever happens. Prints figures.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateEvents } from './generateEvents.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const DATA = 'public/events.json';
const KEPT = path.join(tmpdir(), 'bench-build-events.json');
const DIST = path.join(tmpdir(), 'bench-build-dist');

function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

function largestPageGzipped(folder: string): number {
  return Math.max(
    ...readdirSync(folder)
      .filter((name) => name.endsWith('.html'))
      .map((name) => gzipSync(readFileSync(path.join(folder, name)), { level: 9 }).length),
  );
}

const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
copyFileSync(DATA, KEPT);
try {
  console.log('events   build s   dist/e/    dist/     largest page gz');
  for (const size of SIZES) {
    writeFileSync(DATA, JSON.stringify(generateEvents(size, new Date()), null, 2));
    rmSync(DIST, { recursive: true, force: true });
    const started = performance.now();
    // Without the prebuild data check: the generator makes a few near-duplicate titles at 10,000
    // events, which the check rightly refuses (bench:validate times the check itself).
    const run = (script: string, ...args: string[]) =>
      execFileSync('npm', ['run', script, ...args], {
        env: { ...process.env, DIST },
        stdio: 'ignore',
      });
    run('build', '--ignore-scripts');
    run('postbuild');
    const seconds = (performance.now() - started) / 1000;
    console.log(
      [
        String(size).padStart(6),
        seconds.toFixed(1).padStart(9),
        MB(folderBytes(path.join(DIST, 'e'))).padStart(10),
        MB(folderBytes(DIST)).padStart(9),
        `${(largestPageGzipped(path.join(DIST, 'e')) / 1024).toFixed(1)} kB`.padStart(18),
      ].join(' '),
    );
  }
} finally {
  copyFileSync(KEPT, DATA);
  rmSync(DIST, { recursive: true, force: true });
}
