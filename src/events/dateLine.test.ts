import { expect, test } from 'vitest';
import { dateLineAddsToCard } from './dateLine.ts';

test('a date line that restates the day, the time and the place is not shown again', () => {
  const restating = [
    { date: '3 décembre 2026 à 18h30 – SKEMA Business School', place: 'SKEMA Business School' },
    { date: 'October 1, 2026 at 7 pm – Inria Sophia Antipolis', place: 'Inria Sophia Antipolis' },
    {
      date: '8 octobre 2026 à 18h30 – Le Business Pôle',
      place: 'Le Business Pôle, Sophia-Antipolis',
    },
    { date: 'November 5, 2026 at 6:30 pm – Amphi Forum', place: 'Amphi Forum, Campus SophiaTech' },
    { date: '15 octobre 2026 à 12h30 – En ligne', place: 'En ligne' },
    { date: 'jeudi 1er octobre, 9h', place: undefined },
    { date: '  ', place: 'CEEI' },
  ];
  for (const event of restating) expect(dateLineAddsToCard(event), event.date).toBe(false);
});

test('a date line that says more than the card is shown', () => {
  expect(dateLineAddsToCard({ date: 'Accueil dès 18h, talks à 18h30', place: 'CEEI' })).toBe(true);
  expect(dateLineAddsToCard({ date: 'Tous les jeudis à 12h', place: 'En ligne' })).toBe(true);
  expect(dateLineAddsToCard({ date: '4 octobre à 18h15 au CEEI', place: undefined })).toBe(true);
  expect(dateLineAddsToCard({ date: '4 octobre à 18h15 au CEEI', place: 'CEEI' })).toBe(false);
});
