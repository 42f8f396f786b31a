// Ways to get the events without coming back: the calendar feed (webcal: or its URL) and the news feed.
import { useId, useState } from 'react';
import { useMessages } from '../i18n/MessagesContext.tsx';

export function Subscribe({ origin }: { origin: string }) {
  const t = useMessages();
  const inputId = useId();
  const [hasCopied, setHasCopied] = useState(false);
  const calendarUrl = `${origin}/events.ics`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(calendarUrl);
      setHasCopied(true);
    } catch {
      // No clipboard access: the address stays selected in its field, ready for Ctrl+C.
      (document.getElementById(inputId) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <section className="subscribe" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t.subscribeHeading}</h2>
      <p>
        <a href={calendarUrl.replace(/^https?:/, 'webcal:')}>{t.subscribeCalendar}</a>
        {' · '}
        <a href="/feed.xml" type="application/atom+xml">
          {t.newsFeed}
        </a>
      </p>
      <label htmlFor={inputId}>{t.calendarUrlLabel}</label>
      <div className="copy-row">
        <input
          id={inputId}
          type="url"
          readOnly
          value={calendarUrl}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={() => void copy()}>
          {hasCopied ? t.copied : t.copy}
        </button>
      </div>
    </section>
  );
}
