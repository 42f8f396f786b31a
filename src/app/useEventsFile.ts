// Loads events.json once per attempt, fetched and parsed off the main thread (eventsOffThread.ts);
// `retry` starts a new attempt. When the page came with the events the build rendered into it, those
// show at once, and events.json refreshes them; an event it does not change keeps its object, so
// its card is not rendered again. Events that ended before `now` (the archive) come after the
// others, and complete the file.
import { startTransition, useCallback, useEffect, useState } from 'react';
import { withArchive, type EventsFile } from '../events/eventsFile.ts';
import { EventsLoadError } from '../events/fetchEventsJson.ts';
import { keepShown } from '../events/keepShown.ts';
import { site } from '../site.ts';
import { fetchEventsOffThread } from './eventsOffThread.ts';

type LoadFailureKind = EventsLoadError['kind'];

export type EventsState =
  | { status: 'loading' }
  | { status: 'failed'; kind: LoadFailureKind }
  /** `refresh`: events.json is still on its way, or failed, while earlier events show. */
  | { status: 'ready'; file: EventsFile; refresh?: 'loading' | { failed: LoadFailureKind } };

/** One attempt at loading events.json. */
async function loadEvents(
  signal: AbortSignal,
  archiveBefore: Date,
): Promise<EventsFile | LoadFailureKind> {
  try {
    return await fetchEventsOffThread(site.eventsUrl, {
      timeZone: site.timeZone,
      timeoutMs: site.loadTimeoutMs,
      signal,
      archiveBefore,
    });
  } catch (error) {
    return error instanceof EventsLoadError ? error.kind : 'network';
  }
}

function whileLoading(previous: EventsState): EventsState {
  return previous.status === 'ready' ? { ...previous, refresh: 'loading' } : { status: 'loading' };
}

function afterLoading(previous: EventsState, result: EventsFile | LoadFailureKind): EventsState {
  if (typeof result !== 'string') {
    // Those shown so far are the page's own (events.json has not come, or failed): a few dozen.
    const shown = previous.status === 'ready' ? previous.file.events : [];
    return { status: 'ready', file: { ...result, events: keepShown(shown, result.events) } };
  }
  if (previous.status === 'ready') return { ...previous, refresh: { failed: result } };
  return { status: 'failed', kind: result };
}

/**
 * `shown`: events already on the page (the build's), kept until events.json replaces them. `now`: the
 * visit's time; events that ended before it are the archive.
 */
export function useEventsFile(
  now: Date,
  shown?: EventsFile,
): { state: EventsState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<EventsState>(() =>
    shown ? { status: 'ready', file: shown, refresh: 'loading' } : { status: 'loading' },
  );

  useEffect(() => {
    const controller = new AbortController();
    void loadEvents(controller.signal, now).then((result) => {
      // A transition: the list of every event renders in slices, the page stays responsive.
      if (controller.signal.aborted) return;
      startTransition(() => setState((previous) => afterLoading(previous, result)));
    });
    return () => controller.abort();
  }, [attempt, now]);

  // The archive, read after the upcoming events: the whole file then replaces the partial one.
  const partial = state.status === 'ready' && state.file.archive ? state.file : undefined;
  useEffect(() => {
    const archive = partial?.archive;
    if (!partial || !archive) return;
    let isCurrent = true;
    const update = (next: (previous: Extract<EventsState, { status: 'ready' }>) => EventsState) =>
      setState((previous) =>
        isCurrent && previous.status === 'ready' && previous.file === partial
          ? next(previous)
          : previous,
      );
    archive.then(
      (archived) =>
        startTransition(() =>
          update((previous) => ({ ...previous, file: withArchive(partial, archived) })),
        ),
      (error: unknown) => {
        // Given up: a newer attempt replaces the file.
        if (error instanceof EventsLoadError)
          update((previous) => ({ ...previous, refresh: { failed: error.kind } }));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [partial]);

  const retry = useCallback(() => {
    setState(whileLoading);
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}
