import { expect, test } from 'vitest';
import { firstViewData, readFirstView, type FirstView } from './firstView.ts';

const firstView: FirstView = {
  upcoming: 5127,
  counts: {
    sponsors: new Map([['Inria', 12]]),
    tags: new Map([
      ['java', 40],
      ['web', 3],
    ]),
    attendance: { any: 5127, 'in-person': 5000, online: 127 },
    window: { all: 5127, week: 4, month: 30, quarter: 90 },
  },
};

test('the first view goes into the page as JSON and reads back the same', () => {
  const inPage: unknown = JSON.parse(JSON.stringify(firstViewData(firstView)));
  expect(readFirstView(inPage)).toEqual(firstView);
});

test('a missing or broken first view reads as none', () => {
  const data = firstViewData(firstView);
  expect(readFirstView(undefined)).toBeUndefined();
  expect(readFirstView({ ...data, upcoming: '5127' })).toBeUndefined();
  expect(readFirstView({ ...data, counts: { ...data.counts, tags: [['java']] } })).toBeUndefined();
  expect(
    readFirstView({ ...data, counts: { ...data.counts, window: { all: 1, week: 1 } } }),
  ).toBeUndefined();
});
