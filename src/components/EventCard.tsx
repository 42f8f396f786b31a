// One event: its title, when and where, what it is about, its page and its sponsors.
import { useId } from 'react';
import { isHttpUrl } from '../events/schema.ts';
import type { SiteEvent } from '../events/event.ts';
import { formatDay, formatTime, isoInSiteZone } from '../i18n/format.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { SponsorLogos } from './SponsorLogos.tsx';

export function EventCard({ event }: { event: SiteEvent }) {
  const t = useMessages();
  const headingId = useId();
  return (
    <article className="event" aria-labelledby={headingId}>
      <h3 id={headingId}>{event.title}</h3>
      <p className="when">
        <time dateTime={isoInSiteZone(event.startsAt)}>
          {formatDay(event.startsAt, t.locale)} · {formatTime(event.startsAt, t.locale)}
        </time>
        {event.online ? <span className="badge">{t.online}</span> : null}
      </p>
      {event.date ? <p className="date-line">{event.date}</p> : null}
      {event.place ? <p className="place">{event.place}</p> : null}
      {event.desc ? <p className="desc">{event.desc}</p> : null}
      {isHttpUrl(event.link) ? (
        <p>
          <a href={event.link} rel="noopener noreferrer" target="_blank">
            {t.eventPage}
            <span className="visually-hidden">: {event.title}</span>
          </a>
        </p>
      ) : null}
      <SponsorLogos sponsors={event.sponsors ?? []} />
    </article>
  );
}
