// What each view of the list decides, said once: the file it reads (the archive is read on
// demand), its events, the filters that apply, how it groups and heads them, and what it says
// when it has none.
import type { SiteEvent } from '../events/event.ts';
import { readArchive, type EventsFile } from '../events/eventsFile.ts';
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
  file: (loaded: EventsFile) => EventsFile;
  events: (events: readonly SiteEvent[], now: Date) => SiteEvent[];
  filters: (filters: EventFilters) => EventFilters;
  group: (events: readonly SiteEvent[]) => EventGroup[];
  heading: (group: EventGroup, t: Messages) => string;
  whenEmpty: (t: Messages) => string;
};

export const VIEW_RULES: Record<View, ViewRules> = {
  upcoming: {
    file: (loaded) => loaded,
    events: upcomingEvents,
    filters: (filters) => filters,
    group: (events) => groupByMonth(events, site.timeZone),
    heading: (group, t) => formatMonth(group.startsAt, t.language),
    whenEmpty: (t) => t.noUpcoming,
  },
  past: {
    // Read in idle time after the list shows; a visitor who opens it first waits for it.
    file: readArchive,
    events: pastEvents,
    // The archive has no time window.
    filters: (filters) => ({ ...filters, window: noFilters.window }),
    group: (events) => groupByYear(events, site.timeZone),
    heading: (group) => formatYear(group.startsAt),
    whenEmpty: (t) => t.noPast,
  },
};
