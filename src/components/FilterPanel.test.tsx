import { fireEvent, render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { FilterPanel } from './FilterPanel.tsx';
import { noFilters, type EventFilters, type FacetCounts } from '../events/select.ts';
import { messages } from '../i18n/messages.ts';
import { MessagesContext } from '../i18n/MessagesContext.tsx';

const counts: FacetCounts = {
  sponsors: new Map([['Riviera JUG', 1204]]),
  tags: new Map([['java', 3]]),
  attendance: { any: 5127, online: 12, 'in-person': 5115 },
  window: { all: 5127, week: 40, month: 180, quarter: 610 },
};

test('each option says how many events it leaves, as the language writes numbers', () => {
  const { unmount } = render(
    <FilterPanel filters={noFilters} counts={counts} view="upcoming" onChange={() => {}} />,
  );
  // French groups thousands with a narrow no-break space.
  expect(screen.getByRole('radio', { name: 'Tout (5\u202f127)' })).toBeChecked();
  expect(screen.getByRole('radio', { name: 'Sur place (5\u202f115)' })).not.toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Riviera JUG (1\u202f204)' })).not.toBeChecked();
  unmount();

  render(
    <MessagesContext value={messages.en}>
      <FilterPanel filters={noFilters} counts={counts} view="upcoming" onChange={() => {}} />
    </MessagesContext>,
  );
  expect(screen.getByRole('radio', { name: 'Any time (5,127)' })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Riviera JUG (1,204)' })).not.toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'java (3)' })).not.toBeChecked();
});

/** The same counts, in new objects: as the list counts them again once events.json arrives. */
const sameCounts = (): FacetCounts => ({
  sponsors: new Map(counts.sponsors),
  tags: new Map(counts.tags),
  attendance: { ...counts.attendance },
  window: { ...counts.window },
});

test('drawn again with the same state and counts, the panel writes nothing to its options', async () => {
  const { container, rerender } = render(
    <FilterPanel filters={noFilters} counts={counts} view="upcoming" onChange={() => {}} />,
  );
  const written: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) written.push(`${record.type} ${record.attributeName ?? ''}`);
  });
  observer.observe(container, { subtree: true, attributes: true, childList: true });
  rerender(
    <FilterPanel
      filters={{ ...noFilters }}
      counts={sameCounts()}
      view="upcoming"
      onChange={() => {}}
    />,
  );
  await Promise.resolve();
  observer.disconnect();
  expect(written).toEqual([]);
});

test('an option picked after the filters changed acts on the filters of the last render', () => {
  const changes: EventFilters[] = [];
  const onChange = (next: EventFilters) => changes.push(next);
  const { rerender } = render(
    <FilterPanel filters={noFilters} counts={counts} view="upcoming" onChange={() => {}} />,
  );
  rerender(
    <FilterPanel
      filters={{ ...noFilters, tags: ['java'], attendance: 'online' }}
      counts={sameCounts()}
      view="upcoming"
      onChange={onChange}
    />,
  );
  fireEvent.click(screen.getByRole('checkbox', { name: /^Riviera JUG/ }));
  fireEvent.click(screen.getByRole('radio', { name: /^Cette semaine/ }));
  expect(changes).toEqual([
    { ...noFilters, tags: ['java'], attendance: 'online', sponsors: ['Riviera JUG'] },
    { ...noFilters, tags: ['java'], attendance: 'online', window: 'week' },
  ]);
});
