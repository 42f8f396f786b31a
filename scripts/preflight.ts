// `npm run preflight`, the first step of `npm test`: checks, within seconds, that every system tool
// the suite needs is here, and names each missing one with the command that installs it.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

type Tool = {
  /** What the tool is for in the suite, as the message says it. */
  purpose: string;
  /** The problem, or undefined when the tool is fine. */
  problem: () => string | undefined;
  install: string;
};

/** The PATH, plus the sbin folders a non-root shell often lacks (Debian's nginx is in /usr/sbin). */
function searchPath(): string[] {
  const folders = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return [...folders, '/usr/sbin', '/sbin'];
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findCommand(name: string): string | undefined {
  return searchPath()
    .map((folder) => path.join(folder, name))
    .find(isExecutable);
}

const missingCommand = (name: string) => () =>
  findCommand(name) ? undefined : `no \`${name}\` command`;

/** `docker stack config` came with the Docker CLI 23; Debian 12's docker.io (20.10) lacks it. */
function dockerProblem(): string | undefined {
  const docker = findCommand('docker');
  if (!docker) return 'no `docker` command';
  const version = spawnSync(docker, ['version', '--format', '{{.Client.Version}}'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  const major = Number(/^(\d+)\./.exec(version.stdout.trim())?.[1]);
  if (!Number.isFinite(major)) return `\`${docker} version\` did not say its version`;
  if (major < 23) return `${docker} is ${version.stdout.trim()}, which has no \`stack config\``;
  return undefined;
}

function chromiumProblem(): string | undefined {
  const chromium = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
  return isExecutable(chromium) ? undefined : `no ${chromium}`;
}

const TOOLS: Tool[] = [
  {
    purpose: 'Chromium, for the e2e tests',
    problem: chromiumProblem,
    install: 'apt-get install -y chromium',
  },
  {
    purpose: 'nginx, the production server of the e2e tests',
    problem: missingCommand('nginx'),
    install: 'apt-get install -y nginx-light',
  },
  {
    purpose: 'rsync, which gitlab-ci-local copies the project with',
    problem: missingCommand('rsync'),
    install: 'apt-get install -y rsync',
  },
  {
    purpose: 'a Docker CLI 23 or newer, for `docker stack config` (no engine needed)',
    problem: dockerProblem,
    install:
      "install docker-ce-cli from Docker's own apt repository, or its static client binary (Debian's docker.io 20.10 is too old)",
  },
];

const lines = TOOLS.flatMap((tool) => {
  const problem = tool.problem();
  return problem ? [`- ${tool.purpose}: ${problem}. Install: ${tool.install}`] : [];
});
if (lines.length > 0) {
  console.error(`preflight: npm test cannot run here yet; missing:\n${lines.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('preflight: chromium, nginx, rsync and docker (with stack config) are here');
}
