// `node scripts/deploy.ts --tag TAG --site URL --revision SHA [--replicas N] [--monitor SECONDS]`:
// asks Portainer to roll the swarm service to a new image tag by POSTing to its service webhook,
// then proves the rollout: every replica serves the new revision, and keeps serving it past
// Swarm's monitor window (a rollback within it fails the job). A retry never starts a second
// rollout of the same tag. The webhook URL is a secret: it comes from PORTAINER_WEBHOOK_URL and
// is never printed whole. Node 24 runs this file as it is: no dependencies, erasable types only.
import http from 'node:http';
import https from 'node:https';
import { parseArgs } from 'node:util';

class DeployError extends Error {}

type Log = (line: string) => void;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${ms / 1000} s`;

/** The webhook URL with its token hidden: `https://portainer:9443/api/webhooks/***`. */
function redact(webhookUrl: string): string {
  try {
    const url = new URL(webhookUrl);
    return `${url.origin}${url.pathname.replace(/\/webhooks\/.*/, '/webhooks/***')}`;
  } catch {
    return '(an invalid URL)';
  }
}

function explainClientError(status: number, body: string): string {
  if (status === 404 && /pull/i.test(body)) {
    return 'Portainer answered 404, it could not pull the image tag: check that build-image pushed it, and that the registry is registered in Portainer with a read_registry deploy token (docs/operations.md)';
  }
  if (status === 404) {
    return 'Portainer answered 404: the webhook token is unknown (check PORTAINER_WEBHOOK_URL) or the image tag could not be pulled (check that the build pushed it, and the registry in Portainer)';
  }
  if (status === 401 || status === 403) {
    return `Portainer answered ${status}: the webhook is not allowed; recreate it in Portainer and update PORTAINER_WEBHOOK_URL`;
  }
  return `Portainer answered ${status}: the request was refused; check PORTAINER_WEBHOOK_URL and the tag`;
}

// ---- What the site serves -------------------------------------------------------------------

type Served = { replica: string; revision: string } | { failure: string };

/**
 * One read of build-info.json on a connection of its own, so that the swarm's balancing can route
 * each read to another replica. The replica is the X-Served-By header (its host name).
 */
function readServed(siteUrl: string): Promise<Served> {
  const url = new URL('/build-info.json', siteUrl);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.get(
      url,
      { agent: false, headers: { 'Cache-Control': 'no-cache' } },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          if (response.statusCode !== 200) {
            resolve({ failure: `status ${response.statusCode}` });
            return;
          }
          try {
            const revision: unknown = (JSON.parse(body) as { revision?: unknown }).revision;
            const replica = response.headers['x-served-by'];
            resolve({
              replica: typeof replica === 'string' && replica ? replica : '(unnamed)',
              revision: String(revision),
            });
          } catch {
            resolve({ failure: 'build-info.json is not JSON' });
          }
        });
      },
    );
    request.on('error', () => resolve({ failure: 'no answer' }));
    request.setTimeout(5000, () => request.destroy(new Error('timeout')));
  });
}

/** Which replicas answered with what, over `reads` reads. */
async function sampleSite(siteUrl: string, reads: number): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  for (let i = 0; i < reads; i += 1) {
    const served = await readServed(siteUrl);
    if ('replica' in served) seen.set(served.replica, served.revision);
  }
  return seen;
}

function describe(replicas: Map<string, string>): string {
  if (replicas.size === 0) return 'no replica answered';
  return [...replicas].map(([replica, revision]) => `${replica} (revision ${revision})`).join(', ');
}

// ---- Portainer ------------------------------------------------------------------------------

type ServiceState = { tag: string; state: string; message: string };

/** Portainer's Docker API proxy, with an API key: the service's image tag and update state. */
type ServiceReader = () => Promise<ServiceState | undefined>;

