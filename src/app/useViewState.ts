// Keeps the view state in the address bar: a change pushes a history entry (Back undoes it), typing
// in the search box replaces the current one (Back does not step through every letter).
import { useCallback, useEffect, useState } from 'react';
import { readViewState, writeViewState, type ViewState } from './viewState.ts';

export type ChangeMode = 'push' | 'replace';

export function useViewState(): [ViewState, (next: ViewState, mode?: ChangeMode) => void] {
  const [state, setState] = useState(() => readViewState(window.location.search));

  useEffect(() => {
    const onPopState = () => setState(readViewState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const change = useCallback((next: ViewState, mode: ChangeMode = 'push') => {
    const url = `${window.location.pathname}${writeViewState(next)}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setState(next);
  }, []);

  return [state, change];
}
