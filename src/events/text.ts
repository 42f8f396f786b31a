// Small facts about text that several places need: accents folded away, and the byte-order mark
// some editors put before JSON.

/** `Côte d’Azur` -> `Cote d’Azur`: letters without their accents, for search, names and slugs. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
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
