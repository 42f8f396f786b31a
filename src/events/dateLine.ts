// Whether an event's human date line (`date`) tells the visitor more than the card already shows
// from `ts`, `end`, `place` and `online`: "3 décembre 2026 à 18h30 – SKEMA" says nothing new and is
// not shown twice; "Accueil dès 18h, talks à 18h30" or "tous les jeudis" does, and is shown.
import type { SiteEvent } from './event.ts';
import { foldForSearch } from './search.ts';

/** Words a date line is made of when it only restates the day, the time and the place. */
const RESTATING_WORDS = new Set([
  // Months and days, French and English.
  ...'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(
    ' ',
  ),
  ...'lundi mardi mercredi jeudi vendredi samedi dimanche'.split(' '),
  ...'january february march april may june july august september october november december'.split(
    ' ',
  ),
  ...'jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
  ...'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
  // Small words around them, and the clock's.
  ...'a au aux le la les l de du des d en et the at on in from to and of h am pm er st nd rd th'.split(
    ' ',
  ),
  ...'online ligne'.split(' '),
]);

const wordsOf = (text: string) =>
  foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A number, a time (18h30, 6:30 is split in two numbers) or an ordinal (1er, 2nd). */
const isNumberLike = (word: string) => /^\d+(?:h\d*|er|st|nd|rd|th|pm|am)?$/.test(word);

export function dateLineAddsToCard(event: Pick<SiteEvent, 'date' | 'place'>): boolean {
  if (!event.date?.trim()) return false;
  const placeWords = new Set(wordsOf(event.place ?? ''));
  return wordsOf(event.date).some(
    (word) => !isNumberLike(word) && !RESTATING_WORDS.has(word) && !placeWords.has(word),
  );
}
