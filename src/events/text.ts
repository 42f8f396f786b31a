// Small facts about text that several places need: accents folded away, names in order, and the
// byte-order mark some editors put before JSON.

/** `Côte d’Azur` -> `Cote d’Azur`: letters without their accents, for search, names and slugs. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Orders names as a reader looks them up, whatever the visitor's language: by their letters without
 * accents or case ("Éco" beside "eco", before "java"), then as written. Not localeCompare: its first
 * use loads the platform's collation data, a long task as the page starts, and its order follows
 * the browser's language, so a page could list otherwise than the build that wrote it.
 */
export function compareNames(a: string, b: string): number {
  const foldedA = foldAccents(a).toLowerCase();
  const foldedB = foldAccents(b).toLowerCase();
  if (foldedA !== foldedB) return foldedA < foldedB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const BYTE_ORDER_MARK = /^\uFEFF/;

/** The text without a leading byte-order mark, for JSON.parse. */
export function withoutByteOrderMark(text: string): string {
  return text.replace(BYTE_ORDER_MARK, '');
}

/** The text with a leading byte-order mark turned into a space: lines and columns stay as they are. */
export function blankByteOrderMark(text: string): string {
  return text.replace(BYTE_ORDER_MARK, ' ');
}
