// "Add to Google Calendar" and "Add to Outlook" as plain links: the event's title, times (in UTC,
// which both read), place and page, prefilled in the calendar's own form.
// Light on purpose: the event page loads it; the calendar library is the build's alone.
import type { SiteEvent } from './event.ts';

/** Without an end, a calendar entry lasts this long (the listing keeps it until the end of its day). */
const DEFAULT_CALENDAR_DURATION_MS = 2 * 60 * 60 * 1000;

/** When the calendar entry ends: the event's end, or two hours after its start. */
export function calendarEnd(event: SiteEvent): Date {
  return event.end
    ? event.endsAt
    : new Date(event.startsAt.getTime() + DEFAULT_CALENDAR_DURATION_MS);
}

/** 2026-12-03T17:30:00.000Z -> 20261203T173000Z, the form Google Calendar reads. */
const compactUtc = (instant: Date) => instant.toISOString().replace(/[-:]|\.\d{3}/g, '');

function where(event: SiteEvent, onlineLocation: string): string {
  return event.online ? onlineLocation : (event.place ?? '');
}

function details(event: SiteEvent): string {
  return [event.desc, event.link].filter(Boolean).join('\n\n');
}

export function googleCalendarUrl(event: SiteEvent, onlineLocation: string): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.searchParams.set('action', 'TEMPLATE');
  url.searchParams.set('text', event.title);
  url.searchParams.set('dates', `${compactUtc(event.startsAt)}/${compactUtc(calendarEnd(event))}`);
  url.searchParams.set('details', details(event));
  url.searchParams.set('location', where(event, onlineLocation));
  return url.toString();
}

export function outlookCalendarUrl(event: SiteEvent, onlineLocation: string): string {
  const url = new URL('https://outlook.live.com/calendar/0/action/compose');
  url.searchParams.set('rru', 'addevent');
  url.searchParams.set('subject', event.title);
  url.searchParams.set('startdt', event.startsAt.toISOString());
  url.searchParams.set('enddt', calendarEnd(event).toISOString());
  url.searchParams.set('body', details(event));
  url.searchParams.set('location', where(event, onlineLocation));
  return url.toString();
}
