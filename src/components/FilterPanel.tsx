// Filters by sponsor, topic, format and time window, each option with the number of events it leaves.
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
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

/**
 * One option and the number of events it leaves. Memoised: React writes an input's type and name
 * to the page each time it renders it, so the panel's options are drawn again only when their own
 * state or count changes (not when events.json arrives with the counts the page already shows).
 */
const Chip = memo(function Chip({
  type,
  name,
  option,
  label,
  count,
  checked,
  onPick,
}: {
  type: 'checkbox' | 'radio';
  name?: string;
  option: string;
  label: string;
  count: number;
  checked: boolean;
  /** The same function from render to render, or the memo is lost. */
  onPick: (option: string) => void;
}) {
  const t = useMessages();
  return (
    <label className="chip">
      <input type={type} name={name} checked={checked} onChange={() => onPick(option)} />
      <span>{label}</span> <span className="count">{t.optionCount(count)}</span>
    </label>
  );
});

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
  // Selected options stay visible even when nothing is left with them.
  const options = [...new Set([...counts.keys(), ...selected])];
  if (options.length === 0) return null;
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      {options.map((option) => (
        <Chip
          key={option}
          type="checkbox"
          option={option}
          label={option}
          count={counts.get(option) ?? 0}
          checked={selected.includes(option)}
          onPick={onToggle}
        />
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
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      {options.map((option) => (
        <Chip
          key={option}
          type="radio"
          name={name}
          option={option}
          label={labels[option]}
          count={counts[option]}
          checked={selected === option}
          onPick={onSelect as (option: string) => void}
        />
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
  // The options' handlers are made once (the options are memoised) and act on the filters and
  // onChange of the panel's last render.
  const latest = useRef({ filters, onChange });
  useLayoutEffect(() => {
    latest.current = { filters, onChange };
  });
  const pick = useMemo(() => {
    const change = (next: (filters: EventFilters) => EventFilters) =>
      latest.current.onChange(next(latest.current.filters));
    return {
      window: (window: TimeWindow) => change((f) => ({ ...f, window })),
      attendance: (attendance: Attendance) => change((f) => ({ ...f, attendance })),
      sponsor: (sponsor: string) =>
        change((f) => ({ ...f, sponsors: toggled(f.sponsors, sponsor) })),
      tag: (tag: string) => change((f) => ({ ...f, tags: toggled(f.tags, tag) })),
    };
  }, []);
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
            onSelect={pick.window}
          />
        ) : null}
        <RadioGroup<Attendance>
          legend={t.attendanceFilter}
          name="mode"
          options={ATTENDANCES}
          labels={t.attendance}
          counts={counts.attendance}
          selected={filters.attendance}
          onSelect={pick.attendance}
        />
        <CheckboxGroup
          legend={t.sponsorFilter}
          counts={counts.sponsors}
          selected={filters.sponsors}
          onToggle={pick.sponsor}
        />
        <CheckboxGroup
          legend={t.tagFilter}
          counts={counts.tags}
          selected={filters.tags}
          onToggle={pick.tag}
        />
      </div>
    </section>
  );
}
