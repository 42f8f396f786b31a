// .gitlab-ci.yml checked by gitlab-ci-local (GitLab's CI JSON schema, rules evaluated as GitLab
// would), and its check and test jobs run for real with the shell executor.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { parse, parseDocument } from 'yaml';

const run = promisify(execFile);

type ListedJob = { name: string; when: string; stage: string; environment?: { name: string } };

/** Jobs that GitLab's included templates define, or that only extend them. */
const TEMPLATE_JOBS = ['container_scanning'];

/**
 * The pipeline without GitLab's templates: gitlab-ci-local fetches them from gitlab.com, which this
 * machine cannot reach. Everything of ours is kept as it is.
 */
function offlinePipelineFile(): string {
  const document = parseDocument(readFileSync('.gitlab-ci.yml', 'utf8'));
  document.delete('include');
  for (const job of TEMPLATE_JOBS) document.delete(job);
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

test('a merge request runs everything up to e2e against the built image, and deploys nothing', async () => {
  const jobs = await jobsOf({
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_COMMIT_BRANCH: '',
    CI_MERGE_REQUEST_IID: '7',
  });
  expect(jobs).toEqual(['data-check', 'lint', 'unit', 'build-image', 'e2e']);
});

test('a push to another branch runs the same checks, and deploys nothing', async () => {
  const jobs = await jobsOf({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'add-meetup' });
  expect(jobs).toEqual(['data-check', 'lint', 'unit', 'build-image', 'e2e']);
});

test('the default branch goes on to staging, its smoke run, then production', async () => {
  const jobs = await jobsOf({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main' });
  expect(jobs).toEqual([
    'data-check',
    'lint',
    'unit',
    'build-image',
    'e2e',
    'deploy-staging',
    'smoke-staging',
    'deploy-production',
  ]);
});

test('rules only: no `only:` or `except:` anywhere', () => {
  const text = readFileSync('.gitlab-ci.yml', 'utf8');
  expect(text).not.toMatch(/^\s*(only|except):/m);
});

test('deploys are environments with a URL; production is serialised by a resource group', () => {
  expect(pipeline['deploy-staging']).toMatchObject({
    environment: { name: 'staging', url: '$STAGING_URL' },
    resource_group: 'staging',
  });
  expect(pipeline['deploy-production']).toMatchObject({
    environment: { name: 'production', url: '$PRODUCTION_URL' },
    resource_group: 'production',
    needs: ['smoke-staging'],
  });
  expect(pipeline['smoke-staging']?.variables).toEqual({ BASE_URL: '$STAGING_URL' });
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
  expect(build.script.join('\n')).toContain('--tag $IMAGE:$IMAGE_TAG');
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

test('GitLab’s secret detection, dependency scanning and container scanning are included', () => {
  expect(pipeline.include).toEqual([
    { template: 'Jobs/Secret-Detection.gitlab-ci.yml' },
    { template: 'Jobs/Dependency-Scanning.gitlab-ci.yml' },
    { template: 'Jobs/Container-Scanning.gitlab-ci.yml' },
  ]);
  // Container scanning looks at this pipeline's image, once it is built.
  expect(pipeline.variables).toMatchObject({ CS_IMAGE: '$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA' });
  expect(pipeline.container_scanning).toEqual({ stage: 'e2e', needs: ['build-image'] });
});
