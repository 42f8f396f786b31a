// The URL is the state: view, search, filters and language live in the query string, so a link
// reproduces what its sender saw. Defaults are left out to keep links short.
import { isLanguage, type Language } from '../site.ts';
import {
  ATTENDANCES,
  noFilters,
  TIME_WINDOWS,
  type EventFilters,
  type View,
} from '../events/select.ts';

export type ViewState = { view: View; lang: Language | undefined; filters: EventFilters };

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  return {
    view: params.get('view') === 'past' ? 'past' : 'upcoming',
    lang: isLanguage(lang) ? lang : undefined,
    filters: {
      query: params.get('q') ?? '',
      sponsors: params.getAll('sponsor'),
      tags: params.getAll('tag'),
      attendance: oneOf(params.get('mode'), ATTENDANCES, 'any'),
      window: oneOf(params.get('when'), TIME_WINDOWS, 'all'),
    },
  };
}

export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== 'upcoming') params.set('view', state.view);
  if (state.filters.query !== '') params.set('q', state.filters.query);
  for (const sponsor of state.filters.sponsors) params.append('sponsor', sponsor);
  for (const tag of state.filters.tags) params.append('tag', tag);
  if (state.filters.attendance !== noFilters.attendance)
    params.set('mode', state.filters.attendance);
  if (state.filters.window !== noFilters.window) params.set('when', state.filters.window);
  if (state.lang) params.set('lang', state.lang);
  const query = params.toString();
  return query ? `?${query}` : '';
}
