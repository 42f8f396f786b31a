// `npm run bench:serve`: load on the local production server (nginx + nginx.conf over dist/):
// 100 connections for 10 s on the page, the data and a hashed asset; prints req/s, latencies, errors.
import autocannon from 'autocannon';
import { ensureProdServer, PROD_URL as BASE_URL } from './prodServer.ts';

const CONNECTIONS = 100;
const DURATION_S = 10;

async function hashedAsset(): Promise<string> {
  const html = await (await fetch(`${BASE_URL}/`)).text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!script) throw new Error('index.html names no hashed script');
  return script;
}

const stopServer = await ensureProdServer();
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
  stopServer();
}
