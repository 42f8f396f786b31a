// The visitor's language: the one in the URL, else the one they picked last time, else the site's.
// The choice is kept in a cookie, which nginx.conf reads too ($cookie_lang): a returning visitor's
// page comes from the server in their language, as a `?lang=` address's does.
import { isLanguage, site, type Language } from '../site.ts';
import { readViewState, writeViewState } from './viewState.ts';

const COOKIE = 'lang';
const COOKIE_PATTERN = new RegExp(`(?:^|;\\s*)${COOKIE}=([^;]*)`);
const YEAR_IN_SECONDS = 365 * 24 * 60 * 60;
/** Where earlier releases kept the choice; read once, and moved into the cookie. */
const OLD_STORAGE_KEY = 'lang';

function cookieLanguage(): Language | undefined {
  try {
    const value = COOKIE_PATTERN.exec(document.cookie)?.[1];
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // cookies refused (a sandboxed frame): no memory, no failure
  }
}

function writeCookie(language: Language): void {
  try {
    document.cookie = `${COOKIE}=${language}; Path=/; Max-Age=${YEAR_IN_SECONDS}; SameSite=Lax`;
  } catch {
    // cookies refused: the URL still carries the choice
  }
}

/** The URL's language, else the one remembered in the cookie, else the site's. */
export function pickLanguage(fromUrl: Language | undefined): Language {
  return fromUrl ?? cookieLanguage() ?? site.defaultLanguage;
}

/**
 * A choice an earlier release remembered in localStorage, moved into the cookie; undefined when
 * there is none, or the cookie holds one already. Called once the page is shown, not before: the
 * first access to localStorage in a page waits on the browser for milliseconds.
 */
export function moveOldStoredLanguage(): Language | undefined {
  if (cookieLanguage()) return undefined;
  try {
    const value = window.localStorage.getItem(OLD_STORAGE_KEY);
    if (!isLanguage(value)) return undefined;
    writeCookie(value);
    window.localStorage.removeItem(OLD_STORAGE_KEY);
    return value;
  } catch {
    return undefined; // storage disabled
  }
}

export function rememberLanguage(language: Language): void {
  writeCookie(language);
}

/**
 * The query of the build's page in `language`, as the app writes it: none in the site's language,
 * `?lang=en` otherwise (nginx.conf sends the page of that language for it).
 */
export function searchOfLanguage(language: Language): string {
  return writeViewState({
    ...readViewState(''),
    lang: language === site.defaultLanguage ? undefined : language,
  });
}

/** The language of a page the build rendered, from its query (searchOfLanguage). */
export function languageOfPage(rendered: { search: string }): Language {
  return readViewState(rendered.search).lang ?? site.defaultLanguage;
}
