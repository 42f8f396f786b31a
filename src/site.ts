// Site settings: the one place that names the site, its area's time zone and its default language.
export const site = {
  title: 'Sophia Tech Events',
  description:
    'Every tech event around Sophia-Antipolis: meetups, JUGs, association talks, labs and conferences.',
  /** The area's zone: every `ts` in events.json is local time here, and every time is shown in it. */
  timeZone: 'Europe/Paris',
  /** Language of the interface when the visitor has not picked one. */
  defaultLanguage: 'fr',
  /**
   * The public address, for the feeds, the sitemap and link previews, which need absolute URLs.
   * Builds take it from SITE_URL (the pipeline passes the production URL).
   */
  defaultUrl: 'https://sophia-tech-events.example',
  /** Where events.json lives, as the browser fetches it. */
  eventsUrl: '/events.json',
  /** Folder of sponsor logos, as the browser sees it (public/img/sponsors in the repo). */
  logoPath: '/img/sponsors',
  /** How long the browser waits for events.json before it gives up and offers Retry. */
  loadTimeoutMs: 15_000,
} as const;

export type Language = 'fr' | 'en';
