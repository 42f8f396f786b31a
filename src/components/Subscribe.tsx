// Ways to get the events without coming back: the calendar feed (webcal: or its URL), the calendar
// of the list's topic when it is filtered to one organiser or one tag, and the news feed.
import { useId, useState } from 'react';
import { topicCalendarPath, type Topic } from '../events/topicCalendars.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';

const webcal = (url: string) => url.replace(/^https?:/, 'webcal:');

export function Subscribe({ origin, topic }: { origin: string; topic?: Topic }) {
  const t = useMessages();
  const inputId = useId();
  const [copied, setCopied] = useState<string>();
  const allUrl = `${origin}/events.ics`;
  // The calendar a visitor filtering by one topic most likely wants is that topic's.
  const calendarUrl = topic ? `${origin}${topicCalendarPath(topic)}` : allUrl;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(calendarUrl);
      setCopied(calendarUrl);
    } catch {
      // No clipboard access: the address stays selected in its field, ready for Ctrl+C.
      (document.getElementById(inputId) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <section className="subscribe" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t.subscribeHeading}</h2>
      <p>
        {topic ? (
          <>
            <a href={webcal(calendarUrl)}>{t.subscribeTopic(topic.name)}</a>
            {' · '}
          </>
        ) : null}
        <a href={webcal(allUrl)}>{topic ? t.subscribeAll : t.subscribeCalendar}</a>
        {' · '}
        <a href="/feed.xml" type="application/atom+xml">
          {t.newsFeed}
        </a>
      </p>
      <label htmlFor={inputId}>
        {topic ? t.topicCalendarUrlLabel(topic.name) : t.calendarUrlLabel}
      </label>
      <div className="copy-row">
        <input
          id={inputId}
          type="url"
          readOnly
          value={calendarUrl}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={() => void copy()}>
          {copied === calendarUrl ? t.copied : t.copy}
        </button>
      </div>
    </section>
  );
}
