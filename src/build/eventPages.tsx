// Every event's own page, /e/<address>, written by the build: its title, description, canonical
// address, Open Graph and Twitter tags and its schema.org Event are the event's own, so a link pasted
// in a chat previews the event, and the page itself shows everything without JavaScript.
import { renderToStaticMarkup } from 'react-dom/server';
import { EventPage } from '../components/EventPage.tsx';
import { LogoFilesContext } from '../components/LogoFiles.tsx';
import { eventPath } from '../events/address.ts';
import type { SiteEvent } from '../events/event.ts';
import { formatDay, formatTime } from '../i18n/format.ts';
import { messages } from '../i18n/messages.ts';
import { MessagesContext } from '../i18n/MessagesContext.tsx';
import { site as settings } from '../site.ts';
import { eventJsonLd, jsonForScriptElement, type SiteInfo } from './feeds.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What a preview says under the title: when, where, then the start of the description. */
export function eventSummary(event: SiteEvent): string {
  const t = messages[settings.defaultLanguage];
  const when = `${formatDay(event.startsAt, t.locale)} · ${formatTime(event.startsAt, t.locale)}`;
  const where = event.online ? t.online : event.place;
  const head = [when, where].filter(Boolean).join(' — ');
  const desc = event.desc?.replace(/\s+/g, ' ').trim();
  if (!desc) return head;
  const room = 200 - head.length - 3;
  return `${head}. ${desc.length > room ? `${desc.slice(0, room - 1).trimEnd()}…` : desc}`;
}

export function eventPageHtml(options: {
  event: SiteEvent;
  now: Date;
  site: SiteInfo;
  /** The app's stylesheet, as index.html links it. */
  stylesheet: string;
  logoFiles: Record<string, string>;
}): string {
  const { event, site } = options;
  const url = `${site.url}${eventPath(event)}`;
  const title = `${event.title} · ${site.title}`;
  const summary = eventSummary(event);
  const image = `${site.url}/og-image.jpg`;
  const t = messages[settings.defaultLanguage];
  const body = renderToStaticMarkup(
    <MessagesContext value={t}>
      <LogoFilesContext value={options.logoFiles}>
        <EventPage event={event} now={options.now} />
      </LogoFilesContext>
    </MessagesContext>,
  );
  const meta = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}">`;
  return [
    '<!doctype html>',
    `<html lang="${t.language}">`,
    '<head>',
    '<meta charset="UTF-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', summary),
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', site.title),
    meta('property', 'og:title', event.title),
    meta('property', 'og:description', summary),
    meta('property', 'og:url', url),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', event.title),
    meta('name', 'twitter:description', summary),
    meta('name', 'twitter:image', image),
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    `<link rel="stylesheet" href="${escapeHtml(options.stylesheet)}">`,
    `<script type="application/ld+json">${jsonForScriptElement(eventJsonLd(event, site, url))}</script>`,
    '</head>',
    `<body><div id="root">${body}</div></body>`,
    '</html>',
    '',
  ].join('\n');
}
