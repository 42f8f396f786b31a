// How Chromium is launched here and in CI: the system's Chromium where Playwright's own browser
// is not installed (npx playwright install cannot download here); root needs --no-sandbox.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const systemChromium = process.env.PLAYWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
const isRoot = process.getuid?.() === 0;

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
