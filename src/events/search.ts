// Search as visitors expect it: case and accents ignored ("evenement" finds "Événement"), every word must match.
import { foldAccents } from './text.ts';

/** Letters and marks people type another way: ’ as ', œ as oe, æ as ae, ß as ss. */
const TYPED_AS: Record<string, string> = { '’': "'", '‘': "'", ʼ: "'", œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * Lower case, accents stripped, and what keyboards type otherwise written as they type it ("d'ia"
 * finds "d’IA", "coeur" finds "cœur"): the form both the text and the query are compared in.
 */
export function foldForSearch(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[’‘ʼœæß]/g, (character) => TYPED_AS[character] ?? character);
}

/** The words of a query, folded; empty when the query is blank. */
export function queryWords(query: string): string[] {
  return foldForSearch(query)
    .split(/[\s,;]+/)
    .filter((word) => word.length > 0);
}

/** True when every word of the query occurs in the folded text. */
export function matchesAllWords(foldedText: string, words: readonly string[]): boolean {
  return words.every((word) => foldedText.includes(word));
}

const foldedCharacters = new Map<string, string>();

/** One character folded; the few characters of a language are folded once each. */
function foldCharacter(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    folded = foldForSearch(character);
    foldedCharacters.set(character, folded);
  }
  return folded;
}

/**
 * Where the words occur in the original text, as [start, end) ranges on that text, merged and sorted.
 * Each original character is folded on its own, so ranges map back exactly even when folding
 * changes lengths.
 */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  // Most fields of most cards hold none of the words: one fold of the whole text tells.
  if (words.length === 0) return [];
  const whole = foldForSearch(text);
  if (!words.some((word) => whole.includes(word))) return [];
  let folded = '';
  // For each folded character, the original character it came from, as [start, end).
  const origin: [number, number][] = [];
  for (const character of text) {
    const start = origin.length === 0 ? 0 : origin.at(-1)![1];
    const foldedCharacter = foldCharacter(character);
    for (let k = 0; k < foldedCharacter.length; k += 1)
      origin.push([start, start + character.length]);
    if (foldedCharacter.length === 0) origin.push([start, start + character.length]);
    folded += foldedCharacter || '\u0000';
  }
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      ranges.push([origin[at]![0], origin[at + word.length - 1]![1]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
