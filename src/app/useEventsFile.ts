// Loads events.json once per attempt; `retry` starts a new attempt.
import { useCallback, useEffect, useState } from 'react';
import { EventsLoadError, fetchEvents, type EventsFile } from '../events/load.ts';
import { site } from '../site.ts';

export type EventsState =
  | { status: 'loading' }
  | { status: 'failed'; kind: EventsLoadError['kind'] }
  | { status: 'ready'; file: EventsFile };

export function useEventsFile(): { state: EventsState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<EventsState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchEvents(site.eventsUrl, {
      timeZone: site.timeZone,
      timeoutMs: site.loadTimeoutMs,
      signal: controller.signal,
    }).then(
      (file) => setState({ status: 'ready', file }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'failed',
          kind: error instanceof EventsLoadError ? error.kind : 'network',
        });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}
