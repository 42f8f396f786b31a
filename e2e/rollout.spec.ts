// Rolling updates, proved here: two releases of the site, each served by nginx with nginx.conf,
// behind a routing mesh, rolled by a fake Portainer (e2e/rollout/harness.ts). Chromium uses the
// site throughout a rollout; scripts/deploy.ts is run against every way a rollout goes wrong.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Page, Response } from '@playwright/test';
import { runScript } from '../src/test/runScript.ts';
import { APP_READY, expect, test } from './fixtures.ts';
import {
  REPLICA_PORT,
  startFakePortainer,
  startRoutingMesh,
  type FakePortainer,
  type RoutingMesh,
  type Scenario,
} from './rollout/harness.ts';

const OLD = { tag: 'old1234', revision: 'rollout-old', site: '.cache/rollout/old' };
const NEW = { tag: 'new5678', revision: 'rollout-new', site: '.cache/rollout/new' };

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(240_000);
  // Two real releases: the new one carries the old one's assets, as the image build does.
  for (const release of [OLD, NEW]) {
    rmSync(release.site, { recursive: true, force: true });
    execFileSync('npm', ['run', 'build'], {
      env: { ...process.env, DIST: release.site, REVISION: release.revision },
      stdio: 'ignore',
      timeout: 180_000,
    });
  }
  execFileSync('npx', ['tsx', 'scripts/carry-previous-assets.ts', OLD.site, NEW.site], {
    stdio: 'ignore',
  });
});

let mesh: RoutingMesh;
let portainer: FakePortainer | undefined;

test.afterEach(async () => {
  await portainer?.close();
  portainer = undefined;
  await mesh?.close();
});

async function harness(scenario: Scenario = {}, delayMs = 500) {
  mesh = await startRoutingMesh();
  portainer = await startFakePortainer({
    mesh,
    registry: { [OLD.tag]: OLD.site, [NEW.tag]: NEW.site },
    initialTag: OLD.tag,
    replicas: 2,
    delayMs,
    scenario,
  });
  return { mesh, portainer };
}

function deploy(
  fake: FakePortainer,
  options: { tag?: string; monitor?: string; env?: Record<string, string> } = {},
) {
  const args = [
    '--tag',
    options.tag ?? NEW.tag,
    '--site',
    mesh.url,
    '--revision',
    NEW.revision,
    '--replicas',
    '2',
    '--monitor',
    options.monitor ?? '2',
  ];
  return runScript('scripts/deploy.ts', args, {
    env: {
      PORTAINER_WEBHOOK_URL: fake.webhookUrl,
      DEPLOY_VERIFY_INTERVAL_MS: '100',
      DEPLOY_VERIFY_TIMEOUT_MS: '20000',
      DEPLOY_RETRY_BASE_MS: '100',
      ...options.env,
    },
    timeoutMs: 90_000,
  });
}

/** What a visitor's page met: errors it logged, and failed responses with their caching. */
function watch(page: Page) {
  const seen = { consoleErrors: [] as string[], failed: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => seen.consoleErrors.push(error.message));
  page.on('response', (response: Response) => {
    if (response.status() < 400) return;
    seen.failed.push(
      `${response.status()} ${new URL(response.url()).pathname} cache-control: ${response.headers()['cache-control']}`,
    );
  });
  return seen;
}

/** A visit: the page loads, the app takes over and shows events; returns its code's revision. */
async function visit(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.locator(APP_READY).waitFor({ state: 'attached', timeout: 30_000 });
  await expect(page.getByRole('article').first()).toBeVisible();
  return (await page.locator('html').getAttribute('data-revision')) ?? 'none';
}

test('@local a rollout under use: no broken page, no error cached, an open tab keeps working, all ends new', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // Four seconds between the two tasks: time for several visits with both releases up.
  const { mesh, portainer } = await harness({}, 4000);
  // A tab opened before the deploy, used after it.
  const openTab = await browser.newPage();
  const openTabSeen = watch(openTab);
  expect(await visit(openTab, mesh.url)).toBe(OLD.revision);

  const deploying = deploy(portainer);
  let isDeploying = true;
  void deploying.finally(() => (isDeploying = false));
  const visits: { revision: string; failed: string[]; consoleErrors: string[] }[] = [];
  while (isDeploying || visits.length < 3) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = watch(page);
    const revision = await visit(page, mesh.url);
    visits.push({ revision, ...seen });
    await context.close();
    if (!isDeploying) break;
  }
  for (let i = 0; i < 2; i += 1) {
    const page = await browser.newPage();
    const seen = watch(page);
    visits.push({ revision: await visit(page, mesh.url), ...seen });
    await page.close();
  }
  const deployed = await deploying;
  expect(deployed.code, deployed.output).toBe(0);

  // Every visit ended on a working page of one release; the last ones on the new release.
  expect(visits.length).toBeGreaterThan(3);
  expect(visits.map((v) => v.revision).every((r) => r === OLD.revision || r === NEW.revision)).toBe(
    true,
  );
  expect(visits.slice(-2).map((v) => v.revision)).toEqual([NEW.revision, NEW.revision]);
  // No failed response was allowed into a cache.
  const failed = visits.flatMap((v) => v.failed);
  for (const line of failed) expect(line).toMatch(/cache-control: no-store$/);
  const consoleErrors = visits.flatMap((v) => v.consoleErrors);
  expect(consoleErrors, `failed responses: ${failed.join('; ')}`).toEqual([]);
  // The rollout was tested where it is hard: pages of one release asked replicas of the other.
  expect(mesh.crossRelease.length, 'no visit met a replica of the other release').toBeGreaterThan(
    0,
  );

  // The tab of the old release lazy-loads the propose form's code, from the new replicas now.
  await openTab.getByRole('link', { name: 'Proposer un événement' }).click();
  await expect(
    openTab.getByRole('heading', { level: 2, name: 'Proposer un événement' }),
  ).toBeVisible();
  expect(await openTab.locator('html').getAttribute('data-revision')).toBe(OLD.revision);
  expect(openTabSeen.consoleErrors).toEqual([]);
  expect(openTabSeen.failed).toEqual([]);
  await openTab.close();
  expect(portainer.rollouts).toBe(1);
});

