// A page whose chunks are gone from the server that answers (an open tab after a deploy, or a page of
// one release asking a replica that runs the other): it reloads, waiting longer each time, and
// stops after four tries.
import type { Page } from '@playwright/test';
import { expect, expectConsoleErrors, test, waitForApp } from './fixtures.ts';

/** Counts the page's loads of its document: the first visit and each reload. */
function countDocumentLoads(page: Page): () => number {
  let loads = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'document') loads += 1;
  });
  return () => loads;
}

for (const [what, files] of [
  ['a chunk', '**/assets/boot-*.js'],
  ['the entry script itself', '**/assets/index-*.js'],
] as const) {
  test(`${what} missing after a deploy: the page reloads and the app runs`, async ({ page }) => {
    expectConsoleErrors(/^Failed to load resource: the server responded with a status of 404/);
    const loads = countDocumentLoads(page);
    // The first page's requests fail, as on a server of the other release.
    await page.route(files, (route) =>
      loads() === 1 ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
    );
    await page.goto('/');
    await waitForApp(page);
    await expect(page.getByRole('article').first()).toBeVisible();
    expect(loads()).toBe(2);
  });
}

test('a chunk that is truly gone: four reloads, then it stops', async ({ page }) => {
  test.setTimeout(60_000);
  // After the last try, the failure shows as itself.
  expectConsoleErrors(
    /^Failed to load resource: the server responded with a status of 404/,
    /^Failed to fetch dynamically imported module/,
  );
  const loads = countDocumentLoads(page);
  await page.route('**/assets/boot-*.js', (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  );
  await page.goto('/');
  // Pauses of 1, 2, 4 and 8 s before the reloads.
  await expect.poll(loads, { message: 'the page reloads four times', timeout: 30_000 }).toBe(5);
  // Time for a sixth load, were there a loop.
  await page.waitForTimeout(3_000);
  expect(loads()).toBe(5);
  // The prerendered page stays readable.
  await expect(page.getByRole('article').first()).toBeVisible();
});
