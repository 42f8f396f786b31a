// An event's own page: everything about the event, ways to add it to a calendar and to share it,
// and the way back to the list. The build writes it for every event as plain HTML (it works without
// JavaScript; link previews and search engines read it all); the app renders the same in place.
import { eventPath } from '../events/address.ts';
import { dateLineAddsToCard } from '../events/dateLine.ts';
import { googleCalendarUrl, outlookCalendarUrl } from '../events/calendarLinks.ts';
import { canStillAttend, type SiteEvent } from '../events/event.ts';
import { isHttpUrl } from '../events/httpUrl.ts';
import { formatDay, formatTime, isoInSiteZone } from '../i18n/format.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { AppLink } from './AppLink.tsx';
import { DocumentTitle } from './DocumentTitle.tsx';
import { useFocusOnArrival } from './arrival.ts';
import { RelativeHint } from './RelativeHint.tsx';
import { ShareButton } from './ShareButton.tsx';
import { SponsorLogos } from './SponsorLogos.tsx';
import { StatusBadge } from './StatusBadge.tsx';

export function EventPage({
  event,
  now,
  listHref = '/',
}: {
  event: SiteEvent;
  now: Date;
  /** The list as the visitor left it, when they came from it. */
  listHref?: string;
}) {
  const t = useMessages();
  const hasEnded = event.endsAt.getTime() < now.getTime();
  const headingRef = useFocusOnArrival<HTMLHeadingElement>();
  const sameDay = formatDay(event.startsAt, t.language) === formatDay(event.endsAt, t.language);
  return (
    <main className="event-page">
      <DocumentTitle title={event.title} />
      <p className="back">
        <AppLink href={listHref}>← {t.backToList}</AppLink>
      </p>
      <article className="event" aria-labelledby="event-title">
        <h2
          ref={headingRef}
          tabIndex={-1}
          id="event-title"
          dir="auto"
          className={event.status === 'cancelled' ? 'is-cancelled' : undefined}
        >
          {event.title}
        </h2>
        {hasEnded ? (
          <p className="over" role="note">
            {t.eventOver} <AppLink href="/">{t.seeUpcoming}</AppLink>
          </p>
        ) : null}
        <p className="when">
          <time dateTime={isoInSiteZone(event.startsAt)}>
            {formatDay(event.startsAt, t.language)} · {formatTime(event.startsAt)}
          </time>
          {event.end ? (
            <>
              {' – '}
              <time dateTime={isoInSiteZone(event.endsAt)}>
                {sameDay ? '' : `${formatDay(event.endsAt, t.language)} · `}
                {formatTime(event.endsAt)}
              </time>
            </>
          ) : null}
          <RelativeHint event={event} now={now} />
          <StatusBadge status={event.status} />
          {event.online ? <span className="badge">{t.online}</span> : null}
        </p>
        {dateLineAddsToCard(event) ? (
          <p className="date-line" dir="auto">
            {event.date}
          </p>
        ) : null}
        {event.place ? (
          <p className="place" dir="auto">
            {event.place}
          </p>
        ) : null}
        {event.desc ? (
          <p className="desc" dir="auto">
            {event.desc}
          </p>
        ) : null}
        {event.tags && event.tags.length > 0 ? (
          <ul className="tags" aria-label={t.tagFilter}>
            {event.tags.map((tag) => (
              <li key={tag}>
                <AppLink href={`/?tag=${encodeURIComponent(tag)}`}>{tag}</AppLink>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="actions">
          {isHttpUrl(event.link) ? (
            <a href={event.link} rel="noopener noreferrer">
              {t.eventWebsite}
            </a>
          ) : null}
          <ShareButton path={eventPath(event)} title={event.title} />
        </p>
        {canStillAttend(event, now) ? (
          <ul className="calendar-links" aria-label={t.addToCalendar}>
            <li>
              <a href={`${eventPath(event)}.ics`} download>
                {t.calendarFile}
              </a>
            </li>
            <li>
              <a href={googleCalendarUrl(event, t.online)} rel="noopener noreferrer">
                {t.googleCalendar}
              </a>
            </li>
            <li>
              <a href={outlookCalendarUrl(event, t.online)} rel="noopener noreferrer">
                Outlook
              </a>
            </li>
          </ul>
        ) : null}
        <SponsorLogos sponsors={event.sponsors ?? []} />
      </article>
    </main>
  );
}
