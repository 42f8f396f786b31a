// Shares an event's page: the system's share sheet where the browser has one (phones), else the
// link copied to the clipboard, with a visible confirmation; where neither works, the link is shown
// to copy by hand.
import { useState } from 'react';
import { useMessages } from '../i18n/MessagesContext.tsx';

type Outcome = 'copied' | 'shown';

export function ShareButton({ path, title }: { path: string; title: string }) {
  const t = useMessages();
  const [outcome, setOutcome] = useState<Outcome>();
  const [url, setUrl] = useState('');
  const share = async () => {
    const absolute = new URL(path, window.location.href).href;
    setUrl(absolute);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url: absolute });
        return;
      } catch (error) {
        // The visitor closed the share sheet: nothing to do.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(absolute);
      setOutcome('copied');
    } catch {
      setOutcome('shown');
    }
  };
  return (
    <span className="share">
      <button type="button" onClick={() => void share()}>
        {t.share}
        <span className="visually-hidden">: {title}</span>
      </button>
      {outcome === 'copied' ? (
        <span role="status" className="share-outcome">
          {t.linkCopied}
        </span>
      ) : null}
      {outcome === 'shown' ? (
        <span role="status" className="share-outcome">
          {t.copyThisLink}{' '}
          <input
            type="url"
            readOnly
            value={url}
            aria-label={t.copyThisLink}
            onFocus={(event) => event.currentTarget.select()}
          />
        </span>
      ) : null}
    </span>
  );
}
