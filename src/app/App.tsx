// The page: header, then the upcoming events, or the loading, empty or failure state.
import { useMemo } from 'react';
import { EventList } from '../components/EventList.tsx';
import { LoadFailure } from '../components/LoadFailure.tsx';
import { SkippedNotice } from '../components/SkippedNotice.tsx';
import { groupByMonth, upcomingEvents } from '../events/select.ts';
import type { EventsFile } from '../events/load.ts';
import { messages } from '../i18n/messages.ts';
import { MessagesContext, useMessages } from '../i18n/MessagesContext.tsx';
import { site, type Language } from '../site.ts';
import { useEventsFile } from './useEventsFile.ts';

function languageFromUrl(search: string): Language {
  const lang = new URLSearchParams(search).get('lang');
  return lang === 'en' || lang === 'fr' ? lang : site.defaultLanguage;
}

function UpcomingEvents({ file }: { file: EventsFile }) {
  const t = useMessages();
  const groups = useMemo(
    () => groupByMonth(upcomingEvents(file.events, new Date()), site.timeZone),
    [file],
  );
  return (
    <>
      <SkippedNotice skipped={file.skipped} />
      {groups.length === 0 ? (
        <p className="empty">{t.noUpcoming}</p>
      ) : (
        <EventList groups={groups} />
      )}
    </>
  );
}

export function App() {
  const language = languageFromUrl(window.location.search);
  const t = messages[language];
  const { state, retry } = useEventsFile();
  return (
    <MessagesContext value={t}>
      <header className="site-header">
        <h1>{site.title}</h1>
        <p>{t.tagline}</p>
      </header>
      <main lang={language}>
        <h2 className="visually-hidden">{t.upcomingHeading}</h2>
        {state.status === 'loading' ? (
          <p role="status" className="loading">
            {t.loading}
          </p>
        ) : null}
        {state.status === 'failed' ? <LoadFailure kind={state.kind} onRetry={retry} /> : null}
        {state.status === 'ready' ? <UpcomingEvents file={state.file} /> : null}
      </main>
    </MessagesContext>
  );
}
