// After a deploy, an open tab (or a page from one replica while the other still runs the previous
// release) may ask for a chunk that this server does not have. One reload fetches a page and chunks
// of one release; a second failure soon after is a real fault, and is left to show.
const LAST_RELOAD_KEY = 'staleRelease.reloadedAt';

/** Time within which a second missing chunk means the chunk is truly gone, not stale. */
export const RELOAD_GUARD_MS = 10_000;

/** Whether to reload for a missing chunk, given when the last such reload happened. */
export function shouldReloadForMissingChunk(
  lastReloadAt: number | undefined,
  now: number,
): boolean {
  return lastReloadAt === undefined || now - lastReloadAt > RELOAD_GUARD_MS;
}

function lastReloadAt(storage: Storage): number | undefined {
  const stored = Number(storage.getItem(LAST_RELOAD_KEY));
  return Number.isFinite(stored) && stored > 0 ? stored : undefined;
}

/** Listens for Vite's `vite:preloadError` and reloads once, never in a loop. */
export function reloadOnceOnMissingChunk(window: Window): void {
  window.addEventListener('vite:preloadError', (event) => {
    const now = Date.now();
    let storage: Storage;
    try {
      storage = window.sessionStorage;
    } catch {
      return; // No storage (a privacy mode): no guard against a loop, so no reload.
    }
    if (!shouldReloadForMissingChunk(lastReloadAt(storage), now)) return;
    storage.setItem(LAST_RELOAD_KEY, String(now));
    event.preventDefault();
    window.location.reload();
  });
}
