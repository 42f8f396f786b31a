// Playwright: real Chromium against the production build served by nginx with our nginx.conf,
// or against any deployed site when BASE_URL is set (then no local server is started).
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { ACCESS_LOG, LOCAL_BASE_URL } from './e2e/localServer.ts';

const isCI = Boolean(process.env.CI);
const deployedSite = process.env.BASE_URL;
const baseURL = deployedSite ?? LOCAL_BASE_URL;

// Where Playwright's own browser is not installed (npx playwright install cannot download here),
// use the system's Chromium. Set PLAYWRIGHT_CHROMIUM to pick another.
const systemChromium = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
const isRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: 'e2e',
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
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
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
