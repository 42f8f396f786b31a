// The site's pages: the list (view and language switches, the events browser), an event's own page,
// the form to propose one, each with the loading or failure state, and the page of an address that
// names none. Page is a page from its inputs (the build prerenders it); App wires it to the
// browser's address and to events.json.
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { ArrivalContext, useFocusOnListArrival } from '../components/arrival.ts';
import { LinkLanguageContext, NavigateContext } from '../components/AppLink.tsx';
import { DocumentTitle } from '../components/DocumentTitle.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { LoadFailure } from '../components/LoadFailure.tsx';
import { LoadingNotice } from '../components/LoadingNotice.tsx';
import { LoadStatus } from './LoadStatus.tsx';
import { LogoAddressesContext } from '../components/LogoAddresses.tsx';
import { NoSuchPage } from '../components/NotFound.tsx';
import { SiteFooter } from '../components/SiteFooter.tsx';
import { SiteHeader } from '../components/SiteHeader.tsx';
import { ViewSwitch } from '../components/ViewSwitch.tsx';
import type { EventsFile } from '../events/eventsFile.ts';
import { sponsorNames } from '../events/select.ts';
import { localDay } from '../events/time.ts';
import { topicOfFilters } from '../events/topicCalendars.ts';
import { messages } from '../i18n/messages.ts';
import { MessagesContext } from '../i18n/MessagesContext.tsx';
import { site, type Language } from '../site.ts';
import { Browse } from './Browse.tsx';
import { moveOldStoredLanguage, pickLanguage, rememberLanguage } from './language.ts';
import { useLazyPart, type LazyPart } from './lazyPart.ts';
import { markAppReady, type RenderedFor } from './pageContract.ts';
import { routeOf, type Route } from './route.ts';
import { eventRoutePart, proposeFormPart } from './routeParts.ts';
import { useAddress, type ChangeMode } from './useAddress.ts';
import { useEventsFile, type EventsState } from './useEventsFile.ts';
import { writeViewState, type ViewState } from './viewState.ts';
import { inIdleSlices } from './whenIdle.ts';

export type PageProps = {
  route: Route;
  state: ViewState;
  /** The visit's time, read once: the list does not reshuffle under the visitor's eyes. */
  now: Date;
  language: Language;
  load: EventsState;
  /** Where the page is served from, for the calendar feed's address. */
  origin: string;
  pathname: string;
  /** Each sponsor's logo file when not `<name>.svg`, as the page lists them (pageContract.ts). */
  logoAddresses: Record<string, string>;
  /**
   * The list's state when it was last shown, on another page: the list stays, hidden, as it was
   * (its pages of "show more" too), so Back finds it where the visitor left it.
   */
  keptList?: ViewState;
  /** The list as the visitor left it, for an event page's way back. */
  listHref?: string;
  onChange: (next: ViewState, mode?: ChangeMode) => void;
  onLanguage: (language: Language) => void;
  onRetry: () => void;
  /** Opens another page of the site in place; absent in the build's prerender. */
  onNavigate?: (path: string) => void;
};

/**
 * A page whose code is loaded apart (routeParts.ts): at once when its part is loaded already, as
 * the build and boot.tsx see to; otherwise a loading notice, or a failure with a way to retry.
 */
function Loaded<M>({ part, children }: { part: LazyPart<M>; children: (module: M) => ReactNode }) {
  const { module, failed, retry } = useLazyPart(part);
  if (module) return children(module);
  return <main>{failed ? <LoadFailure kind="network" onRetry={retry} /> : <LoadingNotice />}</main>;
}

