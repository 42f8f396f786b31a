// How busy this machine was while a benchmark ran: on shared cores, its figures move with the
// load more than with most changes (docs/performance.md), so each report says what it ran under.
import { availableParallelism, loadavg } from 'node:os';

/** The one-minute load average, now. */
const loadNow = () => loadavg()[0]!.toFixed(1);

/**
 * Call when the measuring starts; what it returns, when it ends, says the load at both. The
 * benchmark's own browser counts in the load at the end.
 */
export function watchMachineLoad(): () => string {
  const atStart = loadNow();
  return () =>
    `machine: ${availableParallelism()} cores, load average ${atStart} at the start, ${loadNow()} at the end`;
}
