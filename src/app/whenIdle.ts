// Work for the browser's idle time: what can wait until the page has been shown and answers input.

/**
 * What idle work leaves of its deadline: the browser gives at most 50 ms, and a task of more than
 * 50 ms is a long one (a tap waits for it), so a slice stops a little before.
 */
const MARGIN_MS = 5;

/** Runs `work` in the browser's next idle time; without requestIdleCallback (Safari), in an 8 ms slice. */
function whenIdle(work: (timeLeft: () => number) => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback((deadline) =>
      work(() => deadline.timeRemaining() - MARGIN_MS),
    );
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(() => {
    const end = performance.now() + 8;
    work(() => end - performance.now());
  }, 0);
  return () => window.clearTimeout(id);
}

/** Runs `step` in idle slices until it says it is done; returns a function that stops it. */
export function inIdleSlices(step: (timeLeft: () => number) => boolean): () => void {
  let cancel = () => {};
  const run = (timeLeft: () => number) => {
    if (!step(timeLeft)) cancel = whenIdle(run);
  };
  cancel = whenIdle(run);
  return () => cancel();
}
