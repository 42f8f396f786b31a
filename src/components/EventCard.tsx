// One event in the list: its title (a link to its own page), when and where, what it is about, its
// site, its sponsors, a calendar file and a way to share it.
import { memo, useId } from 'react';
import { eventPath } from '../events/address.ts';
import { dateLineAddsToCard } from '../events/dateLine.ts';
import { isHttpUrl } from '../events/httpUrl.ts';
import { queryWords } from '../events/search.ts';
import { canStillAttend, type SiteEvent } from '../events/event.ts';
import { formatDay, formatTime, isoInSiteZone } from '../i18n/format.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { AddToCalendar } from './AddToCalendar.tsx';
import { AppLink } from './AppLink.tsx';
import { Highlighted } from './Highlighted.tsx';
import { RelativeHint } from './RelativeHint.tsx';
import { ShareButton } from './ShareButton.tsx';
import { SponsorLogos } from './SponsorLogos.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** When it starts, with a hint and the online badge: memoised apart, as typing does not change it. */
const When = memo(function When({ event, now }: { event: SiteEvent; now: Date }) {
  const t = useMessages();
  return (
    <p className="when">
      <time dateTime={isoInSiteZone(event.startsAt)}>
        {formatDay(event.startsAt, t.language)} · {formatTime(event.startsAt)}
      </time>
      <RelativeHint event={event} now={now} />
      <StatusBadge status={event.status} />
      {event.online ? <span className="badge">{t.online}</span> : null}
    </p>
  );
});

/** Memoised: while typing, only cards whose props change render again. */
export const EventCard = memo(function EventCard({
  event,
  now,
  query = '',
  id,
}: {
  event: SiteEvent;
  now: Date;
  /** The search, whose words are marked. */
  query?: string;
  id?: string;
}) {
  const t = useMessages();
  const headingId = useId();
  const words = queryWords(query);
  return (
    <article id={id} className="event" aria-labelledby={headingId}>
      {/* elementtiming: the Element Timing API reports when an event title is painted (benchmarks). */}
      <h3
        id={headingId}
        dir="auto"
        className={event.status === 'cancelled' ? 'is-cancelled' : undefined}
        {...{ elementtiming: 'event' }}
      >
        {/* The event's own page: a link to share, which chats preview; the app opens it in place. */}
        <AppLink href={eventPath(event)}>
          <Highlighted text={event.title} words={words} />
        </AppLink>
      </h3>
      <When event={event} now={now} />
      {dateLineAddsToCard(event) ? (
        <p className="date-line" dir="auto">
          {event.date}
        </p>
      ) : null}
      {event.place ? (
        <p className="place" dir="auto">
          <Highlighted text={event.place} words={words} />
        </p>
      ) : null}
      {event.desc ? (
        <p className="desc" dir="auto">
          <Highlighted text={event.desc} words={words} />
        </p>
      ) : null}
      {event.tags && event.tags.length > 0 ? (
        <ul className="tags" aria-label={t.tagFilter}>
          {event.tags.map((tag) => (
            <li key={tag}>
              <Highlighted text={tag} words={words} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="actions">
        {isHttpUrl(event.link) ? (
          <a href={event.link} rel="noopener noreferrer" target="_blank">
            {t.eventWebsite}
            <span className="visually-hidden">: {event.title}</span>
          </a>
        ) : null}
        {canStillAttend(event, now) ? <AddToCalendar event={event} /> : null}
        <ShareButton path={eventPath(event)} title={event.title} />
      </p>
      <SponsorLogos sponsors={event.sponsors ?? []} />
    </article>
  );
});
