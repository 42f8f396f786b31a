// Downloads the event as an .ics file that calendar apps open.
import type { SiteEvent } from '../events/event.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';
import { site } from '../site.ts';
import { foldAccents } from '../events/text.ts';

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
  const download = async () => {
    const { calendarFileFor } = await import('../events/calendarFile.ts');
    const text = calendarFileFor(event, {
      siteName: site.title,
      timeZone: site.timeZone,
      onlineLocation: t.online,
    });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameFor(event);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" className="add-to-calendar" onClick={() => void download()}>
      {t.addToCalendar}
      <span className="visually-hidden">: {event.title}</span>
    </button>
  );
}