function portainerService(
  webhookUrl: string,
  apiKey: string,
  endpointId: string,
  service: string,
): ServiceReader {
  const url = new URL(
    `/api/endpoints/${encodeURIComponent(endpointId)}/docker/services/${encodeURIComponent(service)}`,
    new URL(webhookUrl).origin,
  );
  return async () => {
    try {
      const response = await fetch(url, {
        headers: { 'X-API-Key': apiKey },
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) return undefined;
      const inspect = (await response.json()) as {
        Spec?: { TaskTemplate?: { ContainerSpec?: { Image?: string } } };
        UpdateStatus?: { State?: string; Message?: string };
      };
      const image = inspect.Spec?.TaskTemplate?.ContainerSpec?.Image ?? '';
      const withoutDigest = image.split('@')[0] ?? '';
      const name = withoutDigest.slice(withoutDigest.lastIndexOf('/') + 1);
      return {
        tag: name.includes(':') ? name.slice(name.indexOf(':') + 1) : 'latest',
        state: inspect.UpdateStatus?.State ?? 'none',
        message: inspect.UpdateStatus?.Message ?? '',
      };
    } catch {
      return undefined;
    }
  };
}

const FAILED_STATES = ['paused', 'rollback_started', 'rollback_paused', 'rollback_completed'];

function failIfSwarmGaveUp(service: ServiceState | undefined): void {
  if (!service || !FAILED_STATES.includes(service.state)) return;
  const why = service.message ? `: ${service.message}` : '';
  throw new DeployError(
    service.state === 'paused'
      ? `Swarm paused the update (Portainer reports "paused"${why}): look at docker service ps (docs/operations.md)`
      : `Swarm rolled the service back (Portainer reports "${service.state}"${why}): the new tasks failed; look at docker service ps and the service's logs (docs/operations.md)`,
  );
}

// ---- The webhook ----------------------------------------------------------------------------

type WebhookOptions = {
  webhookUrl: string;
  tag?: string;
  attempts: number;
  retryBaseMs: number;
  timeoutMs: number;
  /** After a call whose outcome is unknown: did Portainer act on it? Then no second call. */
  hasActed: () => Promise<string | undefined>;
  log: Log;
};

/**
 * POSTs to the webhook. A 4xx fails at once. A refused connection is retried with backoff; a
 * timeout or a 5xx is retried only when Portainer did not act on it, since every call Portainer
 * acts on forces one more rollout.
 */
async function triggerWebhook(options: WebhookOptions): Promise<void> {
  const url = new URL(options.webhookUrl);
  if (options.tag) url.searchParams.set('tag', options.tag);
  const shown = `${redact(options.webhookUrl)}${options.tag ? ` (tag ${options.tag})` : ''}`;
  for (let attempt = 1; attempt <= options.attempts; attempt += 1) {
    let outcome: string;
    let mayHaveActed = true;
    try {
      const response = await fetch(url, {
        method: 'POST',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      if (response.ok) {
        options.log(`deploy: Portainer accepted the update (${response.status}) at ${shown}`);
        return;
      }
      const body = await response.text().catch(() => '');
      if (response.status < 500) throw new DeployError(explainClientError(response.status, body));
      outcome = `Portainer answered ${response.status}`;
    } catch (error) {
      if (error instanceof DeployError) throw error;
      const isTimeout = error instanceof Error && error.name === 'TimeoutError';
      outcome = isTimeout
        ? `no answer within ${seconds(options.timeoutMs)}`
        : 'the network request failed';
      mayHaveActed = isTimeout;
    }
    if (mayHaveActed) {
      const sign = await options.hasActed();
      if (sign) {
        options.log(`deploy: ${outcome} at ${shown}, but Portainer acted: ${sign}; no second call`);
        return;
      }
    }
    if (attempt === options.attempts) {
      throw new DeployError(
        `${outcome} at ${shown}, after ${attempt} attempts: check that Portainer is up and reachable from the runner`,
      );
    }
    const wait = options.retryBaseMs * 2 ** (attempt - 1);
    options.log(
      `deploy: ${outcome} at ${shown}; attempt ${attempt} of ${options.attempts}, retrying in ${seconds(wait)}`,
    );
    await sleep(wait);
  }
}

// ---- The proof ------------------------------------------------------------------------------

type VerifyOptions = {
  siteUrl: string;
  revision: string;
  replicas: number;
  monitorMs: number;
  timeoutMs: number;
  intervalMs: number;
  readService?: ServiceReader;
  log: Log;
};

/**
 * Reads build-info.json until `replicas` distinct replicas serve the revision, then keeps reading
 * for the monitor window. A replica never seen before that serves another revision is a task of a
 * rollback; one seen before is an old task still draining, which must be gone by the end.
 */
async function verifyRollout(options: VerifyOptions): Promise<void> {
  const { siteUrl, revision, replicas, log } = options;
  const updated = new Set<string>();
  // Replicas seen with another revision, and the read they were last seen at.
  const others = new Map<string, { revision: string; read: number }>();
  let reads = 0;
  let lastFailure = '';
  const read = async (): Promise<Served> => {
    failIfSwarmGaveUp(await options.readService?.());
    const served = await readServed(siteUrl);
    if ('failure' in served) lastFailure = served.failure;
    return served;
  };

  const deadline = Date.now() + options.timeoutMs;
  while (updated.size < replicas) {
    if (Date.now() > deadline) {
      // Tasks the swarm already replaced stop answering: name only those seen lately.
      const lately = new Map(
        [...others]
          .filter(([, seen]) => seen.read > reads - replicas * 4)
          .map(([replica, seen]) => [replica, seen.revision]),
      );
      const notYet = lately.size > 0 ? `; not yet: ${describe(lately)}` : '';
      const failure = lastFailure ? `; last failed read: ${lastFailure}` : '';
      throw new DeployError(
        `${siteUrl}: ${updated.size} of ${replicas} replicas serve revision ${revision} after ${seconds(options.timeoutMs)}${notYet}${failure}: look at the service's tasks (docker service ps, docs/operations.md)`,
      );
    }
    const served = await read();
    reads += 1;
    if ('replica' in served) {
      if (served.revision === revision) {
        updated.add(served.replica);
        others.delete(served.replica);
      } else others.set(served.replica, { revision: served.revision, read: reads });
    }
    if (updated.size < replicas) await sleep(options.intervalMs);
  }
  log(
    `deploy: ${replicas} of ${replicas} replicas serve revision ${revision} (${[...updated].join(', ')}); watching for ${seconds(options.monitorMs)}, Swarm's monitor window`,
  );

  const watchEnd = Date.now() + options.monitorMs;
  const recent: Served[] = [];
  while (Date.now() < watchEnd || recent.length < replicas * 2) {
    await sleep(options.intervalMs);
    const served = await read();
    recent.push(served);
    if (recent.length > replicas * 2) recent.shift();
    if (!('replica' in served) || served.revision === revision) continue;
    if (!others.has(served.replica)) {
      throw new DeployError(
        `${siteUrl}: replica ${served.replica} serves revision ${served.revision} again, within the monitor window: Swarm rolled the update back, so the new tasks failed; look at docker service ps and the service's logs (docs/operations.md)`,
      );
    }
  }
  const stale = recent.filter((served) => 'replica' in served && served.revision !== revision);
  if (stale.length > 0) {
    throw new DeployError(
      `${siteUrl}: an old replica still serves after the monitor window: ${stale
        .map((served) =>
          'replica' in served ? `${served.replica} (revision ${served.revision})` : '',
        )
        .join(', ')}: look at docker service ps (docs/operations.md)`,
    );
  }
  const service = await options.readService?.();
  failIfSwarmGaveUp(service);
  const state = service ? `; Portainer reports the update ${service.state}` : '';
  log(
    `deploy: ${siteUrl} serves revision ${revision} on every replica, past the monitor window${state}`,
  );
}

// ---- The command ----------------------------------------------------------------------------

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function positiveNumber(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new DeployError(`--${flag} ${value} is not a positive number`);
  }
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tag: { type: 'string' },
      site: { type: 'string' },
      revision: { type: 'string' },
      replicas: { type: 'string' },
      monitor: { type: 'string' },
      service: { type: 'string' },
    },
  });
  const webhookUrl = process.env.PORTAINER_WEBHOOK_URL;
  if (!webhookUrl) {
    throw new DeployError(
      'PORTAINER_WEBHOOK_URL is not set: add it as a masked, protected CI/CD variable (docs/operations.md)',
    );
  }
  if (!/^https?:\/\/[^/]+\/.*webhooks\/[^/]+/.test(webhookUrl)) {
    throw new DeployError(
      `PORTAINER_WEBHOOK_URL does not look like a Portainer webhook (${redact(webhookUrl)}): it ends in /api/webhooks/<token>`,
    );
  }
  const log: Log = (line) => console.log(line);
  const replicas = positiveNumber('replicas', values.replicas, 1);
  const monitorMs = positiveNumber('monitor', values.monitor, 45) * 1000;
  const apiKey = process.env.PORTAINER_API_KEY;
  const serviceName = values.service ?? process.env.PORTAINER_SERVICE;
  if (apiKey && !serviceName) {
    throw new DeployError(
      'PORTAINER_API_KEY is set but not the service: pass --service NAME or set PORTAINER_SERVICE (like events_www)',
    );
  }
  const readService =
    apiKey && serviceName
      ? portainerService(webhookUrl, apiKey, process.env.PORTAINER_ENDPOINT_ID ?? '1', serviceName)
      : undefined;
  const { tag, site, revision } = values;
  const verifying = site !== undefined && revision !== undefined;

  // A re-run of a job whose rollout already happened: no second rollout of the same tag.
  const service = await readService?.();
  // Without an API key, the site itself says whether the revision is already out everywhere.
  const servedBefore =
    verifying && !readService ? await sampleSite(site, replicas * 4) : new Map<string, string>();
  const isServedEverywhere =
    servedBefore.size >= replicas && [...servedBefore.values()].every((seen) => seen === revision);
  if (tag && service?.tag === tag && !FAILED_STATES.includes(service.state)) {
    log(`deploy: the service already runs tag ${tag} (update ${service.state}); no second rollout`);
  } else if (!readService && isServedEverywhere) {
    log(
      `deploy: ${site} already serves revision ${revision} on ${describe(servedBefore)}; no second rollout`,
    );
  } else {
    const actedWaitMs = numberFromEnv('DEPLOY_ACTED_WAIT_MS', 60_000);
    await triggerWebhook({
      webhookUrl,
      tag,
      attempts: numberFromEnv('DEPLOY_ATTEMPTS', 5),
      retryBaseMs: numberFromEnv('DEPLOY_RETRY_BASE_MS', 2000),
      timeoutMs: numberFromEnv('DEPLOY_TIMEOUT_MS', 30_000),
      hasActed: async () => {
        if (readService) {
          const now = await readService();
          return tag && now?.tag === tag ? `the service now runs tag ${tag}` : undefined;
        }
        if (!verifying) return undefined;
        // No API key: the rollout shows when a replica starts serving the revision.
        const until = Date.now() + actedWaitMs;
        while (Date.now() < until) {
          const served = await readServed(site);
          if ('replica' in served && served.revision === revision) {
            return `replica ${served.replica} serves revision ${revision}`;
          }
          await sleep(1000);
        }
        return undefined;
      },
      log,
    });
  }
  if (verifying) {
    await verifyRollout({
      siteUrl: site,
      revision,
      replicas,
      monitorMs,
      timeoutMs: numberFromEnv('DEPLOY_VERIFY_TIMEOUT_MS', 300_000),
      intervalMs: numberFromEnv('DEPLOY_VERIFY_INTERVAL_MS', 1000),
      readService,
      log,
    });
  }
}

main().catch((error: unknown) => {
  console.error(
    `deploy: ${error instanceof DeployError ? error.message : `unexpected failure: ${String(error)}`}`,
  );
  process.exitCode = 1;
});
