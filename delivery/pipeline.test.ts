// .gitlab-ci.yml checked by gitlab-ci-local (GitLab's CI JSON schema, rules evaluated as GitLab
// would), and its check and test jobs run for real with the shell executor.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { parse, parseDocument } from 'yaml';

const run = promisify(execFile);

type ListedJob = { name: string; when: string; stage: string; environment?: { name: string } };

/**
 * The pipeline with GitLab's templates swapped for delivery/gitlab-templates.offline.yml: each
 * template's job with the template's own rules (gitlab-ci-local would fetch them from gitlab.com,
 * which this machine cannot reach). Everything of ours is kept as it is.
 */
function offlinePipelineFile(): string {
  const document = parseDocument(readFileSync('.gitlab-ci.yml', 'utf8'));
  document.set('include', [{ local: 'delivery/gitlab-templates.offline.yml' }]);
  mkdirSync('.cache', { recursive: true });
  writeFileSync('.cache/gitlab-ci.offline.yml', document.toString());
  return '.cache/gitlab-ci.offline.yml';
}

async function gitlabCiLocal(
  args: string[],
  file = offlinePipelineFile(),
): Promise<{ code: number; output: string; stdout: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['gitlab-ci-local', '--file', file, ...args], {
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        GCL_IGNORE_PREDEFINED_VARS: 'CI_PIPELINE_SOURCE,CI_COMMIT_BRANCH,CI_DEFAULT_BRANCH',
      },
    });
    return { code: 0, output: stdout + stderr, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr, stdout: failed.stdout };
  }
}

async function jobsOf(pipeline: Record<string, string>): Promise<string[]> {
  const variables = Object.entries({ CI_DEFAULT_BRANCH: 'main', ...pipeline }).flatMap(
    ([name, value]) => ['--variable', `${name}=${value}`],
  );
  const result = await gitlabCiLocal(['--list-json', ...variables]);
  expect(result.code, result.output).toBe(0);
  const jobs = JSON.parse(result.stdout.slice(result.stdout.indexOf('['))) as ListedJob[];
  return jobs.filter((job) => job.when !== 'never').map((job) => job.name);
}

const pipeline = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as Record<
  string,
  Record<string, unknown>
>;

test('the pipeline passes GitLab’s CI schema', async () => {
  const result = await gitlabCiLocal(['--list']);
  expect(result.code, result.output).toBe(0);
  expect(result.output).toContain('json schema validated');
});

test('a pipeline that breaks GitLab’s schema is refused (the check is real)', async () => {
  mkdirSync('.cache', { recursive: true });
  writeFileSync(
    '.cache/broken-ci.yml',
    'check:\n  stage: test\n  script: echo hi\n  when: sometimes\n',
  );
  const result = await gitlabCiLocal(['--list'], '.cache/broken-ci.yml');
  expect(result.code).not.toBe(0);
  expect(result.output).toContain('check.when');
});

const SCANNERS = ['secret_detection', 'dependency-scanning', 'container_scanning'];
const CHECKS = ['data-check', 'lint', 'unit', 'build-image', 'e2e'];

test('a merge request runs everything up to e2e against the built image, scanners included, and deploys nothing', async () => {
  const jobs = await jobsOf({
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_COMMIT_BRANCH: '',
    CI_MERGE_REQUEST_IID: '7',
  });
  expect(jobs.toSorted()).toEqual([...CHECKS, ...SCANNERS].toSorted());
});

test('a push to another branch runs the same checks and scanners, and deploys nothing', async () => {
  const jobs = await jobsOf({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'add-meetup' });
  expect(jobs.toSorted()).toEqual([...CHECKS, ...SCANNERS].toSorted());
});

