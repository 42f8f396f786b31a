// The preflight as `npm test` runs it: a real process, with a PATH that lacks tools or holds an old
// Docker client (a real script that answers as Debian's docker.io 20.10 does).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';

// Each test starts real processes: on a busy machine that takes seconds, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A folder to stand for PATH, holding the given executable scripts. */
function binFolder(scripts: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'preflight-'));
  folders.push(folder);
  for (const [name, body] of Object.entries(scripts)) {
    writeFileSync(path.join(folder, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(folder, name), 0o755);
  }
  return folder;
}

function preflight(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/preflight.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

test('a missing tool is named with the command that installs it, and the run stops', () => {
  const bin = binFolder({ docker: 'echo 20.10.24+dfsg1' });
  const result = preflight({ PATH: bin, PLAYWRIGHT_CHROMIUM: '/nonexistent/chromium' });
  expect(result.code).toBe(1);
  expect(result.output).toContain(
    '- Chromium, for the e2e tests: no /nonexistent/chromium. Install: apt-get install -y chromium',
  );
  expect(result.output).toContain(
    '- rsync, which gitlab-ci-local copies the project with: no `rsync` command. Install: apt-get install -y rsync',
  );
  expect(result.output).toContain(
    `- a Docker CLI 23 or newer, for \`docker stack config\` (no engine needed): ${bin}/docker is 20.10.24+dfsg1, which has no \`stack config\`.`,
  );
}, 60_000);

test('with every tool here, it says so and lets the tests run', () => {
  const bin = binFolder({ docker: 'echo 28.2.2', rsync: 'true', nginx: 'true' });
  const chromium = path.join(bin, 'chromium');
  writeFileSync(chromium, '#!/bin/sh\n');
  chmodSync(chromium, 0o755);
  const result = preflight({ PATH: bin, PLAYWRIGHT_CHROMIUM: chromium });
  expect(result.output).toContain('preflight: chromium, nginx, rsync and docker');
  expect(result.code).toBe(0);
}, 60_000);
