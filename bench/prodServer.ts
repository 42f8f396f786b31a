// For benchmarks: the local production server (scripts/serve-prod.sh) if it is not running yet.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export const PROD_URL = process.env.BENCH_URL ?? 'http://127.0.0.1:8080';

async function isUp(): Promise<boolean> {
  try {
    return (await fetch(`${PROD_URL}/healthz`)).ok;
  } catch {
    return false;
  }
}

/** Starts the server unless one answers already; returns a function that stops what it started. */
export async function ensureProdServer(dist = 'dist'): Promise<() => void> {
  if (await isUp()) {
    if (dist === 'dist') return () => {};
    throw new Error(
      `a server already answers at ${PROD_URL}: stop it, this benchmark serves ${dist}`,
    );
  }
  if (!existsSync(`${dist}/index.html`))
    throw new Error(`${dist}/ is missing: run npm run build first`);
  const server: ChildProcess = spawn('bash', ['scripts/serve-prod.sh'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: { ...process.env, DIST: dist },
  });
  for (let i = 0; i < 100 && !(await isUp()); i += 1) await new Promise((r) => setTimeout(r, 100));
  if (!(await isUp()))
    throw new Error('the production server did not start: try npm run serve:prod');
  return () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
}
