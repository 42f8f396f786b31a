// The title of the page that shows, for the browser's tab, its history and a bookmark: the page's
// own, then the site's. The build writes the same into each page's head; this keeps it true as the
// app opens another page in place, or shows the page in another language.
import { useEffect } from 'react';
import { site } from '../site.ts';

export function pageTitle(title: string | undefined, siteTitle: string = site.title): string {
  return title ? `${title} · ${siteTitle}` : siteTitle;
}

/** Renders nothing: sets the document's title while it shows (none: the site's title alone). */
export function DocumentTitle({ title }: { title?: string }) {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
  return null;
}
