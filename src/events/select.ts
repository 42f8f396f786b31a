// Pure selection over events: which are upcoming, in what order, grouped how.
import { TZDate } from '@date-fns/tz';
import type { SiteEvent } from './event.ts';

function byStartThenTitle(a: SiteEvent, b: SiteEvent): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title);
}

/** Events that have not ended at `now`, soonest first. An event stays listed until it ends. */
export function upcomingEvents(events: readonly SiteEvent[], now: Date): SiteEvent[] {
  return events.filter((event) => event.endsAt.getTime() >= now.getTime()).sort(byStartThenTitle);
}

export type MonthGroup = {
  /** `YYYY-MM` of the month in the site's time zone. */
  key: string;
  /** The first instant of that month, for headings. */
  month: Date;
  events: SiteEvent[];
};

/** Groups events (already sorted) by the month of their start in the site's time zone. */
export function groupByMonth(events: readonly SiteEvent[], timeZone: string): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const event of events) {
    const local = new TZDate(event.startsAt.getTime(), timeZone);
    const key = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}`;
    const last = groups.at(-1);
    if (last?.key === key) {
      last.events.push(event);
    } else {
      const month = new Date(
        new TZDate(local.getFullYear(), local.getMonth(), 1, timeZone).getTime(),
      );
      groups.push({ key, month, events: [event] });
    }
  }
  return groups;
}
