// Filters by sponsor, topic, format and time window, each option with the number of events it leaves.
import { useState } from 'react';
import {
  ATTENDANCES,
  TIME_WINDOWS,
  type Attendance,
  type EventFilters,
  type FacetCounts,
  type TimeWindow,
  type View,
} from '../events/select.ts';
import { useMessages } from '../i18n/MessagesContext.tsx';

function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

function CheckboxGroup({
  legend,
  counts,
  selected,
  onToggle,
}: {
  legend: string;
  counts: Map<string, number>;
  selected: readonly string[];
  onToggle: (value: string) => void;
}) {
  const t = useMessages();
  // Selected options stay visible even when nothing is left with them.
  const options = [...new Set([...counts.keys(), ...selected])];
  if (options.length === 0) return null;
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="chip">
          <input
            type="checkbox"
            checked={selected.includes(option)}
            onChange={() => onToggle(option)}
          />
          <span>{option}</span>{' '}
          <span className="count">{t.optionCount(counts.get(option) ?? 0)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function RadioGroup<T extends string>({
  legend,
  name,
  options,
  labels,
  counts,
  selected,
  onSelect,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  counts: Record<T, number>;
  selected: T;
  onSelect: (value: T) => void;
}) {
  const t = useMessages();
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="chip">
          <input
            type="radio"
            name={name}
            checked={selected === option}
            onChange={() => onSelect(option)}
          />
          <span>{labels[option]}</span>{' '}
          <span className="count">{t.optionCount(counts[option])}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function FilterPanel({
  filters,
  counts,
  view,
  onChange,
}: {
  filters: EventFilters;
  counts: FacetCounts;
  view: View;
  onChange: (filters: EventFilters) => void;
}) {
  const t = useMessages();
  // Always shown on wide screens; on a phone (CSS decides, so the page looks the same before and
  // after the app takes over) the list comes first and the filters open on demand.
  const [isOpen, setIsOpen] = useState(false);
  const active =
    filters.sponsors.length +
    filters.tags.length +
    (filters.attendance === 'any' ? 0 : 1) +
    (view === 'upcoming' && filters.window !== 'all' ? 1 : 0);
  return (
    <section className={isOpen ? 'filters is-open' : 'filters'} aria-label={t.filtersLabel}>
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={isOpen}
        onClick={() => setIsOpen(!isOpen)}
      >
        {t.filtersLabel}
        {active > 0 ? ` (${active})` : ''}
      </button>
      <div className="filters-body">
        {view === 'upcoming' ? (
          <RadioGroup<TimeWindow>
            legend={t.windowFilter}
            name="when"
            options={TIME_WINDOWS}
            labels={t.windows}
            counts={counts.window}
            selected={filters.window}
            onSelect={(window) => onChange({ ...filters, window })}
          />
        ) : null}
        <RadioGroup<Attendance>
          legend={t.attendanceFilter}
          name="mode"
          options={ATTENDANCES}
          labels={t.attendance}
          counts={counts.attendance}
          selected={filters.attendance}
          onSelect={(attendance) => onChange({ ...filters, attendance })}
        />
        <CheckboxGroup
          legend={t.sponsorFilter}
          counts={counts.sponsors}
          selected={filters.sponsors}
          onToggle={(sponsor) =>
            onChange({ ...filters, sponsors: toggled(filters.sponsors, sponsor) })
          }
        />
        <CheckboxGroup
          legend={t.tagFilter}
          counts={counts.tags}
          selected={filters.tags}
          onToggle={(tag) => onChange({ ...filters, tags: toggled(filters.tags, tag) })}
        />
      </div>
    </section>
  );
}
