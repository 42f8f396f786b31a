// `npm run deploy -- [--tag TAG] [--site URL --revision SHA]`: asks Portainer to roll the swarm
// service to a new image by POSTing to its service webhook, then (optionally) waits until the site
// serves that revision. The webhook URL is a secret: it comes from PORTAINER_WEBHOOK_URL and is
// never printed whole.
import { parseArgs } from 'node:util';

export type DeployOptions = {
  webhookUrl: string;
  tag?: string;
  attempts: number;
  retryBaseMs: number;
  timeoutMs: number;
  log: (line: string) => void;
};

class DeployError extends Error {}

/** The webhook URL with its token hidden: `https://portainer:9443/api/webhooks/***`. */
export function redact(webhookUrl: string): string {
  try {
    const url = new URL(webhookUrl);
    return `${url.origin}${url.pathname.replace(/\/webhooks\/.*/, '/webhooks/***')}`;
  } catch {
    return '(an invalid URL)';
  }
}

function explainClientError(status: number): string {
  if (status === 404) {
    return 'Portainer answered 404: the webhook token is unknown (check PORTAINER_WEBHOOK_URL) or the image tag could not be pulled (check that the build pushed it)';
  }
  if (status === 401 || status === 403) {
    return `Portainer answered ${status}: the webhook is not allowed; recreate it in Portainer and update PORTAINER_WEBHOOK_URL`;
  }
  return `Portainer answered ${status}: the request was refused; check PORTAINER_WEBHOOK_URL and the tag`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** POSTs to the webhook; retries network errors, timeouts and 5xx with backoff; fails at once on 4xx. */
export async function triggerWebhook(options: DeployOptions): Promise<void> {
  const url = new URL(options.webhookUrl);
  if (options.tag) url.searchParams.set('tag', options.tag);
  const shown = `${redact(options.webhookUrl)}${options.tag ? ` (tag ${options.tag})` : ''}`;
  for (let attempt = 1; attempt <= options.attempts; attempt += 1) {
    let outcome: string;
    try {
      const response = await fetch(url, {
        method: 'POST',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      if (response.ok) {
        options.log(`deploy: Portainer accepted the update (${response.status}) at ${shown}`);
        return;
      }
      if (response.status < 500) throw new DeployError(explainClientError(response.status));
      outcome = `Portainer answered ${response.status}`;
    } catch (error) {
      if (error instanceof DeployError) throw error;
      outcome =
        error instanceof Error && error.name === 'TimeoutError'
          ? `no answer within ${options.timeoutMs / 1000} s`
          : 'the network request failed';
    }
    if (attempt === options.attempts) {
      throw new DeployError(
        `${outcome} at ${shown}, after ${attempt} attempts: check that Portainer is up and reachable from the runner`,
      );
    }
    const wait = options.retryBaseMs * 2 ** (attempt - 1);
    options.log(
      `deploy: ${outcome} at ${shown}; attempt ${attempt} of ${options.attempts}, retrying in ${wait / 1000} s`,
    );
    await sleep(wait);
  }
}

/** Polls the site's build-info.json until it names the revision: Portainer's 2xx alone proves nothing. */
export async function waitForRevision(
  siteUrl: string,
  revision: string,
  options: { timeoutMs: number; intervalMs: number; log: (line: string) => void },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  const infoUrl = new URL('/build-info.json', siteUrl);
  let seen = 'nothing';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(infoUrl, {
        cache: 'no-store',
        signal: AbortSignal.timeout(5000),
      });
      const info = response.ok ? ((await response.json()) as { revision?: unknown }) : undefined;
      seen = info ? `revision ${String(info.revision)}` : `status ${response.status}`;
      if (info?.revision === revision) {
        options.log(`deploy: ${siteUrl} serves revision ${revision}`);
        return;
      }
    } catch {
      seen = 'no answer';
    }
    await sleep(options.intervalMs);
  }
  throw new DeployError(
    `${siteUrl} still serves ${seen}, not ${revision}, after ${options.timeoutMs / 1000} s: look at the service's tasks in Portainer (docs/operations.md)`,
  );
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { tag: { type: 'string' }, site: { type: 'string' }, revision: { type: 'string' } },
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
  const log = (line: string) => console.log(line);
  await triggerWebhook({
    webhookUrl,
    tag: values.tag,
    attempts: numberFromEnv('DEPLOY_ATTEMPTS', 5),
    retryBaseMs: numberFromEnv('DEPLOY_RETRY_BASE_MS', 2000),
    timeoutMs: numberFromEnv('DEPLOY_TIMEOUT_MS', 30_000),
    log,
  });
  if (values.site && values.revision) {
    await waitForRevision(values.site, values.revision, {
      timeoutMs: numberFromEnv('DEPLOY_VERIFY_TIMEOUT_MS', 180_000),
      intervalMs: numberFromEnv('DEPLOY_VERIFY_INTERVAL_MS', 5000),
      log,
    });
  }
}

main().catch((error: unknown) => {
  console.error(`deploy: ${error instanceof DeployError ? error.message : 'unexpected failure'}`);
  process.exitCode = 1;
});
