// Vitest for the delivery checks: real tools (docker stack config, gitlab-ci-local) over the
// pipeline and stack files. Kept out of the unit suite: the GitLab unit job has neither tool.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['delivery/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
