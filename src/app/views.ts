// What each view of the list decides, said once: whether the file holds its events yet (the
// archive is read after the upcoming ones), its events, the filters that apply, how it groups and
// heads them, and what it says when it has none.
import type { SiteEvent } from '../events/event.ts';
import type { EventsFile } from '../events/eventsFile.ts';
import {
  groupByMonth,
  groupByYear,
  noFilters,
  pastEvents,
  upcomingEvents,
  type EventFilters,
  type EventGroup,
  type View,
} from '../events/select.ts';
import { formatMonth, formatYear } from '../i18n/format.ts';
import type { Messages } from '../i18n/messages.ts';
import { site } from '../site.ts';

type ViewRules = {
  /** Whether `loaded` holds this view's events; until then, the view waits. */
  isRead: (loaded: EventsFile) => boolean;
  events: (events: readonly SiteEvent[], now: Date) => SiteEvent[];
  filters: (filters: EventFilters) => EventFilters;
  group: (events: readonly SiteEvent[]) => EventGroup[];
  heading: (group: EventGroup, t: Messages) => string;
  whenEmpty: (t: Messages) => string;
};

export const VIEW_RULES: Record<View, ViewRules> = {
  upcoming: {
    isRead: () => true,
    events: upcomingEvents,
    filters: (filters) => filters,
    group: (events) => groupByMonth(events, site.timeZone),
    heading: (group, t) => formatMonth(group.startsAt, t.language),
    whenEmpty: (t) => t.noUpcoming,
  },
  past: {
    // Read after the upcoming events; a visitor who opens it first waits for it.
    isRead: (loaded) => loaded.archive === undefined,
    events: pastEvents,
    // The archive has no time window.
    filters: (filters) => ({ ...filters, window: noFilters.window }),
    group: (events) => groupByYear(events, site.timeZone),
    heading: (group) => formatYear(group.startsAt),
    whenEmpty: (t) => t.noPast,
  },
};
