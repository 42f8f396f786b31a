// Parts of the app that the list's first view does not need (an event's page, the propose form),
// each in a chunk of its own: loaded once, by the first page that needs it, or ahead of time.
import { useEffect, useState } from 'react';

export type LazyPart<M> = {
  /** Loads the part once; a failed load is tried again on the next call. */
  load: () => Promise<M>;
  /** The part, once loaded: a page whose part is loaded renders at once. */
  current: () => M | undefined;
};

export function lazyPart<M>(importer: () => Promise<M>): LazyPart<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    current: () => module,
    load: () =>
      (loading ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}

/** The part for a component: undefined while it loads; `failed` until `retry` is asked. */
export function useLazyPart<M>(part: LazyPart<M>): {
  module: M | undefined;
  failed: boolean;
  retry: () => void;
} {
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const module = part.current();
  useEffect(() => {
    if (module) return;
    let isLive = true;
    part.load().then(
      () => isLive && setLoaded((n) => n + 1),
      () => isLive && setFailed(true),
    );
    return () => {
      isLive = false;
    };
  }, [part, module, attempt]);
  return {
    module,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
