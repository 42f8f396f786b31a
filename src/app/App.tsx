// The page: header, view and language switches, then the events browser, or the loading or failure state.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { EventList } from '../components/EventList.tsx';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { LoadFailure } from '../components/LoadFailure.tsx';
import { LoadingNotice } from '../components/LoadingNotice.tsx';
import { LogoFilesContext } from '../components/LogoFiles.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { SiteHeader } from '../components/SiteHeader.tsx';
import { SkippedNotice } from '../components/SkippedNotice.tsx';
import { Subscribe } from '../components/Subscribe.tsx';
import { ViewSwitch } from '../components/ViewSwitch.tsx';
import type { SiteEvent } from '../events/event.ts';
import { readArchive, type EventsFile } from '../events/load.ts';
import {
  facetCounts,
  filterEvents,
  groupByMonth,
  groupByYear,
  hasActiveFilters,
  noFilters,
  pastEvents,
  upcomingEvents,
  type EventGroup,
} from '../events/select.ts';
import { formatMonth, formatYear } from '../i18n/format.ts';
import { messages } from '../i18n/messages.ts';
import { MessagesContext, useMessages } from '../i18n/MessagesContext.tsx';
import { site, type Language } from '../site.ts';
import { pickLanguage, rememberLanguage } from './language.ts';
import { markAppReady } from './pageContract.ts';
import { useEventsFile, type EventsState } from './useEventsFile.ts';
import { useSearchWarmup } from './useSearchWarmup.ts';
import { useViewState, type ChangeMode } from './useViewState.ts';
import { writeViewState, type ViewState } from './viewState.ts';

function Browse({
  file: loaded,
  state,
  now,
  onChange,
}: {
  file: EventsFile;
  state: ViewState;
  now: Date;
  onChange: (next: ViewState, mode?: ChangeMode) => void;
}) {
  const t = useMessages();
  const { view } = state;
  // The archive is read in idle time after the list shows; a visitor who opens it first waits for it.
  const file = view === 'past' ? readArchive(loaded, site.timeZone) : loaded;
  // Typing stays responsive: the list follows the query at React's pace, not every keystroke.
  const filters = useDeferredValue(state.filters);
  // The archive has no time window.
  const effectiveFilters = useMemo(
    () => (view === 'past' ? { ...filters, window: noFilters.window } : filters),
    [filters, view],
  );

  const inView = useMemo(
    () => (view === 'past' ? pastEvents(file.events, now) : upcomingEvents(file.events, now)),
    [file, view, now],
  );
  useSearchWarmup(inView);
  const shown = useMemo(
    () => filterEvents(inView, effectiveFilters, now, site.timeZone),
    [inView, effectiveFilters, now],
  );
  const counts = useMemo(
    () => facetCounts(inView, effectiveFilters, now, site.timeZone),
    [inView, effectiveFilters, now],
  );
  const groupOf = (events: readonly SiteEvent[]) =>
    view === 'past' ? groupByYear(events, site.timeZone) : groupByMonth(events, site.timeZone);
  const headingOf = (group: EventGroup) =>
    view === 'past' ? formatYear(group.startsAt) : formatMonth(group.startsAt, t.locale);
  const isFiltered = hasActiveFilters(effectiveFilters);
  const clear = () => onChange({ ...state, filters: noFilters });

  return (
    <>
      <SkippedNotice skipped={file.skipped} />
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
      <div className="summary">
        <p role="status" aria-live="polite" aria-atomic="true">
          {t.shown(shown.length)}
        </p>
        {isFiltered ? (
          <button type="button" onClick={clear}>
            {t.clearFilters}
          </button>
        ) : null}
      </div>
      {inView.length === 0 ? (
        <p className="empty">{view === 'past' ? t.noPast : t.noUpcoming}</p>
      ) : null}
      {inView.length > 0 && shown.length === 0 ? (
        <div className="empty">
          <p>{t.noMatch(filters.query.trim())}</p>
          <button type="button" onClick={clear}>
            {t.clearFilters}
          </button>
        </div>
      ) : null}
      <EventList
        selection={writeViewState({ ...state, filters, lang: undefined })}
        events={shown}
        groupOf={groupOf}
        headingOf={headingOf}
        now={now}
        query={filters.query}
      />
    </>
  );
}

export type PageProps = {
  state: ViewState;
  /** The visit's time, read once: the list does not reshuffle under the visitor's eyes. */
  now: Date;
  language: Language;
  load: EventsState;
  /** Where the page is served from, for the calendar feed's address. */
  origin: string;
  pathname: string;
  /** Each sponsor's logo file when not `<name>.svg`, as the page lists them (pageContract.ts). */
  logoFiles: Record<string, string>;
  onChange: (next: ViewState, mode?: ChangeMode) => void;
  onLanguage: (language: Language) => void;
  onRetry: () => void;
};

/** The whole page from its inputs: the browser's App feeds it, and so does the build's prerender. */
export function Page({
  state,
  now,
  language,
  load,
  origin,
  pathname,
  logoFiles,
  onChange,
  onLanguage,
  onRetry,
}: PageProps) {
  const t = messages[language];
  const hrefOf = (next: Partial<ViewState>) =>
    `${pathname}${writeViewState({ ...state, ...next })}`;
  return (
    <MessagesContext value={t}>
      <LogoFilesContext value={logoFiles}>
        <SiteHeader>
          <LanguageSwitch hrefOf={(lang) => hrefOf({ lang })} onLanguage={onLanguage} />
        </SiteHeader>
        <main>
          <ViewSwitch
            view={state.view}
            hrefOf={(view) => hrefOf({ view })}
            onView={(view) => onChange({ ...state, view })}
          />
          {load.status === 'loading' || (load.status === 'ready' && load.refresh === 'loading') ? (
            <LoadingNotice isRefresh={load.status === 'ready'} />
          ) : null}
          {load.status === 'failed' ? <LoadFailure kind={load.kind} onRetry={onRetry} /> : null}
          {load.status === 'ready' && typeof load.refresh === 'object' ? (
            <LoadFailure kind={load.refresh.failed} onRetry={onRetry} />
          ) : null}
          {load.status === 'ready' ? (
            <Browse file={load.file} state={state} now={now} onChange={onChange} />
          ) : null}
        </main>
        <footer className="site-footer">
          <Subscribe origin={origin} />
        </footer>
      </LogoFilesContext>
    </MessagesContext>
  );
}

/** `prerendered`: the events the build rendered into the page, shown until events.json arrives. */
export function App({
  prerendered,
  logoFiles = {},
}: {
  prerendered?: EventsFile;
  logoFiles?: Record<string, string>;
}) {
  const [state, change] = useViewState();
  // The remembered language is read once: Back to a URL without ?lang= shows the language of the
  // visit's start, not the one just picked.
  const [visitLanguage] = useState(() => pickLanguage(undefined));
  const language = state.lang ?? visitLanguage;
  const [now] = useState(() => new Date());
  const { state: load, retry } = useEventsFile(now, prerendered);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // The app has taken over the page (tests wait for this before they interact).
  useEffect(() => {
    markAppReady(document);
  }, []);

  return (
    <Page
      state={state}
      now={now}
      language={language}
      load={load}
      origin={window.location.origin}
      pathname={window.location.pathname}
      logoFiles={logoFiles}
      onChange={change}
      onLanguage={(lang) => {
        rememberLanguage(lang);
        change({ ...state, lang });
      }}
      onRetry={retry}
    />
  );
}
