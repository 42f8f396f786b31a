// Blocking time as Lighthouse counts it, from the first paint on: what each long task lasts past
// 50 ms. The benches measure it in the page, under the real slowdown; this is the function they
// run there, as source text (the page's CSP forbids evaluating code of its own, and a bench's
// compiled function would carry the bundler's helpers).

/**
 * `(tasks, fcp) => { blocking, longTasks }`: `tasks` are [start, duration] pairs from a `longtask`
 * observer, `fcp` the first contentful paint; tasks that ended before it do not count.
 */
export const BLOCKING_AFTER_FIRST_PAINT = `((tasks, fcp) => {
  const after = tasks.filter(([start, duration]) => start + duration > fcp);
  const blocking = after.reduce((sum, [start, duration]) => sum + Math.max(0, start + duration - Math.max(start, fcp) - 50), 0);
  return { blocking, longTasks: after.length };
})`;
