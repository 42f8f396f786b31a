// How soon an event starts, said the way people say it ("demain", "dans 3 jours"), or that it is
// happening now; nothing once it has ended, nor for an event called off or put off. "Happening
// now" only between a given start and end: an event without an end stays listed for the rest of
// its day, but is only said to be today.
import type { SiteEvent } from '../events/event.ts';
import { keepsItsDate } from '../events/status.ts';
import { calendarDaysFrom } from '../events/time.ts';
import { formatRelativeDay } from '../i18n/format.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { site } from '../site.ts';

export function RelativeHint({ event, now }: { event: SiteEvent; now: Date }) {
  const t = useMessages();
  const hasStarted = event.startsAt.getTime() <= now.getTime();
  const hasEnded = event.endsAt.getTime() < now.getTime();
  if (hasEnded || !keepsItsDate(event.status)) return null;
  const hint =
    hasStarted && event.end
      ? t.ongoing
      : formatRelativeDay(calendarDaysFrom(now, event.startsAt, site.timeZone), t.language);
  return hint ? <span className="relative">{hint}</span> : null;
}
