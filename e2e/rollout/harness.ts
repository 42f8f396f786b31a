// The rollout harness: what stands in for the swarm here. Each replica is Debian's nginx with the
// project's nginx.conf over one release, on an address of its own, in a UTS namespace of its own so
// that its host name is its task's name, as stack.yml makes a container's. A DNS server answers
// for the service's tasks as Swarm's does. A routing mesh spreads requests over the replicas in
// turn, as the swarm's virtual IP and the TLS proxy do. A fake Portainer, a real HTTP server,
// answers the service webhook by rolling the replicas one at a time, start-first, as stack.yml
// asks Swarm to; scenarios make it stall, roll back, or answer late.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startSwarmDns } from './swarmDns.ts';

const HARNESS_FOLDER = path.resolve('.cache/rollout');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate;
  }
  throw new Error('the rollout harness needs nginx: apt-get install -y nginx-light');
}

/** Makes a folder and its parents up to the project readable by nginx's workers (nobody). */
function openToWorkers(folder: string): void {
  for (
    let current = folder;
    current.startsWith(path.resolve('.'));
    current = path.dirname(current)
  ) {
    chmodSync(current, 0o755);
    if (current === path.resolve('.')) break;
  }
}

type Replica = { name: string; address: string; site: string; stop: () => Promise<void> };

/**
 * Replicas listen on this port, each on its own loopback address: the e2e suite's own server has
 * port 8080 on every address already.
 */
export const REPLICA_PORT = 18080;
let lastAddress = 10;

/** nginx.conf as the image has it, moved from port 8080 to `address`:REPLICA_PORT. */
function configFor(address: string): string {
  const conf = readFileSync('nginx.conf', 'utf8');
  const listen = /^(\s*)listen 8080;$/m;
  const peers = /(proxy_pass http:\/\/\$replicas_of_this_service):8080;/;
  if (!listen.test(conf) || !peers.test(conf)) {
    throw new Error(
      'nginx.conf has no `listen 8080;` or no proxy_pass to the other replicas on 8080',
    );
  }
  return conf
    .replace(listen, `$1listen ${address}:${REPLICA_PORT};`)
    .replace(peers, `$1:${REPLICA_PORT};`);
}

