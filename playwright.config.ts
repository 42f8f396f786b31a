// Playwright: real Chromium against the production build served by nginx with our nginx.conf,
// or against any deployed site when BASE_URL is set (then no local server is started).
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromiumOptions.ts';
import { ACCESS_LOG, LOCAL_BASE_URL } from './e2e/localServer.ts';

const isCI = Boolean(process.env.CI);
const deployedSite = process.env.BASE_URL;
const baseURL = deployedSite ?? LOCAL_BASE_URL;

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/globalSetup.ts',
  forbidOnly: isCI,
  retries: isCI ? 2 : 0,
  workers: isCI ? 1 : undefined,
  reporter: isCI
    ? [
        ['list'],
        ['junit', { outputFile: 'test-results/e2e-junit.xml' }],
        ['html', { open: 'never' }],
      ]
    : [['list']],
  use: {
    baseURL,
    trace: 'on-first-retry',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: deployedSite
    ? undefined
    : {
        command: 'bash scripts/serve-prod.sh',
        env: { SERVE_ACCESS_LOG: ACCESS_LOG },
        url: `${baseURL}/healthz`,
        reuseExistingServer: !isCI,
        stdout: 'ignore',
        stderr: 'pipe',
        timeout: 30_000,
      },
});
