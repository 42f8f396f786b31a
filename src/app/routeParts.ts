// The pages loaded apart from the list: their code comes when a page needs it (boot.tsx loads the
// one of the address before the app renders; the build before it prerenders).
import { lazyPart, type LazyPart } from './lazyPart.ts';
import type { Route } from './route.ts';

export const eventRoutePart = lazyPart(() => import('./EventRoute.tsx'));
export const proposeFormPart = lazyPart(() => import('../components/ProposeForm.tsx'));

/** The part a route's page needs; none for the list, which is in the app's own chunk. */
export function partOfRoute(route: Route): LazyPart<unknown> | undefined {
  if (route.page === 'event') return eventRoutePart;
  if (route.page === 'propose') return proposeFormPart;
  return undefined;
}

/** Every part, for the build, which prerenders every page. */
export const loadEveryPart = () => Promise.all([eventRoutePart.load(), proposeFormPart.load()]);
