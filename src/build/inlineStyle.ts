// The stylesheet inside every page, so that one response paints it: the build puts the stylesheet's
// text in a <style> element and allows exactly that text in the Content-Security-Policy, by its
// hash, which it writes into nginx.conf (the image copies the nginx.conf of its build). style-src
// keeps 'self' for the pages of a release before this one, still open in tabs, whose stylesheets
// are carried into the new image.
import { createHash } from 'node:crypto';

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g;

/** The page with each stylesheet link replaced by the stylesheet's text; `readCss` gets its path. */
export function withInlineStylesheet(html: string, readCss: (file: string) => string): string {
  const links = [...html.matchAll(STYLESHEET_LINK)];
  if (links.length === 0) throw new Error('index.html links no stylesheet of /assets/ to inline');
  return html.replace(STYLESHEET_LINK, (_, file: string) => {
    const css = readCss(file);
    if (css.includes('</style')) throw new Error(`${file} holds "</style": it cannot be inlined`);
    return `<style>${css}</style>`;
  });
}

/** The CSP source that allows exactly the text of an inline element: 'sha256-…'. */
export function cspHashOf(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The text of each <style> element of a page, as the browser hashes it. */
export function inlineStylesOf(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
}

/** The app's policy line of nginx.conf: the one with a script-src, not the one for SVG files. */
const APP_POLICY_STYLE_SRC = /(default "default-src 'self'; script-src [^"]*?style-src )([^;"]*)/;

/** nginx.conf with the app's style-src allowing 'self' and exactly the inline styles given. */
export function withStyleHashes(conf: string, styles: readonly string[]): string {
  if (!APP_POLICY_STYLE_SRC.test(conf)) {
    throw new Error(
      'nginx.conf has no Content-Security-Policy line `default "default-src \'self\'; script-src …; style-src …"` to write the style hashes into',
    );
  }
  const sources = ["'self'", ...new Set(styles.map(cspHashOf))].join(' ');
  return conf.replace(APP_POLICY_STYLE_SRC, (_, head: string) => `${head}${sources}`);
}
