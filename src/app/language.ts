// The visitor's language: the one in the URL, else the one they picked last time, else the site's.
import { isLanguage, site, type Language } from '../site.ts';

const STORAGE_KEY = 'lang';

function storedLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage disabled: no memory, no failure
  }
}

/** The URL's language, else the remembered one, else the site's. */
export function pickLanguage(fromUrl: Language | undefined): Language {
  return fromUrl ?? storedLanguage() ?? site.defaultLanguage;
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // storage disabled: the URL still carries the choice
  }
}
