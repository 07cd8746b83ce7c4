'use client';

import { forwardRef, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { describeError } from '../../model/describe-error';
import { FilterPanelChip } from './filter-panel-chip';
import { withSelected, type FilterChoice } from '../../model/filter-choices';
import { FilterPanelGroup, type FilterPanelPartProps } from './filter-panel-group';

export interface FilterPanelSearchableChoicesProps extends Omit<FilterPanelPartProps, 'onChange'> {
  slot: string;
  legend: ReactNode;
  hint?: ReactNode;
  className?: string;
  /** Candidates in display order. */
  choices: readonly FilterChoice[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** Names the search box, e.g. "Search authors". */
  searchLabel: string;
  placeholder?: string;
  /** Choices shown before "Show all" (selected ones are always shown). Default 12. */
  limit?: number;
  /** Plural noun for messages: "authors". */
  noun: string;
  /** Lets the person add a value that is not among the choices (typed, Enter or the Add button). */
  allowCustom?: boolean;
  /** Where the choices come from is still loading, or failed. */
  status?: 'pending' | 'error' | 'success';
  error?: unknown;
  onRetry?: () => void;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * A multi-select of chips with a small search box: the first `limit` choices, the
 * selected ones, and "Show all". Shared by `FilterPanel.Authors` and `.Providers`.
 */
export const FilterPanelSearchableChoices = forwardRef<
  HTMLFieldSetElement,
  FilterPanelSearchableChoicesProps
>(function FilterPanelSearchableChoices(
  {
    slot,
    legend,
    hint,
    choices,
    selected,
    onChange,
    searchLabel,
    placeholder,
    limit = 12,
    noun,
    allowCustom = false,
    status = 'success',
    error,
    onRetry,
    ...rest
  },
  ref,
) {
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const listId = useId();

  const all = withSelected(choices, selected);
  const q = norm(query);
  const matches = q ? all.filter((c) => norm(c.label).includes(q) || norm(c.value).includes(q)) : all;
  const visible = q || expanded ? matches : matches.filter((c, i) => i < limit || selected.includes(c.value));
  const hidden = matches.length - visible.length;
  const exact = q ? all.find((c) => norm(c.label) === q || norm(c.value) === q) : undefined;
  // Commas separate values on the wire: "Groq, Cerebras" adds two.
  const typed = query
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const canAdd = allowCustom && typed.length > 0 && !exact;

  // What a screen reader hears: how many match once typing pauses (not on every key), and
  // what Enter or Add chose.
  const [said, setSaid] = useState('');
  const noneMatch = q !== '' && matches.length === 0;
  useEffect(() => {
    if (!q) return;
    const t = setTimeout(
      () =>
        setSaid(
          noneMatch
            ? `No ${noun} match “${query.trim()}”.`
            : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}.`,
        ),
      600,
    );
    return () => clearTimeout(t);
  }, [q, matches.length, noneMatch, noun, query]);
  const take = (values: string[]) => {
    onChange([...new Set([...selected, ...values])]);
    setQuery('');
    setSaid(`Added ${values.map((v) => all.find((c) => c.value === v)?.label ?? v).join(', ')}.`);
  };

  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  const searchRef = useRef<HTMLInputElement>(null);
  const add = () => {
    take(
      typed.map((t) => all.find((c) => norm(c.label) === norm(t) || norm(c.value) === norm(t))?.value ?? t),
    );
    // The Add button goes with the text it adds: focus goes back to the search box, not to the page.
    searchRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      // Never submit an enclosing form.
      e.preventDefault();
      if (exact) take([exact.value]);
      // One choice left: Enter takes it (the Add button still adds the typed text as it is).
      else if (matches.length === 1 && typed.length === 1) take([matches[0].value]);
      else if (canAdd) add();
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      e.stopPropagation();
      setQuery('');
    }
  };

  const loading = status === 'pending' && choices.length === 0;
  const failed = status === 'error' && choices.length === 0;

  return (
    <FilterPanelGroup
      ref={ref}
      {...rest}
      slot={slot}
      legend={legend}
      hint={hint}
      active={selected.length > 0}
    >
      <input
        ref={searchRef}
        data-slot="filter-panel-search"
        type="search"
        aria-label={searchLabel}
        aria-controls={listId}
        placeholder={placeholder ?? `${searchLabel}…`}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      {failed ? (
        <div data-slot="filter-panel-error" role="alert">
          <span>
            Couldn’t load {noun}: {describeError(error).title}.
          </span>{' '}
          {onRetry ? (
            <button type="button" data-slot="filter-panel-retry" onClick={onRetry}>
              Try again
            </button>
          ) : null}
        </div>
      ) : null}
      <span data-slot="filter-panel-search-status" className="orm-visually-hidden" role="status">
        {said}
      </span>
      <div data-slot="filter-panel-choices" id={listId} aria-busy={loading || undefined}>
        {loading ? (
          <>
            <span className="orm-visually-hidden" role="status">
              Loading {noun}…
            </span>
            {Array.from({ length: 6 }, (_, i) => (
              <span
                key={i}
                data-slot="skeleton"
                data-variant="chip"
                aria-hidden="true"
                style={{ width: `${48 + ((i * 29) % 40)}px` }}
              />
            ))}
          </>
        ) : (
          visible.map((c) => (
            <FilterPanelChip
              key={c.value}
              value={c.value}
              label={c.label}
              count={c.count}
              checked={selected.includes(c.value)}
              onChange={() => toggle(c.value)}
            />
          ))
        )}
      </div>
      {q && matches.length === 0 && !loading ? (
        <p data-slot="filter-panel-empty">
          No {noun} match “{query.trim()}”.
        </p>
      ) : null}
      {canAdd ? (
        <button type="button" data-slot="filter-panel-add" onClick={add}>
          Add “{typed.join(', ')}”
        </button>
      ) : null}
      {!q && (hidden > 0 || expanded) && matches.length > limit ? (
        <button
          type="button"
          data-slot="filter-panel-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((x) => !x)}
        >
          {expanded ? 'Show fewer' : `Show all ${matches.length} ${noun}`}
        </button>
      ) : null}
    </FilterPanelGroup>
  );
});
