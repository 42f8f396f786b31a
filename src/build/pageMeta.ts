// A page's own head tags: its title, description, link previews (Open Graph, Twitter) and
// addresses. The interface's languages are alternates of one address: the page in the site's
// language at the address itself, in another at `?lang=<language>` (nginx.conf sends the page the
// build wrote in that language), and each language's page names itself canonical.
import { searchOfLanguage } from '../app/language.ts';
import { pageTitle } from '../components/DocumentTitle.tsx';
import { LANGUAGES, type Language } from '../site.ts';
import type { SiteInfo } from './feeds.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function pageMeta(page: {
  /** The page's own title; none: the site's alone. */
  title?: string;
  description: string;
  /** Absolute, in the site's language; undefined for a page that has no address of its own. */
  url?: string;
  language: Language;
  image: string;
  site: SiteInfo;
}): string {
  const meta = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}">`;
  const title = page.title ?? page.site.title;
  const previews = [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', page.site.title),
    meta('property', 'og:title', title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:image', page.image),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', page.description),
    meta('name', 'twitter:image', page.image),
  ];
  const url = page.url;
  /** The page's address in `language`. */
  const at = (language: Language) => `${url}${searchOfLanguage(language)}`;
  const address = url
    ? [
        meta('property', 'og:url', at(page.language)),
        `<link rel="canonical" href="${escapeHtml(at(page.language))}">`,
        ...LANGUAGES.map(
          (language) =>
            `<link rel="alternate" hreflang="${language}" href="${escapeHtml(at(language))}">`,
        ),
        `<link rel="alternate" hreflang="x-default" href="${escapeHtml(url)}">`,
      ]
    : [meta('name', 'robots', 'noindex')];
  return [
    `<title>${escapeHtml(pageTitle(page.title, page.site.title))}</title>`,
    meta('name', 'description', page.description),
    ...previews,
    ...address,
  ].join('\n');
}
