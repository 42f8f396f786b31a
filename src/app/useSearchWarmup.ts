// Folds every event's search text while the browser is idle, after the list shows: the first
// keystroke then only compares, instead of folding 10,000 texts at once.
import { useEffect } from 'react';
import { foldSearchTexts, type SiteEvent } from '../events/event.ts';

/** Runs `work` in the browser's next idle time; where there is no requestIdleCallback, in 8 ms slices. */
function whenIdle(work: (timeLeft: () => number) => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback((deadline) => work(() => deadline.timeRemaining()));
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(() => {
    const end = performance.now() + 8;
    work(() => end - performance.now());
  }, 0);
  return () => window.clearTimeout(id);
}

export function useSearchWarmup(events: readonly SiteEvent[]): void {
  useEffect(() => {
    let next = 0;
    let cancel = () => {};
    const step = (timeLeft: () => number) => {
      next = foldSearchTexts(events, next, timeLeft);
      if (next < events.length) cancel = whenIdle(step);
    };
    cancel = whenIdle(step);
    return () => cancel();
  }, [events]);
}
