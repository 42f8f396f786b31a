// The list a visitor browses: search, filters with their counts, the events of the view, grouped.
// What differs between the upcoming list and the archive is said once, in views.ts.
import { useDeferredValue, useMemo } from 'react';
import { EventList } from '../components/EventList.tsx';
import { LoadingNotice } from '../components/LoadingNotice.tsx';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { SkippedNotice } from '../components/SkippedNotice.tsx';
import type { EventsFile } from '../events/eventsFile.ts';
import { facetCounts, filterEvents, hasActiveFilters, noFilters } from '../events/select.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { site } from '../site.ts';
import { useSearchWarmup } from './useSearchWarmup.ts';
import type { ChangeMode } from './useAddress.ts';
import { writeViewState, type ViewState } from './viewState.ts';
import { VIEW_RULES } from './views.ts';

export function Browse({
  file,
  state,
  now,
  hasFailed = false,
  onChange,
}: {
  file: EventsFile;
  /** events.json failed (the alert above the list says so): a view that waits for it, waits silently. */
  hasFailed?: boolean;
  state: ViewState;
  now: Date;
  onChange: (next: ViewState, mode?: ChangeMode) => void;
}) {
  const t = useMessages();
  const { view } = state;
  const rules = VIEW_RULES[view];
  // Typing stays responsive: the list follows the query at React's pace, not every keystroke.
  const filters = useDeferredValue(state.filters);
  const effectiveFilters = useMemo(() => rules.filters(filters), [filters, rules]);
  const inView = useMemo(() => rules.events(file.events, now), [file, rules, now]);
  useSearchWarmup(inView);
  const shown = useMemo(
    () => filterEvents(inView, effectiveFilters, now, site.timeZone),
    [inView, effectiveFilters, now],
  );
  const isFiltered = hasActiveFilters(effectiveFilters);
  // The page's own first events: the build's totals and counts hold until events.json arrives, and
  // any other selection waits for it; so does the archive, until it is read.
  const { firstView } = file;
  const isFirstView = firstView !== undefined && view === 'upcoming' && !isFiltered;
  // Counted here only once the whole list is known: until then, the build's counts show.
  const counts = useMemo(
    () => firstView?.counts ?? facetCounts(inView, effectiveFilters, now, site.timeZone),
    [firstView, inView, effectiveFilters, now],
  );
  const total = isFirstView ? firstView.upcoming : shown.length;
  const isWaiting = (firstView !== undefined && !isFirstView) || !rules.isRead(file);
  const clear = () => onChange({ ...state, filters: noFilters });

  return (
    <>
      <SkippedNotice skipped={file.skipped} />
      <div className="browse-layout">
        <div role="search" className="browse">
          <SearchBox
            query={state.filters.query}
            onQuery={(query) =>
              onChange({ ...state, filters: { ...state.filters, query } }, 'replace')
            }
          />
          <FilterPanel
            filters={state.filters}
            counts={counts}
            view={view}
            onChange={(next) => onChange({ ...state, filters: next })}
          />
        </div>
        <div className="results">
          {isWaiting ? (
            // Failed: the alert above the list says so, and offers to retry.
            hasFailed ? null : (
              <LoadingNotice />
            )
          ) : (
            <>
              <div className="summary">
                <p role="status" aria-live="polite" aria-atomic="true">
                  {t.shown(total)}
                </p>
                {isFiltered ? (
                  <button type="button" onClick={clear}>
                    {t.clearFilters}
                  </button>
                ) : null}
              </div>
              {inView.length === 0 ? <p className="empty">{rules.whenEmpty(t)}</p> : null}
              {inView.length > 0 && shown.length === 0 ? (
                // The way out is the button beside the count, just above.
                <p className="empty">
                  {t.noMatch(
                    filters.query.trim(),
                    hasActiveFilters({ ...effectiveFilters, query: '' }),
                  )}
                </p>
              ) : null}
              <EventList
                selection={writeViewState({ ...state, filters, lang: undefined })}
                events={shown}
                groupOf={rules.group}
                headingOf={(group) => rules.heading(group, t)}
                now={now}
                query={filters.query}
                total={total}
              />
            </>
          )}
        </div>
      </div>
    </>
  );
}
