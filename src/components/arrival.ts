// Where focus goes when the visitor moves to another page in place, as a screen reader and the Tab
// key expect of a new page: to the page's heading, which is read out, and Tab goes on from there.
// Back to the list goes to the link that was followed from it, where the visitor left it. Nothing
// moves on the page a visit starts on, nor when a filter, the view or the language changes.
import { createContext, useContext, useEffect, useRef, type RefObject } from 'react';

/** How the visitor came to the page shown: the path of the page they left, and by what. */
export type Arrival = { from: string; by: 'link' | 'history' };

/** The arrival at the page shown; undefined on the page the visit started on. */
export const ArrivalContext = createContext<Arrival | undefined>(undefined);

/**
 * A ref for the heading of a page (give it tabIndex={-1}): focused when the visitor arrives on
 * that page in place, once it shows (a page whose code loads apart mounts later).
 */
export function useFocusOnArrival<T extends HTMLElement>() {
  const arrival = useContext(ArrivalContext);
  const ref = useRef<T>(null);
  useEffect(() => {
    if (arrival) ref.current?.focus({ preventScroll: true });
  }, [arrival]);
  return ref;
}

/**
 * Back on the list: the link to the page the visitor left, where they left it (the list is kept
 * as it was); when there is none, or they came by a link, the list's heading, `heading`.
 */
export function useFocusOnListArrival(isList: boolean, heading: RefObject<HTMLElement | null>) {
  const arrival = useContext(ArrivalContext);
  useEffect(() => {
    if (!arrival || !isList) return;
    const followed =
      arrival.by === 'history'
        ? [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].find(
            (link) =>
              new URL(link.href).pathname === arrival.from && link.closest('[hidden]') === null,
          )
        : undefined;
    (followed ?? heading.current)?.focus({ preventScroll: true });
  }, [arrival, isList, heading]);
}