test('@local a replica asks the other replicas for a file of the other release, once, and never caches a miss', async () => {
  const { mesh, portainer } = await harness({ stuckSlot: 2 });
  const deployed = await deploy(portainer, { env: { DEPLOY_VERIFY_TIMEOUT_MS: '1500' } });
  expect(deployed.code).toBe(1);
  const old = mesh.replicas.find((replica) => replica.site === OLD.site);
  expect(mesh.replicas.map((replica) => replica.site).sort()).toEqual([NEW.site, OLD.site]);
  const newInfo = JSON.parse(readFileSync(`${NEW.site}/build-info.json`, 'utf8')) as {
    assets: string[];
  };
  const newBoot = newInfo.assets.find((file) => /^boot-.*\.js$/.test(file))!;
  expect(existsSync(`${OLD.site}/assets/${newBoot}`)).toBe(false);

  const atOld = (path: string, headers: Record<string, string> = {}) =>
    fetch(`http://${old!.address}:${REPLICA_PORT}${path}`, { headers });
  const found = await atOld(`/assets/${newBoot}`);
  expect(found.status).toBe(200);
  expect(found.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
  expect(found.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(found.headers.get('content-security-policy')?.split('default-src').length).toBe(2);
  expect(await found.text()).toBe(readFileSync(`${NEW.site}/assets/${newBoot}`, 'utf8'));

  const missing = await atOld('/assets/index-NOWHERE.js');
  expect(missing.status).toBe(404);
  expect(missing.headers.get('cache-control')).toBe('no-store');
  // A request forwarded once is not forwarded again.
  const forwarded = await atOld(`/assets/${newBoot}`, {
    'X-Forwarded-By-Replica': 'events_www.1.x',
  });
  expect(forwarded.status).toBe(404);
});

test('@local deploy: success once every replica serves the new revision past the monitor window', async () => {
  const { portainer } = await harness();
  const result = await deploy(portainer);
  expect(result.code, result.output).toBe(0);
  expect(result.output).toMatch(
    /2 of 2 replicas serve revision rollout-new \(events_www\.1\.\w+, events_www\.2\.\w+\)/,
  );
  expect(result.output).toContain(
    'serves revision rollout-new on every replica, past the monitor window',
  );
  expect(portainer.rollouts).toBe(1);

  // The job run again (a retry): the rollout is not started a second time.
  const again = await deploy(portainer);
  expect(again.code, again.output).toBe(0);
  expect(again.output).toContain('already serves revision rollout-new');
  expect(portainer.calls).toBe(1);
});

test('@local deploy: a replica that never switches fails the job, naming it', async () => {
  const { portainer } = await harness({ stuckSlot: 2 });
  const result = await deploy(portainer, { env: { DEPLOY_VERIFY_TIMEOUT_MS: '4000' } });
  expect(result.code).toBe(1);
  expect(result.output).toMatch(
    /deploy: http:\/\/127\.0\.0\.1:\d+: 1 of 2 replicas serve revision rollout-new after 4 s; not yet: events_www\.2\.\w+ \(revision rollout-old\)/,
  );
});

test('@local deploy: a rollback within the monitor window fails the job, saying so', async () => {
  const { portainer } = await harness({ rollbackAfterMs: 500 });
  const result = await deploy(portainer, { monitor: '6' });
  expect(result.code).toBe(1);
  expect(result.output).toMatch(
    /replica events_www\.\d\.\w+ serves revision rollout-old again, within the monitor window: Swarm rolled the update back/,
  );
});

test('@local deploy: with a Portainer API key, the update state is read and a rollback reported', async () => {
  const { portainer } = await harness({ rollbackAfterMs: 500 });
  const result = await deploy(portainer, {
    monitor: '6',
    env: { PORTAINER_API_KEY: portainer.apiKey, PORTAINER_SERVICE: portainer.service },
  });
  expect(result.code).toBe(1);
  expect(result.output).toContain(
    'deploy: Swarm rolled the service back (Portainer reports "rollback_started": update rollback_started)',
  );
});

test('@local deploy: a tag the registry lacks is a 404 on pull, with what to check', async () => {
  const { portainer } = await harness();
  const result = await deploy(portainer, { tag: 'never-pushed' });
  expect(result.code).toBe(1);
  expect(result.output).toContain(
    'deploy: Portainer answered 404, it could not pull the image tag: check that build-image pushed it, and that the registry is registered in Portainer',
  );
  expect(portainer.rollouts).toBe(0);
});

for (const withApiKey of [false, true]) {
  test(`@local deploy: a call that times out after Portainer acted is not repeated (${withApiKey ? 'API key' : 'no API key'})`, async () => {
    const { portainer } = await harness({ answerAfterMs: 3000 });
    const result = await deploy(portainer, {
      env: {
        DEPLOY_TIMEOUT_MS: '500',
        ...(withApiKey
          ? { PORTAINER_API_KEY: portainer.apiKey, PORTAINER_SERVICE: portainer.service }
          : {}),
      },
    });
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('but Portainer acted');
    expect(portainer.calls).toBe(1);
    expect(portainer.rollouts).toBe(1);
  });
}