test('the default branch goes on to staging with its smoke run, production, then the release tags', async () => {
  const jobs = await jobsOf({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' });
  expect(jobs.filter((job) => !SCANNERS.includes(job))).toEqual([
    ...CHECKS,
    'staging',
    'deploy-production',
    'release',
  ]);
  expect(jobs).toEqual(expect.arrayContaining(SCANNERS));
});

test('a scheduled pipeline checks the links and runs the scanners, and builds or deploys nothing', async () => {
  const jobs = await jobsOf({ CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'main' });
  expect(jobs.toSorted()).toEqual(['link-check', ...SCANNERS].toSorted());
  const linkCheck = job('link-check');
  expect(linkCheck.script.join('\n')).toContain('npm run check-links');
});

test('the link check never runs on a push or a merge request', async () => {
  const pipelines: Record<string, string>[] = [
    { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' },
    { CI_PIPELINE_SOURCE: 'merge_request_event', CI_COMMIT_BRANCH: '', CI_MERGE_REQUEST_IID: '7' },
  ];
  for (const pipeline of pipelines) {
    expect(await jobsOf(pipeline)).not.toContain('link-check');
  }
});

test('rules only: no `only:` or `except:` anywhere', () => {
  const text = readFileSync('.gitlab-ci.yml', 'utf8');
  expect(text).not.toMatch(/^\s*(only|except):/m);
});

type Job = {
  script: string[];
  before_script?: string[];
  needs: ({ job: string; artifacts?: boolean } | string)[];
  resource_group?: string;
  variables?: Record<string, string>;
  environment?: { name: string; url: string };
};
const job = (name: string) => pipeline[name] as unknown as Job;

test('staging is deployed and smoke-tested in one job that holds its resource group throughout', () => {
  const staging = job('staging');
  expect(staging).toMatchObject({
    environment: { name: 'staging', url: '$STAGING_URL' },
    resource_group: 'staging',
    variables: { BASE_URL: '$STAGING_URL', EXPECTED_REVISION: '$CI_COMMIT_SHA' },
  });
  const script = staging.script.join('\n');
  expect(script.indexOf('scripts/deploy.ts')).toBeGreaterThanOrEqual(0);
  expect(script.indexOf('npm run test:smoke')).toBeGreaterThan(script.indexOf('scripts/deploy.ts'));
  expect(script).toContain('--revision "$CI_COMMIT_SHA"');
});

test('production is serialised, needs the smoke run, and is proved on its two replicas', () => {
  const production = job('deploy-production');
  expect(production).toMatchObject({
    environment: { name: 'production', url: '$PRODUCTION_URL' },
    resource_group: 'production',
    needs: [{ job: 'staging', artifacts: false }],
  });
  expect(production.script.join('\n')).toContain('--replicas 2');
});

test('deploy jobs wait past the monitor window that stack.yml gives Swarm', () => {
  const stack = parse(readFileSync('stack.yml', 'utf8')) as {
    services: { www: { deploy: { update_config: { monitor: string } } } };
  };
  const monitor = stack.services.www.deploy.update_config.monitor;
  expect(`${(pipeline.variables as Record<string, string>).DEPLOY_MONITOR_SECONDS}s`).toBe(monitor);
  for (const name of ['staging', 'deploy-production']) {
    expect(job(name).script.join('\n')).toContain('--monitor "$DEPLOY_MONITOR_SECONDS"');
  }
});

test('`latest` and `production` move only after production is deployed and verified', () => {
  const build = job('build-image').script.join('\n');
  expect(build).not.toContain(':latest');
  expect(build).toContain('--tag "$IMAGE:$IMAGE_TAG"');
  const release = job('release');
  expect(release.needs).toEqual([{ job: 'deploy-production', artifacts: false }]);
  expect(release.resource_group).toBe('production');
  expect(release.script).toEqual(
    expect.arrayContaining([
      'crane tag "$IMAGE:$IMAGE_TAG" production',
      'crane tag "$IMAGE:$IMAGE_TAG" latest',
    ]),
  );
});

test('deploy and release jobs fetch no artifacts', () => {
  for (const name of ['staging', 'deploy-production', 'release']) {
    for (const need of job(name).needs) expect(need, name).toMatchObject({ artifacts: false });
  }
});

test('the image build stops at once, saying what to set, when PRODUCTION_URL is missing', () => {
  const guard = job('build-image').before_script![0]!;
  const missing = spawnSync('sh', ['-c', guard], {
    env: { PATH: process.env.PATH, PRODUCTION_URL: '' },
    encoding: 'utf8',
  });
  expect(missing.status).toBe(1);
  expect(missing.stdout).toBe(
    'build-image: PRODUCTION_URL is not set: add it in Settings > CI/CD > Variables (docs/operations.md)\n',
  );
  const set = spawnSync('sh', ['-c', guard], {
    env: { PATH: process.env.PATH, PRODUCTION_URL: 'https://events.example.org' },
  });
  expect(set.status).toBe(0);
});

test('the e2e job tests the image this pipeline built, run as a service', () => {
  const e2e = pipeline.e2e as {
    services: { name: string; alias: string }[];
    variables: Record<string, string>;
  };
  expect(e2e.services).toEqual([
    { name: '$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA', alias: 'site' },
  ]);
  expect(e2e.variables.BASE_URL).toBe('http://site:8080');
  const build = pipeline['build-image'] as { script: string[] };
  expect(build.script.join('\n')).toContain('--tag "$IMAGE:$IMAGE_TAG"');
  expect(pipeline.variables).toMatchObject({
    IMAGE: '$CI_REGISTRY_IMAGE',
    IMAGE_TAG: '$CI_COMMIT_SHORT_SHA',
  });
});

test('the Playwright image is the version of @playwright/test that the lock file installs', () => {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, { version: string }>;
  };
  const installed = lock.packages['node_modules/@playwright/test']!.version;
  const image = (pipeline['.playwright'] as { image: string }).image;
  expect(image).toBe(`mcr.microsoft.com/playwright:v${installed}-noble`);
});

test('docker and docker-in-docker are the same pinned version, with TLS', () => {
  const build = pipeline['build-image'] as {
    image: string;
    services: { name: string }[];
    variables: Record<string, string>;
  };
  const version = /^docker:(\d+\.\d+\.\d+)$/.exec(build.image)?.[1];
  expect(version).toBeDefined();
  expect(build.services[0]?.name).toBe(`docker:${version}-dind`);
  expect(build.variables).toMatchObject({
    DOCKER_TLS_CERTDIR: '/certs',
    DOCKER_HOST: 'tcp://docker:2376',
  });
});

test('the check and test jobs pass when run for real with the shell executor', async () => {
  const result = await gitlabCiLocal([
    '--force-shell-executor',
    // Each job in its own copy under .gitlab-ci-local/builds: npm ci must not touch this tree.
    '--shell-isolation',
    '--variable',
    `npm_config_cache=${process.env.npm_config_cache ?? `${process.env.HOME}/.npm`}`,
    'data-check',
    'lint',
    'unit',
  ]);
  expect(result.code, result.output.slice(-4000)).toBe(0);
  for (const job of ['data-check', 'lint', 'unit']) expect(result.output).toContain(`PASS  ${job}`);
  // gitlab-ci-local applies the job’s `coverage:` regex as GitLab would.
  expect(result.output).toMatch(/PASS\s+unit\s+\d+(\.\d+)?% coverage/);
}, 600_000);

test('GitLab’s secret detection, dependency scanning and container scanning are included, in merge requests too', () => {
  expect(pipeline.include).toEqual([
    { template: 'Jobs/Secret-Detection.gitlab-ci.yml' },
    { template: 'Jobs/Dependency-Scanning.v2.gitlab-ci.yml' },
    { template: 'Jobs/Container-Scanning.gitlab-ci.yml' },
  ]);
  expect(pipeline.variables).toMatchObject({ AST_ENABLE_MR_PIPELINES: 'true' });
  // Container scanning looks at this pipeline's image, once it is built.
  expect(pipeline.variables).toMatchObject({ CS_IMAGE: '$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA' });
  expect(pipeline.container_scanning).toEqual({
    stage: 'e2e',
    needs: [{ job: 'build-image', optional: true }],
  });
});
