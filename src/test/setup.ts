// Component test setup (jsdom): DOM matchers, the MSW server for fetch, a clean DOM after each test,
// no language remembered from one test to the next (the cookie, and the storage of older releases);
// and, as for every suite, the console guard.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import './consoleGuard.ts';
import { server } from './server.ts';

// A request no handler answers fails the test (MSW alone would answer it with a 500).
const unhandled: string[] = [];
beforeAll(() =>
  server.listen({
    onUnhandledFrame: async ({ frame, defaults }) => {
      unhandled.push(await frame.getUnhandledMessage());
      defaults.error();
    },
  }),
);
afterEach(() => {
  cleanup();
  for (const name of document.cookie.split(';').map((pair) => pair.split('=')[0]!.trim())) {
    if (name) document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
  window.localStorage.clear();
  server.resetHandlers();
  const messages = unhandled.splice(0);
  if (messages.length > 0) {
    throw new Error(`a request that no MSW handler answers:\n${messages.join('\n')}`);
  }
});
afterAll(() => server.close());
