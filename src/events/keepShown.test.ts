import { expect, test } from 'vitest';
import { aSiteEvent } from '../test/siteEvents.ts';
import { keepShown } from './keepShown.ts';

const meetup = { ts: '20261204T183000', link: 'https://example.org/1', title: 'Meetup' };
const talk = { ts: '20261210T190000', link: 'https://example.org/2', title: 'Talk' };

test('an event that did not change keeps the object on screen; one that changed takes the new one', () => {
  const shown = [aSiteEvent(meetup), aSiteEvent(talk)];
  const same = aSiteEvent(meetup);
  const retitled = aSiteEvent({ ...talk, title: 'Talk, in English' });
  const kept = keepShown(shown, [same, retitled]);
  expect(kept[0]).toBe(shown[0]);
  expect(kept[1]).toBe(retitled);
});

test('a change deep inside an event, or in its end alone, is a change', () => {
  const shown = [aSiteEvent({ ...meetup, sponsors: [{ name: 'CEEI' }] })];
  const sponsored = aSiteEvent({ ...meetup, sponsors: [{ name: 'Inria' }] });
  expect(keepShown(shown, [sponsored])[0]).toBe(sponsored);
  const longer = aSiteEvent({ ...meetup, sponsors: [{ name: 'CEEI' }], end: '20261204T230000' });
  expect(keepShown(shown, [longer])[0]).toBe(longer);
});

test('the newer copy decides which events there are, and their order', () => {
  const shown = [aSiteEvent(meetup), aSiteEvent(talk)];
  const added = aSiteEvent({ ts: '20261205T090000', link: 'https://example.org/3' });
  const kept = keepShown(shown, [aSiteEvent(talk), added]);
  expect(kept).toEqual([shown[1], added]);
  expect(kept[0]).toBe(shown[1]);
  const next = [aSiteEvent(meetup)];
  expect(keepShown([], next)).toBe(next);
});
