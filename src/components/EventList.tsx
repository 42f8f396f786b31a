// Events under month headings.
import type { MonthGroup } from '../events/select.ts';
import { formatMonth } from '../i18n/format.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { EventCard } from './EventCard.tsx';

export function EventList({ groups }: { groups: readonly MonthGroup[] }) {
  const t = useMessages();
  return (
    <>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`month-${group.key}`} className="month">
          <h2 id={`month-${group.key}`}>{formatMonth(group.month, t.locale)}</h2>
          {group.events.map((event, index) => (
            <EventCard key={`${event.id}-${index}`} event={event} />
          ))}
        </section>
      ))}
    </>
  );
}