/** A page of the site from its inputs: the browser's App feeds it, and so does the build. */
export function Page(props: PageProps) {
  const { route, state, now, language, load, logoAddresses, onChange, onRetry } = props;
  const t = messages[language];
  const hrefOf = (next: Partial<ViewState>) =>
    `${props.pathname}${writeViewState({ ...state, ...next })}`;
  const isList = route.page === 'list';
  const listState = isList ? state : props.keptList;
  const siteTitle = useRef<HTMLHeadingElement>(null);
  useFocusOnListArrival(isList, siteTitle);
  let content: ReactNode = null;
  if (route.page === 'event') {
    content = (
      <Loaded part={eventRoutePart}>
        {({ EventRoute }) => (
          <EventRoute
            address={route.address}
            load={load}
            now={now}
            listHref={props.listHref}
            onRetry={onRetry}
          />
        )}
      </Loaded>
    );
  } else if (route.page === 'missing') {
    content = <NoSuchPage />;
  } else if (route.page === 'propose') {
    content = (
      <Loaded part={proposeFormPart}>
        {({ ProposeForm }) => (
          <ProposeForm
            knownSponsors={load.status === 'ready' ? sponsorNames(load.file.events) : []}
            today={localDay(now, site.timeZone)}
            now={now}
          />
        )}
      </Loaded>
    );
  }
  return (
    <MessagesContext value={t}>
      <LogoAddressesContext value={logoAddresses}>
        <NavigateContext value={props.onNavigate}>
          <LinkLanguageContext value={state.lang}>
            <SiteHeader titleRef={siteTitle}>
              <LanguageSwitch hrefOf={(lang) => hrefOf({ lang })} onLanguage={props.onLanguage} />
            </SiteHeader>
            {content}
            {listState ? (
              <main hidden={!isList}>
                {isList ? <DocumentTitle /> : null}
                <ViewSwitch
                  view={listState.view}
                  hrefOf={(view) => hrefOf({ view })}
                  onView={(view) => onChange({ ...listState, view })}
                />
                <LoadStatus load={load} onRetry={onRetry} />
                {load.status === 'ready' ? (
                  <Browse
                    file={load.file}
                    state={listState}
                    now={now}
                    hasFailed={typeof load.refresh === 'object'}
                    onChange={onChange}
                  />
                ) : null}
              </main>
            ) : null}
            <SiteFooter
              origin={props.origin}
              topic={isList ? topicOfFilters(state.filters) : undefined}
            />
          </LinkLanguageContext>
        </NavigateContext>
      </LogoAddressesContext>
    </MessagesContext>
  );
}

/**
 * `prerendered`: the events the build rendered into the page, shown until events.json arrives.
 * `hydrating`: what the build rendered the page with (takeover.ts). The first render is then the
 * build's, so that React hydrates the page; the visit's time, origin and way back follow at once,
 * as a transition.
 */
export function App({
  prerendered,
  logoAddresses = {},
  hydrating,
}: {
  prerendered?: EventsFile;
  logoAddresses?: Record<string, string>;
  hydrating?: RenderedFor;
}) {
  const { route, state, arrival, change, navigate } = useAddress();
  // The remembered language is read once: Back to a URL without ?lang= shows the language of the
  // visit's start, not the one just picked.
  const [visitLanguage, setVisitLanguage] = useState(() => pickLanguage(undefined));
  // One kept by an earlier release comes once the page is shown (moveOldStoredLanguage).
  useEffect(
    () =>
      inIdleSlices(() => {
        const moved = moveOldStoredLanguage();
        if (moved) setVisitLanguage(moved);
        return true;
      }),
    [],
  );
  const language = state.lang ?? visitLanguage;
  const [now] = useState(() => new Date());
  const { state: load, retry } = useEventsFile(now, prerendered);
  const [asRendered, setAsRendered] = useState(hydrating);
  useEffect(() => startTransition(() => setAsRendered(undefined)), []);
  const [keptList, setKeptList] = useState(route.page === 'list' ? state : undefined);
  if (route.page === 'list' && keptList !== state) setKeptList(state);

  // Written only when it changes: the browser restyles the whole page on every write of `lang`,
  // the same value too (the language picks fonts and hyphenation), and the page came with it.
  useEffect(() => {
    const { documentElement } = document;
    if (documentElement.lang !== language) documentElement.lang = language;
  }, [language]);

  // The app has taken over the page, and shows the visit's state (tests wait for this).
  useEffect(() => {
    if (!asRendered) markAppReady(document);
  }, [asRendered]);

  // The event page's way back is the list as the visitor left it, when they came from the list.
  const cameFrom = (window.history.state as { cameFrom?: string } | null)?.cameFrom;
  const cameFromList =
    cameFrom && routeOf(new URL(cameFrom, window.location.href).pathname).page === 'list'
      ? cameFrom
      : undefined;
  return (
    <ArrivalContext value={arrival}>
      <Page
        route={route}
        state={state}
        now={asRendered?.at ?? now}
        language={language}
        load={load}
        origin={asRendered?.origin ?? window.location.origin}
        pathname={window.location.pathname}
        logoAddresses={logoAddresses}
        keptList={keptList}
        listHref={asRendered ? undefined : cameFromList}
        onChange={change}
        onLanguage={(lang) => {
          rememberLanguage(lang);
          change({ ...state, lang });
        }}
        onRetry={retry}
        onNavigate={navigate}
      />
    </ArrivalContext>
  );
}
