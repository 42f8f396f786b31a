// What became of an event that does not happen as first announced: its `status` in events.json, and
// what calendars and search engines call it. An event without one is scheduled.
export const EVENT_STATUSES = ['cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** schema.org's eventStatus (https://schema.org/EventStatusType). */
export const SCHEMA_ORG_STATUS: Record<EventStatus | 'scheduled', string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

/**
 * RFC 5545's STATUS of the calendar entry: a cancelled event is CANCELLED, so subscribed calendars
 * strike it out; a postponed one has no date it holds to, TENTATIVE; the others are CONFIRMED.
 */
export const CALENDAR_STATUS: Record<
  EventStatus | 'scheduled',
  'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'
> = {
  scheduled: 'CONFIRMED',
  cancelled: 'CANCELLED',
  postponed: 'TENTATIVE',
  rescheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
};

/** Whether the event still happens at its `ts`: not once called off, nor put off to no date yet. */
export const keepsItsDate = (status: EventStatus | undefined): boolean =>
  status !== 'cancelled' && status !== 'postponed';
