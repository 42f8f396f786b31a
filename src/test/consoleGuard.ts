// Every test suite's setup: a stray console.error fails the test, and timers are real again after
// each test.
import { afterAll, afterEach, beforeAll, vi } from 'vitest';

const consoleError = console.error.bind(console);
beforeAll(() => {
  console.error = (...args: unknown[]) => {
    consoleError(...args);
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  };
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => {
  console.error = consoleError;
});
