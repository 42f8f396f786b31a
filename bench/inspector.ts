// `npm run bench:inspector`: what a tool attached to the page adds to the app's start. Lighthouse,
// Playwright and an open DevTools all enable DevTools' Runtime domain, and then V8 records where
// every Error is made, with its line and column: React makes five as it loads, which makes V8 read
// react-dom and the app's chunk again. A visitor pays none of it. Loads the production build cold,
// at 4x CPU slowdown, alternating a page with Runtime enabled and one without (over the bare
// DevTools protocol, which Playwright cannot do: it enables Runtime on every page), and prints the
// medians side by side: the evaluation of the app's chunk, and the blocking time of the long tasks
// after the first paint. Run `npm run build` first.
import * as chromeLauncher from 'chrome-launcher';
import { chromiumLaunchOptions } from '../e2e/chromiumOptions.ts';
import { PAGE_CONTRACT } from '../src/app/pageContract.ts';
import { BLOCKING_AFTER_FIRST_PAINT } from './blockingTime.ts';
import { ensureProdServer, PROD_URL } from './prodServer.ts';
import { median } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CPU_SLOWDOWN = 4;

type Sample = { chunkEvaluation: number; blocking: number };

const probe = `
  window.__frames = []; window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries())
      for (const script of frame.scripts)
        if (script.invokerType === 'module-script' && script.sourceURL.includes('/assets/boot-'))
          window.__frames.push(script.duration);
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__tasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

const measured = `(() => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
  const { blocking } = ${BLOCKING_AFTER_FIRST_PAINT}(window.__tasks, fcp);
  return { chunkEvaluation: window.__frames.reduce((a, b) => a + b, 0), blocking };
})()`;

/** A DevTools protocol client over the browser's WebSocket, with flat sessions. */
async function connect(port: number) {
  const { webSocketDebuggerUrl } = (await (
    await fetch(`http://127.0.0.1:${port}/json/version`)
  ).json()) as { webSocketDebuggerUrl: string };
  const socket = new WebSocket(webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = () => reject(new Error(`cannot reach Chromium's DevTools on port ${port}`));
  });
  let lastId = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  socket.onmessage = (message) => {
    const data = JSON.parse(String(message.data)) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
    };
    const call = data.id === undefined ? undefined : waiting.get(data.id);
    if (!call) return;
    waiting.delete(data.id!);
    if (data.error) call.reject(new Error(data.error.message));
    else call.resolve(data.result);
  };
  const send = <T>(method: string, params: object = {}, sessionId?: string) =>
    new Promise<T>((resolve, reject) => {
      lastId += 1;
      waiting.set(lastId, { resolve: resolve as (v: unknown) => void, reject });
      socket.send(JSON.stringify({ id: lastId, method, params, sessionId }));
    });
  return { send, close: () => socket.close() };
}

type Client = Awaited<ReturnType<typeof connect>>;

async function measure(client: Client, withRuntime: boolean): Promise<Sample> {
  const { browserContextId } = await client.send<{ browserContextId: string }>(
    'Target.createBrowserContext',
  );
  const { targetId } = await client.send<{ targetId: string }>('Target.createTarget', {
    url: 'about:blank',
    browserContextId,
  });
  const { sessionId } = await client.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId,
    flatten: true,
  });
  const send = <T>(method: string, params: object = {}) =>
    client.send<T>(method, params, sessionId);
  await send('Page.enable');
  await send('Network.enable');
  await send('Network.setCacheDisabled', { cacheDisabled: true });
  await send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await send('Page.addScriptToEvaluateOnNewDocument', { source: probe });
  if (withRuntime) await send('Runtime.enable');
  await send('Page.navigate', { url: `${PROD_URL}/` });
  const ready = `document.querySelector('#${PAGE_CONTRACT.rootId}[${PAGE_CONTRACT.appReadyAttribute}]') !== null`;
  const giveUp = Date.now() + 60_000;
  for (;;) {
    const { result } = await send<{ result: { value: unknown } }>('Runtime.evaluate', {
      expression: ready,
      returnByValue: true,
    });
    if (result.value === true) break;
    if (Date.now() > giveUp) throw new Error(`the app did not take over ${PROD_URL}/ in a minute`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // The tasks that follow the takeover (the refresh from events.json) are counted too.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const { result, exceptionDetails } = await send<{
    result: { value: Sample };
    exceptionDetails?: { exception?: { description?: string } };
  }>('Runtime.evaluate', { expression: measured, returnByValue: true });
  if (exceptionDetails)
    throw new Error(
      `reading the page's figures failed: ${exceptionDetails.exception?.description}`,
    );
  await client.send('Target.disposeBrowserContext', { browserContextId });
  return result.value;
}

const stop = await ensureProdServer();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumLaunchOptions.executablePath,
  chromeFlags: ['--headless=new', ...(chromiumLaunchOptions.args ?? [])],
});
try {
  const client = await connect(chrome.port);
  const samples = { visitor: [] as Sample[], inspected: [] as Sample[] };
  for (let run = 0; run < RUNS; run += 1) {
    samples.visitor.push(await measure(client, false));
    samples.inspected.push(await measure(client, true));
  }
  client.close();
  console.log(
    `\n${PROD_URL}/: ${RUNS} cold loads each, alternating; ${CPU_SLOWDOWN}x CPU slowdown\n`,
  );
  console.log(`${'median'.padEnd(34)}${'no tool'.padStart(12)}${'Runtime on'.padStart(12)}`);
  const rows: [string, keyof Sample][] = [
    ["evaluation of the app's chunk", 'chunkEvaluation'],
    ['blocking time after 1st paint', 'blocking'],
  ];
  for (const [label, key] of rows) {
    const shown = (list: Sample[]) => `${median(list.map((s) => s[key])).toFixed(0)} ms`;
    console.log(
      `${label.padEnd(34)}${shown(samples.visitor).padStart(12)}${shown(samples.inspected).padStart(12)}`,
    );
  }
} finally {
  await chrome.kill();
  stop();
}
