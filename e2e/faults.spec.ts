// Faults on the way in: whatever happens to events.json, the page says what is going on, never goes
// blank, never shows a stack trace, and Retry recovers.
import type { Page, Route } from '@playwright/test';
import {
  expect,
  expectConsoleErrors,
  expectTimeoutThenRetryRecovers,
  stallRequests,
  test,
  waitForApp,
} from './fixtures.ts';

const fault = {
  '404': (route: Route) => route.fulfill({ status: 404, body: 'Not found' }),
  '500': (route: Route) => route.fulfill({ status: 500, body: 'Internal error' }),
  'HTML instead of JSON': (route: Route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Login</title>',
    }),
  'an empty body': (route: Route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '' }),
  'a body cut in the middle': (route: Route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"events": [{"title": "Cut',
    }),
  'the connection dropped': (route: Route) => route.abort('connectionreset'),
} as const;

const expectedReason: Record<keyof typeof fault, string> = {
  '404': 'le serveur a répondu par une erreur',
  '500': 'le serveur a répondu par une erreur',
  'HTML instead of JSON': 'le fichier des événements est illisible',
  'an empty body': 'le fichier des événements est illisible',
  'a body cut in the middle': 'le fichier des événements est illisible',
  'the connection dropped': 'le réseau ne répond pas',
};

async function expectNeverBlankNorStackTrace(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text.trim().length).toBeGreaterThan(20);
  expect(text).not.toMatch(/\bat \S+ \(|TypeError|SyntaxError|Unexpected token|stack/i);
}

for (const [name, respond] of Object.entries(fault) as [
  keyof typeof fault,
  (route: Route) => Promise<void>,
][]) {
  test(`events.json: ${name} gives the alert, then Retry recovers`, async ({
    page,
    pinClock: _,
  }) => {
    expectConsoleErrors(/^Failed to load resource/);
    let isFaulty = true;
    await page.route('**/events.json', (route) => (isFaulty ? respond(route) : route.continue()));
    await page.goto('/');
    await waitForApp(page);
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(
      `Impossible de charger les événements : ${expectedReason[name]}.Réessayer`,
    );
    await expectNeverBlankNorStackTrace(page);
    isFaulty = false;
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('a 30 s stall: the page says it is still loading, gives up after 15 s, and Retry recovers', async ({
  page,
  pinClock: _,
}) => {
  test.setTimeout(60_000);
  const resume = await stallRequests(page, '**/events.json');
  await page.goto('/');
  await waitForApp(page);
  // The events the build rendered into the page show meanwhile: never a blank page.
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByText('Toujours en chargement… la connexion semble lente.')).toBeVisible({
    timeout: 6000,
  });
  await expectNeverBlankNorStackTrace(page);
  await expectTimeoutThenRetryRecovers(page, resume);
});
