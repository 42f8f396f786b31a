// One event: its title, when and where, what it is about, its page, its sponsors, and a calendar file.
import { memo, useId } from 'react';
import { eventPath } from '../events/address.ts';
import { isHttpUrl } from '../events/schema.ts';
import { queryWords } from '../events/search.ts';
import type { SiteEvent } from '../events/event.ts';
import { calendarDaysFrom } from '../events/time.ts';
import { formatDay, formatRelativeDay, formatTime, isoInSiteZone } from '../i18n/format.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { site } from '../site.ts';
import { AddToCalendar } from './AddToCalendar.tsx';
import { Highlighted } from './Highlighted.tsx';
import { SponsorLogos } from './SponsorLogos.tsx';

function RelativeHint({ event, now }: { event: SiteEvent; now: Date }) {
  const t = useMessages();
  const hasStarted = event.startsAt.getTime() <= now.getTime();
  const hasEnded = event.endsAt.getTime() < now.getTime();
  if (hasEnded) return null;
  const hint = hasStarted
    ? t.ongoing
    : formatRelativeDay(calendarDaysFrom(now, event.startsAt, site.timeZone), t.language);
  return hint ? <span className="relative">{hint}</span> : null;
}

/** When it starts, with a hint and the online badge: memoised apart, as typing does not change it. */
const When = memo(function When({ event, now }: { event: SiteEvent; now: Date }) {
  const t = useMessages();
  return (
    <p className="when">
      <time dateTime={isoInSiteZone(event.startsAt)}>
        {formatDay(event.startsAt, t.locale)} · {formatTime(event.startsAt, t.locale)}
      </time>
      <RelativeHint event={event} now={now} />
      {event.online ? <span className="badge">{t.online}</span> : null}
    </p>
  );
});

/** Memoised: while typing, only cards whose props change render again. */
export const EventCard = memo(function EventCard({
  event,
  now,
  query = '',
}: {
  event: SiteEvent;
  now: Date;
  /** The search, whose words are marked. */
  query?: string;
}) {
  const t = useMessages();
  const headingId = useId();
  const words = queryWords(query);
  return (
    <article className="event" aria-labelledby={headingId}>
      {/* elementtiming: the Element Timing API reports when an event title is painted (benchmarks). */}
      <h3 id={headingId} dir="auto" {...{ elementtiming: 'event' }}>
        {/* The event's own page: a link to share, which chats preview. */}
        <a href={eventPath(event)}>
          <Highlighted text={event.title} words={words} />
        </a>
      </h3>
      <When event={event} now={now} />
      {event.date ? (
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
            {t.eventPage}
            <span className="visually-hidden">: {event.title}</span>
          </a>
        ) : null}
        <AddToCalendar event={event} />
      </p>
      <SponsorLogos sponsors={event.sponsors ?? []} />
    </article>
  );
});
