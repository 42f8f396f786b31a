// The loading notice and the failure alert, as the state of events.json asks.
import { LoadFailure } from '../components/LoadFailure.tsx';
import { LoadingNotice } from '../components/LoadingNotice.tsx';
import type { EventsState } from './useEventsFile.ts';

export function LoadStatus({ load, onRetry }: { load: EventsState; onRetry: () => void }) {
  return (
    <>
      {load.status === 'loading' || (load.status === 'ready' && load.refresh === 'loading') ? (
        <LoadingNotice isRefresh={load.status === 'ready'} />
      ) : null}
      {load.status === 'failed' ? <LoadFailure kind={load.kind} onRetry={onRetry} /> : null}
      {load.status === 'ready' && typeof load.refresh === 'object' ? (
        <LoadFailure kind={load.refresh.failed} onRetry={onRetry} />
      ) : null}
    </>
  );
}
