// What an address that names nothing shows. Under /e/: that there is no such event, and the list
// searched for the address's words (a link shared before its event was renamed still leads
// somewhere). Elsewhere: that there is no such page. Both lead to the list.
import { useMessages } from '../i18n/MessagesContext.tsx';
import { AppLink } from './AppLink.tsx';
import { DocumentTitle } from './DocumentTitle.tsx';
import { useFocusOnArrival } from './arrival.ts';

function NotFound({ heading, detail, words }: { heading: string; detail: string; words?: string }) {
  const t = useMessages();
  const headingRef = useFocusOnArrival<HTMLHeadingElement>();
  return (
    <main className="event-page">
      <DocumentTitle title={heading} />
      <h2 ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <p>{detail}</p>
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

export function NoSuchEvent({ words }: { words: string }) {
  const t = useMessages();
  return <NotFound heading={t.noSuchEvent} detail={t.noSuchEventDetail} words={words} />;
}

export function NoSuchPage() {
  const t = useMessages();
  return <NotFound heading={t.noSuchPage} detail={t.noSuchPageDetail} />;
}
