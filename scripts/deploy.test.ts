// The deploy script as the pipeline runs it: a real process against a real local HTTP server
// standing in for Portainer's webhook endpoint.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test, vi } from 'vitest';
import { runScript } from '../src/test/runScript.ts';

// Each test starts real processes: on a busy machine that takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

const TOKEN = 'b3f1c2d4-secret-token-5e6f';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const servers: ReturnType<typeof createServer>[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A local server answering each request with the next handler; records what it received. */
async function fakePortainer(...handlers: Handler[]) {
  const received: { method: string; url: string }[] = [];
  const server = createServer((request, response) => {
    received.push({ method: request.method ?? '', url: request.url ?? '' });
    const handler = handlers[Math.min(received.length, handlers.length) - 1]!;
    handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}`, received };
}

const answer =
  (status: number, body = ''): Handler =>
  (_request, response) => {
    response.writeHead(status).end(body);
  };
const never: Handler = () => {};

function deploy(env: Record<string, string>, args: string[] = []) {
  return runScript('scripts/deploy.ts', args, {
    // A request timeout that a busy machine does not reach; the time-out test sets a short one.
    env: { DEPLOY_RETRY_BASE_MS: '20', DEPLOY_TIMEOUT_MS: '5000', ...env },
  });
}

test('a 204 from Portainer is a success; the tag is passed and the token never printed', async () => {
  const portainer = await fakePortainer(answer(204));
  const webhook = `${portainer.base}/api/webhooks/${TOKEN}`;
  const result = await deploy({ PORTAINER_WEBHOOK_URL: webhook }, ['--tag', 'abc1234']);
  expect(result.code).toBe(0);
  expect(portainer.received).toEqual([
    { method: 'POST', url: `/api/webhooks/${TOKEN}?tag=abc1234` },
  ]);
  expect(result.output).toBe(
    `deploy: Portainer accepted the update (204) at ${portainer.base}/api/webhooks/*** (tag abc1234)\n`,
  );
});

test('a 5xx is retried with backoff until Portainer succeeds', async () => {
  const portainer = await fakePortainer(answer(502), answer(503), answer(200));
  const result = await deploy({ PORTAINER_WEBHOOK_URL: `${portainer.base}/api/webhooks/${TOKEN}` });
  expect(result.code).toBe(0);
  expect(portainer.received).toHaveLength(3);
  expect(result.output).toContain('Portainer answered 502');
  expect(result.output).toContain('attempt 1 of 5, retrying in 0.02 s');
  expect(result.output).toContain('attempt 2 of 5, retrying in 0.04 s');
  expect(result.output).not.toContain(TOKEN);
});

test('a 4xx fails at once with a message that says what to check', async () => {
  const portainer = await fakePortainer(answer(404, `no webhook ${TOKEN}`));
  const result = await deploy({ PORTAINER_WEBHOOK_URL: `${portainer.base}/api/webhooks/${TOKEN}` });
  expect(result.code).toBe(1);
  expect(portainer.received).toHaveLength(1);
  expect(result.output).toBe(
    'deploy: Portainer answered 404: the webhook token is unknown (check PORTAINER_WEBHOOK_URL) or the image tag could not be pulled (check that the build pushed it, and the registry in Portainer)\n',
  );
});

test('a 404 because the tag cannot be pulled says to check the push and the registry in Portainer', async () => {
  const portainer = await fakePortainer(
    answer(404, '{"message":"Error pulling image with the specified tag","details":"denied"}'),
  );
  const result = await deploy(
    { PORTAINER_WEBHOOK_URL: `${portainer.base}/api/webhooks/${TOKEN}` },
    ['--tag', 'abc1234'],
  );
  expect(result.code).toBe(1);
  expect(result.output).toBe(
    'deploy: Portainer answered 404, it could not pull the image tag: check that build-image pushed it, and that the registry is registered in Portainer with a read_registry deploy token (docs/operations.md)\n',
  );
});

test('a Portainer that never answers times out, is retried, then fails', async () => {
  const portainer = await fakePortainer(never);
  const result = await deploy({
    PORTAINER_WEBHOOK_URL: `${portainer.base}/api/webhooks/${TOKEN}`,
    DEPLOY_ATTEMPTS: '3',
    DEPLOY_TIMEOUT_MS: '300',
  });
  expect(result.code).toBe(1);
  expect(portainer.received).toHaveLength(3);
  expect(result.output).toContain(
    `deploy: no answer within 0.3 s at ${portainer.base}/api/webhooks/***, after 3 attempts: check that Portainer is up and reachable from the runner`,
  );
  expect(result.output).not.toContain(TOKEN);
});

test('an unreachable Portainer is a network error, retried, then reported without the token', async () => {
  const portainer = await fakePortainer(answer(204));
  const closedPort = `http://127.0.0.1:1/api/webhooks/${TOKEN}`;
  const result = await deploy({ PORTAINER_WEBHOOK_URL: closedPort, DEPLOY_ATTEMPTS: '2' });
  expect(result.code).toBe(1);
  expect(result.output).toContain(
    'deploy: the network request failed at http://127.0.0.1:1/api/webhooks/***, after 2 attempts',
  );
  expect(result.output).not.toContain(TOKEN);
  expect(portainer.received).toHaveLength(0);
});

test('without the webhook variable, the script says which variable to set', async () => {
  const result = await deploy({ PORTAINER_WEBHOOK_URL: '' });
  expect(result.code).toBe(1);
  expect(result.output).toBe(
    'deploy: PORTAINER_WEBHOOK_URL is not set: add it as a masked, protected CI/CD variable (docs/operations.md)\n',
  );
});

test('after the webhook, it waits until the site serves the new revision, then watches it', async () => {
  let polls = 0;
  const site = await fakePortainer((request, response) => {
    if (request.url === '/build-info.json') {
      polls += 1;
      response.writeHead(200, { 'Content-Type': 'application/json', 'X-Served-By': 'www.1' });
      response.end(JSON.stringify({ revision: polls < 8 ? 'old' : 'new-sha' }));
      return;
    }
    response.writeHead(204).end();
  });
  const result = await deploy(
    {
      PORTAINER_WEBHOOK_URL: `${site.base}/api/webhooks/${TOKEN}`,
      DEPLOY_VERIFY_INTERVAL_MS: '20',
    },
    ['--tag', 'new', '--site', site.base, '--revision', 'new-sha', '--monitor', '0.3'],
  );
  expect(result.output).toContain('deploy: 1 of 1 replicas serve revision new-sha (www.1)');
  expect(result.output).toContain(
    `deploy: ${site.base} serves revision new-sha on every replica, past the monitor window`,
  );
  expect(result.code).toBe(0);
});

test('a webhook that answers success but never rolls the service out is caught', async () => {
  const site = await fakePortainer((request, response) => {
    if (request.url === '/build-info.json') {
      response.writeHead(200, { 'Content-Type': 'application/json', 'X-Served-By': 'www.1' });
      response.end(JSON.stringify({ revision: 'old' }));
      return;
    }
    response.writeHead(204).end();
  });
  const result = await deploy(
    {
      PORTAINER_WEBHOOK_URL: `${site.base}/api/webhooks/${TOKEN}`,
      DEPLOY_VERIFY_INTERVAL_MS: '20',
      DEPLOY_VERIFY_TIMEOUT_MS: '300',
    },
    ['--site', site.base, '--revision', 'new-sha'],
  );
  expect(result.code).toBe(1);
  expect(result.output).toContain(
    `deploy: ${site.base}: 0 of 1 replicas serve revision new-sha after 0.3 s; not yet: www.1 (revision old)`,
  );
});

test('a bad --replicas is refused before anything is called', async () => {
  const portainer = await fakePortainer(answer(204));
  const result = await deploy(
    { PORTAINER_WEBHOOK_URL: `${portainer.base}/api/webhooks/${TOKEN}` },
    ['--replicas', 'two'],
  );
  expect(result.code).toBe(1);
  expect(result.output).toBe('deploy: --replicas two is not a positive number\n');
  expect(portainer.received).toHaveLength(0);
});
