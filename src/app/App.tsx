// The page: header, view and language switches, then the events browser, or the loading or failure
// state. Page is the page from its inputs (the build prerenders it); App wires it to the browser.
import { useEffect, useState } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { LoadFailure } from '../components/LoadFailure.tsx';
import { LoadingNotice } from '../components/LoadingNotice.tsx';
import { LogoFilesContext } from '../components/LogoFiles.tsx';
import { SiteHeader } from '../components/SiteHeader.tsx';
import { Subscribe } from '../components/Subscribe.tsx';
import { ViewSwitch } from '../components/ViewSwitch.tsx';
import type { EventsFile } from '../events/load.ts';
import { messages } from '../i18n/messages.ts';
import { MessagesContext } from '../i18n/MessagesContext.tsx';
import type { Language } from '../site.ts';
import { Browse } from './Browse.tsx';
import { pickLanguage, rememberLanguage } from './language.ts';
import { markAppReady } from './pageContract.ts';
import { useEventsFile, type EventsState } from './useEventsFile.ts';
import { useViewState, type ChangeMode } from './useViewState.ts';
import { writeViewState, type ViewState } from './viewState.ts';

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
