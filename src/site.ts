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
  /**
   * The date the news feed gives an event without `added`: a fixed day, so the entry keeps its date
   * from build to build and feed readers never show it as new again (docs/contributing.md).
   */
  feedDateWhenNotAdded: '2026-01-01',
  /**
   * The project on GitLab: the footer links its contributing guide, and the propose form opens a new
   * issue there, prefilled, with this issue template (.gitlab/issue_templates/).
   */
  projectUrl: 'https://gitlab.example.com/sophia-tech-events/site',
  proposeIssueTemplate: 'Propose an event',
  /** How long the browser waits for events.json before it gives up and offers Retry. */
  loadTimeoutMs: 15_000,
} as const;

/** The languages of the interface, in the order the switch offers them. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/**
 * The public address a build writes into its feeds, sitemap and link previews: `SITE_URL` when set,
 * else `site.defaultUrl`. Set but empty (an unset CI variable passed as a build argument) or not an
 * absolute http(s) address, it is refused: relative links in a feed or a preview silently break.
 */
export function publicUrl(siteUrl: string | undefined): string {
  if (siteUrl === undefined) return site.defaultUrl;
  const shown = siteUrl === '' ? 'empty' : `"${siteUrl}", not an absolute http(s) address`;
  if (!/^https?:\/\/[^/\s]+/.test(siteUrl)) {
    throw new Error(
      `SITE_URL is ${shown}: the feeds, the sitemap and link previews need the site's public address. In the pipeline, set PRODUCTION_URL (Settings > CI/CD > Variables, docs/operations.md); for a local build, unset SITE_URL to use ${site.defaultUrl}`,
    );
  }
  return siteUrl.replace(/\/$/, '');
}
