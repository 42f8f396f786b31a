// What an address that names no event shows: that there is no such event, the list searched for the
// address's words (a link shared before its event was renamed still leads somewhere), and the list.
import { useMessages } from '../i18n/MessagesContext.tsx';
import { AppLink } from './AppLink.tsx';

export function NoSuchEvent({ words }: { words: string }) {
  const t = useMessages();
  return (
    <main className="event-page">
      <h2>{t.noSuchEvent}</h2>
      <p>{t.noSuchEventDetail}</p>
      <ul className="not-found-links">
        {words ? (
          <li>
            <AppLink href={`/?q=${encodeURIComponent(words)}`}>{t.searchFor(words)}</AppLink>
          </li>
        ) : null}
        <li>
          <AppLink href="/">{t.seeUpcoming}</AppLink>
        </li>
      </ul>
    </main>
  );
}
