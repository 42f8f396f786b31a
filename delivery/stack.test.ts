// stack.yml as Swarm would read it: `docker stack config` (the client only, no engine) renders
// the production and staging stacks, and the settings are checked on its output.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

type Service = {
  image: string;
  hostname?: string;
  read_only?: boolean;
  networks: Record<string, unknown>;
  stop_signal?: string;
  stop_grace_period?: string;
  volumes?: { type: string; target: string }[];
  healthcheck: {
    test: string[];
    interval: string;
    timeout: string;
    retries: number;
    start_period: string;
  };
  deploy: {
    replicas: number;
    update_config: Record<string, string | number>;
    rollback_config: Record<string, string | number>;
    restart_policy: Record<string, string | number>;
    placement?: { constraints?: string[] };
    resources: { limits: { cpus: string; memory: string } };
  };
};
type Stack = {
  services: { www: Service };
  networks: Record<string, { external?: boolean; name?: string }>;
};

const env = { ...process.env, IMAGE: 'registry.example:5050/group/events', TAG: 'abc1234' };

function stackConfig(...files: string[]): Stack {
  try {
    const output = execFileSync(
      'docker',
      ['stack', 'config', ...files.flatMap((file) => ['-c', file])],
      {
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return parse(output) as Stack;
  } catch (error) {
    const failed = error as { code?: string; stderr?: string };
    if (failed.code === 'ENOENT')
      throw new Error('the docker client is needed for this test (docker stack config)', {
        cause: error,
      });
    throw new Error(`docker stack config refused ${files.join(' + ')}:\n${failed.stderr}`, {
      cause: error,
    });
  }
}

function seconds(duration: string | number): number {
  const match = /^(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(String(duration));
  if (!match) throw new Error(`not a duration: ${duration}`);
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

const production = stackConfig('stack.yml');
const staging = stackConfig('stack.yml', 'stack.staging.yml');

test('the image and its tag come from IMAGE and TAG, and both are required', () => {
  expect(production.services.www.image).toBe('registry.example:5050/group/events:abc1234');
  const withoutTag = spawnSync('docker', ['stack', 'config', '-c', 'stack.yml'], {
    env: { ...env, TAG: '' },
    encoding: 'utf8',
  });
  expect(withoutTag.status).not.toBe(0);
  expect(withoutTag.stderr).toContain('set TAG to the image tag');
});

test('production: 2 replicas, rolled one at a time, new task healthy before the old stops, rollback on failure', () => {
  const { deploy } = production.services.www;
  expect(deploy.replicas).toBe(2);
  expect(deploy.update_config).toMatchObject({
    parallelism: 1,
    delay: '10s',
    order: 'start-first',
    failure_action: 'rollback',
  });
  expect(deploy.rollback_config).toMatchObject({ parallelism: 1, order: 'start-first' });
  const { healthcheck } = production.services.www;
  // Swarm watches a new task for `monitor`: longer than it takes the healthcheck to call it failed.
  const healthVerdict =
    seconds(healthcheck.start_period) + seconds(healthcheck.interval) * healthcheck.retries;
  expect(seconds(deploy.update_config.monitor!)).toBeGreaterThan(healthVerdict);
});

test('restarts on failure a bounded number of times, with resource limits', () => {
  const { deploy } = production.services.www;
  expect(deploy.restart_policy).toMatchObject({ condition: 'on-failure', max_attempts: 5 });
  expect(Number(deploy.resources.limits.cpus)).toBeGreaterThan(0);
  expect(Number(deploy.resources.limits.memory)).toBeGreaterThan(0);
});

test('healthcheck on /healthz, graceful stop, read-only root with a tmpfs where nginx writes', () => {
  const www = production.services.www;
  expect(www.healthcheck.test.join(' ')).toContain('http://127.0.0.1:8080/healthz');
  expect(www.stop_signal).toBe('SIGQUIT');
  expect(seconds(www.stop_grace_period!)).toBeGreaterThanOrEqual(10);
  expect(www.read_only).toBe(true);
  expect(www.volumes).toContainEqual(
    expect.objectContaining({ type: 'tmpfs', target: '/usr/share/nginx/tmp' }),
  );
});

test('attached to the external proxy network', () => {
  expect(Object.keys(production.services.www.networks)).toEqual(['proxy']);
  expect(production.networks.proxy).toMatchObject({ external: true, name: 'proxy' });
});

test('staging is the same stack with one replica', () => {
  expect(staging.services.www.deploy.replicas).toBe(1);
  expect(staging.services.www.deploy.update_config).toEqual(
    production.services.www.deploy.update_config,
  );
  expect(staging.services.www.healthcheck).toEqual(production.services.www.healthcheck);
  expect(staging.services.www.image).toBe(production.services.www.image);
});

test('each task is named by its host name, the name nginx.conf finds the other replicas by', () => {
  expect(production.services.www.hostname).toBe('{{.Task.Name}}');
  // What Swarm makes of it: SERVICE.SLOT.TASK_ID, the service named after the stack.
  const taskHostName = 'events_www.2.yzsa8ym5k3l1q9v0x7c2b4n6m';
  const conf = readFileSync('nginx.conf', 'utf8');
  const map = /map \$hostname \$replicas_of_this_service \{\s*~(\S+) tasks\.\$service;/.exec(conf);
  expect(map, 'nginx.conf maps the host name to the service').not.toBeNull();
  const service = new RegExp(map![1]!).exec(taskHostName)?.groups?.service;
  expect(service).toBe('events_www');
});

test('the runner runs on a worker kept for CI, and the site never runs there', () => {
  const runner = stackConfig('delivery/runner.stack.yml') as unknown as {
    services: { runner: Service };
  };
  expect(runner.services.runner.deploy.placement?.constraints?.toSorted()).toEqual([
    'node.labels.ci == true',
    'node.role == worker',
  ]);
  for (const stack of [production, staging]) {
    expect(stack.services.www.deploy.placement?.constraints).toContain('node.labels.ci != true');
  }
});