async function waitUntilHealthy(address: string, process: ChildProcess, errors: () => string) {
  for (let i = 0; i < 200; i += 1) {
    if (process.exitCode !== null) break;
    try {
      if ((await fetch(`http://${address}:${REPLICA_PORT}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(50);
  }
  throw new Error(`a replica's nginx did not become healthy:\n${errors()}`);
}

/** One replica: nginx over `site`, with the host name `name`. */
async function startReplica(site: string, name: string): Promise<Replica> {
  mkdirSync(HARNESS_FOLDER, { recursive: true });
  const prefix = mkdtempSync(path.join(HARNESS_FOLDER, 'replica-'));
  mkdirSync(path.join(prefix, 'tmp'));
  lastAddress += 1;
  const address = `127.0.1.${lastAddress}`;
  writeFileSync(path.join(prefix, 'nginx.conf'), configFor(address));
  spawnSync('ln', ['-s', path.resolve(site), path.join(prefix, 'html')]);
  openToWorkers(prefix);
  spawnSync('chmod', ['-R', 'a+rX', path.resolve(site)]);

  const nginx = spawn(
    'unshare',
    [
      '--uts',
      'sh',
      '-c',
      // Written to /proc as the container runtime does: `hostname` refuses the `_` of task names.
      'echo "$1" > /proc/sys/kernel/hostname && shift && exec "$@"',
      'sh',
      name,
      nginxBinary(),
      '-p',
      `${prefix}/`,
      '-c',
      path.join(prefix, 'nginx.conf'),
      '-e',
      'stderr',
      '-g',
      'daemon off;',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => nginx.on('exit', () => resolve()));
  try {
    await waitUntilHealthy(address, nginx, () =>
      /unshare failed|Operation not permitted/.test(stderr)
        ? `${stderr}\nThe harness gives each replica its own host name with unshare --uts, which needs root (CI runs as root).`
        : stderr,
    );
  } catch (error) {
    nginx.kill('SIGKILL');
    throw error;
  }
  return {
    name,
    address,
    site,
    stop: async () => {
      // SIGQUIT: nginx finishes the requests under way, as the image's STOPSIGNAL asks.
      nginx.kill('SIGQUIT');
      const timer = setTimeout(() => nginx.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

export type RoutingMesh = {
  url: string;
  replicas: Replica[];
  /** Requests for a build file sent to a replica whose release lacks it: the mixed-release case. */
  crossRelease: string[];
  close: () => Promise<void>;
};

/**
 * Spreads requests over the replicas in turn, but for build files (see below). A connection refused by a replica that is stopping
 * is tried once on the next one, as the TLS proxy is set to (docs/operations.md).
 */
export async function startRoutingMesh(): Promise<RoutingMesh> {
  const replicas: Replica[] = [];
  const crossRelease: string[] = [];
  let turn = 0;
  let pageTurn = 0;
  const forward = (
    request: http.IncomingMessage,
    body: Buffer,
    response: http.ServerResponse,
    triesLeft: number,
  ) => {
    // A build file goes to a replica that lacks it whenever one does: the case a real balancer
    // meets by chance during a rollout, made certain.
    const asset = /^\/assets\/([^/?]+)/.exec(request.url ?? '')?.[1];
    const lacking = asset
      ? replicas.filter((replica) => !existsSync(path.join(replica.site, 'assets', asset)))
      : [];
    const pool = lacking.length > 0 ? lacking : replicas;
    // Pages take turns on their own counter: on a shared one, a page that makes an even number of
    // requests would always be served by the same replica.
    const isPage = String(request.headers.accept ?? '').includes('text/html');
    const replica = pool[(isPage ? pageTurn++ : turn++) % Math.max(pool.length, 1)];
    if (!replica) {
      response.writeHead(503, { 'Cache-Control': 'no-store' }).end('no replica');
      return;
    }
    if (lacking.length > 0) crossRelease.push(`${asset} asked of ${replica.name}`);
    const upstream = http.request(
      {
        host: replica.address,
        port: REPLICA_PORT,
        method: request.method,
        path: request.url,
        headers: request.headers,
        agent: false,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (response.headersSent) return response.destroy();
      if (triesLeft > 0) return forward(request, body, response, triesLeft - 1);
      response.writeHead(502, { 'Cache-Control': 'no-store' }).end('bad gateway');
    });
    upstream.end(body);
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => forward(request, Buffer.concat(chunks), response, 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    replicas,
    crossRelease,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type Scenario = {
  /** A slot whose task is never replaced (Portainer #13145: success answered, one replica left). */
  stuckSlot?: number;
  /** After the rollout, Swarm rolls back (a new task failed within `monitor`), this much later. */
  rollbackAfterMs?: number;
  /** Portainer acts, then answers only this much later (the caller's request times out). */
  answerAfterMs?: number;
};

export type FakePortainer = {
  webhookUrl: string;
  apiKey: string;
  service: string;
  /** Webhook calls received, and rollouts started by them. */
  calls: number;
  rollouts: number;
  /** Resolves when no rollout is under way. */
  settled: () => Promise<void>;
  close: () => Promise<void>;
};

const TOKEN = 'harness-webhook-token';
const API_KEY = 'harness-api-key';
const SERVICE = 'events_www';

/**
 * Portainer with one service of `replicas` tasks on `registry[initialTag]`. The webhook swaps the
 * image tag (404 when the registry lacks it, as a failed pull does) and rolls the tasks one at a
 * time, start-first, `delayMs` apart.
 */
export async function startFakePortainer(options: {
  mesh: RoutingMesh;
  registry: Record<string, string>;
  initialTag: string;
  replicas: number;
  delayMs: number;
  scenario?: Scenario;
}): Promise<FakePortainer> {
  const { mesh, registry, scenario = {} } = options;
  // A task's host name, as Swarm gives it: unique per task (the container id by default).
  const taskName = (slot: number) => `${SERVICE}.${slot}.${randomBytes(5).toString('hex')}`;
  let tag = options.initialTag;
  let state = 'completed';
  let rolling: Promise<void> = Promise.resolve();

  const dns = await startSwarmDns({
    [`tasks.${SERVICE}`]: () => mesh.replicas.map((replica) => replica.address),
  });
  const slots: Replica[] = [];
  for (let slot = 1; slot <= options.replicas; slot += 1) {
    const replica = await startReplica(registry[tag]!, taskName(slot));
    slots.push(replica);
    mesh.replicas.push(replica);
  }

  const replaceSlot = async (index: number, site: string) => {
    const old = slots[index]!;
    const fresh = await startReplica(site, taskName(index + 1));
    // start-first: the new task joins before the old one leaves.
    mesh.replicas.push(fresh);
    mesh.replicas.splice(mesh.replicas.indexOf(old), 1);
    slots[index] = fresh;
    await old.stop();
  };

  const rollTo = async (newTag: string) => {
    const previousTag = tag;
    tag = newTag;
    state = 'updating';
    for (let index = 0; index < slots.length; index += 1) {
      if (scenario.stuckSlot === index + 1) continue;
      await replaceSlot(index, registry[newTag]!);
      if (index < slots.length - 1) await sleep(options.delayMs);
    }
    state = 'completed';
    if (scenario.rollbackAfterMs === undefined) return;
    await sleep(scenario.rollbackAfterMs);
    state = 'rollback_started';
    tag = previousTag;
    for (let index = 0; index < slots.length; index += 1) {
      await replaceSlot(index, registry[previousTag]!);
      if (index < slots.length - 1) await sleep(options.delayMs);
    }
    state = 'rollback_completed';
  };

  const fake: FakePortainer = {
    webhookUrl: '',
    apiKey: API_KEY,
    service: SERVICE,
    calls: 0,
    rollouts: 0,
    settled: () => rolling,
    close: async () => {
      await rolling.catch(() => {});
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await Promise.all(slots.map((replica) => replica.stop()));
      mesh.replicas.splice(0);
      await dns.close();
    },
  };

  const json = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://portainer');
    if (request.method === 'POST' && url.pathname.startsWith('/api/webhooks/')) {
      fake.calls += 1;
      if (url.pathname !== `/api/webhooks/${TOKEN}`) {
        return json(response, 404, { message: 'Webhook not found' });
      }
      const newTag = url.searchParams.get('tag') ?? tag;
      if (!registry[newTag]) {
        return json(response, 404, {
          message: 'Error pulling image with the specified tag',
          details: `manifest for ${newTag} not found`,
        });
      }
      fake.rollouts += 1;
      rolling = rolling.then(() => rollTo(newTag));
      if (scenario.answerAfterMs) {
        setTimeout(() => response.writeHead(204).end(), scenario.answerAfterMs);
        return;
      }
      return response.writeHead(204).end();
    }
    if (url.pathname === `/api/endpoints/1/docker/services/${SERVICE}`) {
      if (request.headers['x-api-key'] !== API_KEY) {
        return json(response, 401, { message: 'Unauthorized' });
      }
      return json(response, 200, {
        Spec: {
          Name: SERVICE,
          TaskTemplate: {
            ContainerSpec: {
              Image: `registry.example:5050/group/events:${tag}@sha256:${'0'.repeat(64)}`,
            },
          },
        },
        UpdateStatus: { State: state, Message: `update ${state}` },
      });
    }
    json(response, 404, { message: 'Not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.webhookUrl = `http://127.0.0.1:${port}/api/webhooks/${TOKEN}`;
  return fake;
}
