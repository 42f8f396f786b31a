// For benchmarks: the local production server (scripts/serve-prod.sh) if it is not running yet.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inlineStylesOf, withStyleHashes } from '../src/build/inlineStyle.ts';

export const PROD_URL = process.env.BENCH_URL ?? 'http://127.0.0.1:8080';

async function isUp(): Promise<boolean> {
  try {
    return (await fetch(`${PROD_URL}/healthz`)).ok;
  } catch {
    return false;
  }
}

/**
 * nginx.conf allowing the inline styles of the pages of `dist`, by their hash. The project's
 * nginx.conf allows those of its last build only: a build of another commit (BENCH_DIST) would have
 * its stylesheet refused, and be measured unstyled.
 */
export function nginxConfFor(dist: string, conf = readFileSync('nginx.conf', 'utf8')): string {
  const pages = readdirSync(dist).filter((file) => file.endsWith('.html'));
  const styles = pages.flatMap((page) =>
    inlineStylesOf(readFileSync(path.join(dist, page), 'utf8')),
  );
  return withStyleHashes(conf, styles);
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
  const conf = path.resolve('.cache/bench-nginx.conf');
  writeFileSync(conf, nginxConfFor(dist));
  const server: ChildProcess = spawn('bash', ['scripts/serve-prod.sh'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env: { ...process.env, DIST: dist, NGINX_CONF: conf },
  });
  for (let i = 0; i < 100 && !(await isUp()); i += 1) await new Promise((r) => setTimeout(r, 100));
  if (!(await isUp()))
    throw new Error('the production server did not start: try npm run serve:prod');
  return () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
}
