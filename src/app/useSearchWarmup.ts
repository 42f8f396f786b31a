// Folds every event's search text while the browser is idle, after the list shows: the first
// keystroke then only compares, instead of folding 10,000 texts at once.
import { useEffect } from 'react';
import { foldSearchTexts, type SiteEvent } from '../events/event.ts';
import { inIdleSlices } from './whenIdle.ts';

export function useSearchWarmup(events: readonly SiteEvent[]): void {
  useEffect(() => {
    let next = 0;
    return inIdleSlices((timeLeft) => {
      next = foldSearchTexts(events, next, timeLeft);
      return next === events.length;
    });
  }, [events]);
}
