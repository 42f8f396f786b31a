// A page whose chunks are gone from the server that answers (an open tab after a deploy, or a page of
// one release asking a replica that runs the other): it reloads once, and never loops.
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures.ts';

/** Counts the page's loads of its document: the first visit and each reload. */
function countDocumentLoads(page: Page): () => number {
  let loads = 0;
  page.on('request', (request) => {
    if (request.resourceType() === 'document') loads += 1;
  });
  return () => loads;
}

test('a chunk missing after a deploy: the page reloads once and the app runs', async ({ page }) => {
  const loads = countDocumentLoads(page);
  // The first page's requests for the app chunk fail, as on a server of the other release.
  await page.route('**/assets/boot-*.js', (route) =>
    loads() === 1 ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue(),
  );
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('article').first()).toBeVisible();
  expect(loads()).toBe(2);
});

test('a chunk that is truly gone reloads the page once, then stops', async ({ page }) => {
  const loads = countDocumentLoads(page);
  await page.route('**/assets/boot-*.js', (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  );
  await page.goto('/');
  await expect.poll(loads, { message: 'the page reloads once' }).toBe(2);
  // Time for a third load, were there a loop.
  await page.waitForTimeout(2_000);
  expect(loads()).toBe(2);
  // The prerendered page stays readable.
  await expect(page.getByRole('article').first()).toBeVisible();
});
