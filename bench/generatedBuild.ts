// For benchmarks: the site built from generated events instead of public/events.json. The
// generated file stands in for public/events.json during the build and the real one is put back,
// whatever happens.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateEvents } from './generateEvents.ts';

const DATA = 'public/events.json';

/** Builds the site with `count` generated events into `dist`; returns the build's seconds. */
export function buildWithGeneratedEvents(count: number, dist: string): number {
  const kept = path.join(tmpdir(), `bench-kept-events-${process.pid}.json`);
  copyFileSync(DATA, kept);
  try {
    writeFileSync(DATA, JSON.stringify(generateEvents(count, new Date()), null, 2));
    rmSync(dist, { recursive: true, force: true });
    const started = performance.now();
    // Without the prebuild data check: the generator makes a few near-duplicate titles at 10,000
    // events, which the check rightly refuses (bench:validate times the check itself).
    const run = (script: string, ...args: string[]) =>
      execFileSync('npm', ['run', script, ...args], {
        env: { ...process.env, DIST: dist },
        stdio: 'ignore',
      });
    run('build', '--ignore-scripts');
    run('postbuild');
    return (performance.now() - started) / 1000;
  } finally {
    copyFileSync(kept, DATA);
    rmSync(kept, { force: true });
  }
}
