// "Add to calendar" on a card: the event's calendar file as the build wrote it beside its page
// (/e/<address>.ics), by a plain link. It works before the app has taken over the page, and with
// no JavaScript at all; the file is the event page's own, and it names the event's page.
import { eventPath } from '../events/address.ts';
import type { SiteEvent } from '../events/event.ts';
import { foldAccents } from '../events/text.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';

/** The name the file is saved under: the event's title, as a file name. */
function fileNameFor(event: SiteEvent): string {
  const slug = foldAccents(event.title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'event'}.ics`;
}

export function AddToCalendar({ event }: { event: SiteEvent }) {
  const t = useMessages();
  return (
    <a className="add-to-calendar" href={`${eventPath(event)}.ics`} download={fileNameFor(event)}>
      {t.addToCalendar}
      <span className="visually-hidden">: {event.title}</span>
    </a>
  );
}
