// `npm run bench:serve`: load on the local production server (nginx + nginx.conf over dist/):
// 100 connections for 10 s on the page, the data and a hashed asset; prints req/s, latencies, errors.
import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';

const BASE_URL = process.env.BENCH_URL ?? 'http://127.0.0.1:8080';
const CONNECTIONS = 100;
const DURATION_S = 10;

async function isUp(): Promise<boolean> {
  try {
    return (await fetch(`${BASE_URL}/healthz`)).ok;
  } catch {
    return false;
  }
}

async function startServer(): Promise<ChildProcess | undefined> {
  if (await isUp()) return undefined;
  const server = spawn('bash', ['scripts/serve-prod.sh'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  for (let i = 0; i < 100 && !(await isUp()); i += 1) await new Promise((r) => setTimeout(r, 100));
  if (!(await isUp()))
    throw new Error(
      'the production server did not start: run npm run build, then npm run serve:prod',
    );
  return server;
}

async function hashedAsset(): Promise<string> {
  const html = await (await fetch(`${BASE_URL}/`)).text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!script) throw new Error('index.html names no hashed script');
  return script;
}

const server = await startServer();
try {
  const targets = ['/', '/events.json', await hashedAsset()];
  console.log(
    `${CONNECTIONS} connections, ${DURATION_S} s each, gzip asked, against ${BASE_URL}\n`,
  );
  console.log(
    'path                              req/s     p50 ms  p99 ms  max ms  errors  non-2xx',
  );
  for (const target of targets) {
    const result = await autocannon({
      url: `${BASE_URL}${target}`,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers: { 'accept-encoding': 'gzip' },
    });
    const line = [
      target.padEnd(32),
      result.requests.average.toFixed(0).padStart(8),
      String(result.latency.p50).padStart(9),
      String(result.latency.p99).padStart(7),
      String(result.latency.max).padStart(7),
      String(result.errors + result.timeouts).padStart(7),
      String(result.non2xx).padStart(8),
    ];
    console.log(line.join(' '));
    if (result.errors + result.timeouts + result.non2xx > 0) process.exitCode = 1;
  }
} finally {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
}
