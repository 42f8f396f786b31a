// The instant the e2e suite runs at. The browser's clock is pinned to it (fixtures.ts), and the
// local server's pages are built for it (npm run test:e2e sets BUILD_NOW; globalSetup.ts checks),
// so what the pages hold, and what the tests expect of them, does not depend on the day the suite
// runs.

/** 1 December 2026, 09:00 in Paris: the sample data has events on both sides of it. */
export const PINNED_NOW = new Date('2026-12-01T09:00:00+01:00');
