// Keeps the page and its state in the address bar. A change of view, filter or language pushes a
// history entry (Back undoes it); typing in the search box replaces the current one (Back does not
// step through every letter). Opening another page of the site (an event's, the form) pushes an
// entry too, and Back comes back to the list where the visitor left it, scrolled as it was. Moving
// between pages says how the visitor came (`arrival`), for where focus goes (arrival.ts).
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { Arrival } from '../components/arrival.ts';
import { routeOf, type Route } from './route.ts';
import { readViewState, writeViewState, type ViewState } from './viewState.ts';

export type ChangeMode = 'push' | 'replace';

type Address = {
  route: Route;
  pathname: string;
  state: ViewState;
  /** Where to scroll once the page shows: set when the visitor moves between pages. */
  scrollY?: number;
  /** Set when the visitor moved here from another page of the site, in place. */
  arrival?: Arrival;
};

/** What the app keeps in each history entry it makes. */
type EntryState = { scrollY?: number; cameFrom?: string } | null;

const entryState = (): EntryState => window.history.state as EntryState;

function readAddress(): Address {
  const { pathname, search } = window.location;
  return { route: routeOf(pathname), pathname, state: readViewState(search) };
}

export function useAddress(): {
  route: Route;
  state: ViewState;
  arrival: Arrival | undefined;
  change: (next: ViewState, mode?: ChangeMode) => void;
  navigate: (path: string) => void;
} {
  const [address, setAddress] = useState(readAddress);

  useEffect(() => {
    // The app puts the list back where it was itself: the browser would scroll before it renders.
    window.history.scrollRestoration = 'manual';
    const onPopState = () =>
      setAddress((previous) => {
        const next = readAddress();
        const isOtherPage = next.pathname !== previous.pathname;
        return {
          ...next,
          scrollY: entryState()?.scrollY ?? (isOtherPage ? 0 : undefined),
          arrival: isOtherPage ? { from: previous.pathname, by: 'history' } : undefined,
        };
      });
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useLayoutEffect(() => {
    if (address.scrollY !== undefined) window.scrollTo(0, address.scrollY);
  }, [address]);

  const change = useCallback((next: ViewState, mode: ChangeMode = 'push') => {
    const url = `${window.location.pathname}${writeViewState(next)}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(entryState(), '', url);
    setAddress((previous) => ({ route: previous.route, pathname: previous.pathname, state: next }));
  }, []);

  const navigate = useCallback((path: string) => {
    const { pathname, search } = window.location;
    const here = `${pathname}${search}`;
    // Going to the page this one was opened from is going back: the list comes back as it was.
    if (entryState()?.cameFrom === path) {
      window.history.back();
      return;
    }
    window.history.replaceState({ ...entryState(), scrollY: window.scrollY }, '');
    window.history.pushState({ cameFrom: here } satisfies EntryState, '', path);
    setAddress({
      ...readAddress(),
      scrollY: 0,
      arrival: { from: pathname, by: 'link' },
    });
  }, []);

  return { route: address.route, state: address.state, arrival: address.arrival, change, navigate };
}
