// `npm run bench:build`: what the build costs and writes at 1,000 and 10,000 generated events (issue
// 14's budgets): the time of `npm run build` (its data check aside), the size of dist/e/ and of
// dist/, and the largest event page gzipped. Prints figures.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWithGeneratedEvents } from './generatedBuild.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
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
try {
  console.log('events   build s   dist/e/    dist/     largest page gz');
  for (const size of SIZES) {
    const seconds = buildWithGeneratedEvents(size, DIST);
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
  rmSync(DIST, { recursive: true, force: true });
}
