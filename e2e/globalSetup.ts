// Before the suite, against the local server: the build it serves was made for the suite's instant
// (clock.ts). A build of another day lists other events first, and a test of what the build wrote
// would pass or fail by the date.
import { readFileSync } from 'node:fs';
import { PAGE_CONTRACT } from '../src/app/pageContract.ts';
import { PINNED_NOW } from './clock.ts';

/** When the list's page in `dist` was rendered for, as its rendered-for block says. */
export function builtFor(dist: string): string {
  const file = `${dist}/index.html`;
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: run npm run test:e2e, which builds before it tests`);
  }
  const block = new RegExp(
    `<script[^>]*id="${PAGE_CONTRACT.renderedForId}"[^>]*>([^<]*)</script>`,
  ).exec(html)?.[1];
  if (!block) throw new Error(`${file} has no ${PAGE_CONTRACT.renderedForId} block`);
  return (JSON.parse(block) as { at: string }).at;
}

export default function globalSetup(): void {
  if (process.env.BASE_URL) return; // a deployed site is built for the day it was deployed
  const dist = process.env.DIST ?? 'dist';
  const at = builtFor(dist);
  if (new Date(at).getTime() !== PINNED_NOW.getTime()) {
    throw new Error(
      `${dist}/ was built for ${at}, and the e2e tests run at ${PINNED_NOW.toISOString()} ` +
        `(e2e/clock.ts): run npm run test:e2e, which builds with BUILD_NOW=${PINNED_NOW.toISOString()}`,
    );
  }
}
