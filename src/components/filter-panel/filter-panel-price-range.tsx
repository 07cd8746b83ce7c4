'use client';

import { forwardRef, useId, useState, type ReactNode, type Ref } from 'react';
import type { ModelsListFilters } from '../../core/types';
import { FilterPanelGroup, type FilterPanelPartProps } from './filter-panel-group';
import { useFilterPanel } from './use-filter-panel';

type PriceKey = 'minPrice' | 'maxPrice' | 'minOutputPrice' | 'maxOutputPrice';

export interface FilterPanelPriceRangeProps extends FilterPanelPartProps {
  className?: string;
  legend?: ReactNode;
  hint?: ReactNode;
}

interface Parsed {
  value?: number;
  error?: string;
}

/**
 * A price typed by a person, in USD per million tokens: `''` → unset, `"$0.5"`, `"0,5"` → 0.5,
 * `"1,000"` and `"1,000.5"` → 1000 and 1000.5 (a comma before groups of three digits separates
 * thousands; any other lone comma is a decimal comma).
 */
export function parseUsdInput(text: string): Parsed {
  let s = text.trim().replace(/^\$\s*/, '');
  if (s === '') return {};
  if (/^-?[1-9]\d{0,2}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^-?\d*,\d+$/.test(s)) s = s.replace(',', '.');
  if (/^-\s*(\d+\.?\d*|\.\d+)$/.test(s)) return { error: 'Prices can’t be negative.' };
  if (!/^(\d+\.?\d*|\.\d+)$/.test(s)) return { error: 'Enter a number, like 0.5.' };
  const value = Number(s);
  return Number.isFinite(value) ? { value } : { error: 'Enter a smaller number.' };
}

// Plain decimals: 1.5e-7 would read back as an invalid price.
const show = (n: number | undefined) =>
  n === undefined ? '' : n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
/** A filter's price, or undefined when it is not a finite number (NaN from a parsed URL, say). */
const price = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

interface Draft {
  min: string;
  max: string;
  /** The filter values this draft was last in step with. */
  seenMin: number | undefined;
  seenMax: number | undefined;
  /** The panel's `clears` this draft was last in step with: "Clear all" clears an invalid draft too. */
  seenClears: number;
}

interface PriceRangeProps extends FilterPanelPriceRangeProps {
  minKey: PriceKey;
  maxKey: PriceKey;
  slot: string;
  what: string;
  fieldsetRef: Ref<HTMLFieldSetElement>;
}

function PriceRange({ minKey, maxKey, slot, what, legend, hint, fieldsetRef, ...rest }: PriceRangeProps) {
  const { filters, update, clears } = useFilterPanel();
  const extMin = price(filters[minKey]);
  const extMax = price(filters[maxKey]);
  const ids = { min: useId(), max: useId(), message: useId() };

  const fresh = (): Draft => ({
    min: show(extMin),
    max: show(extMax),
    seenMin: extMin,
    seenMax: extMax,
    seenClears: clears,
  });
  const [draft, setDraft] = useState<Draft>(fresh);
  let current = draft;
  if (draft.seenMin !== extMin || draft.seenMax !== extMax || draft.seenClears !== clears) {
    // Changed from outside (Clear all, Free only, a controlled parent): show the new values.
    current = fresh();
    setDraft(current);
  }

  const min = parseUsdInput(current.min);
  const max = parseUsdInput(current.max);
  const rangeError =
    !min.error && !max.error && min.value !== undefined && max.value !== undefined && min.value > max.value;
  const problem = min.error
    ? `Min: ${min.error}`
    : max.error
      ? `Max: ${max.error}`
      : rangeError
        ? 'The minimum must not be above the maximum.'
        : '';
  // An invalid draft is not sent: say which range still applies meanwhile.
  const applied =
    extMin !== undefined && extMax !== undefined
      ? `$${show(extMin)}–$${show(extMax)}/M`
      : extMin !== undefined
        ? `from $${show(extMin)}/M`
        : extMax !== undefined
          ? `up to $${show(extMax)}/M`
          : '';
  const message = problem && applied ? `${problem} Still filtering ${applied}.` : problem;

  const edit = (field: 'min' | 'max', text: string) => {
    const next = { ...current, [field]: text };
    const a = parseUsdInput(next.min);
    const b = parseUsdInput(next.max);
    // A field that reads as a price applies on its own; one that does not stays a draft (with
    // a message) and what it applied before still applies. A range upside down sends nothing.
    const lo = a.error ? extMin : a.value;
    let hi = b.error ? extMax : b.value;
    const free = filters.maxPrice === 0 && filters.maxOutputPrice === 0;
    if (free && field === 'min' && lo !== undefined && lo > 0 && hi === 0) {
      // A minimum typed under "Free models only": the maximum of 0 was the toggle's.
      hi = undefined;
      next.max = '';
    }
    if (!(lo !== undefined && hi !== undefined && lo > hi)) {
      next.seenMin = lo;
      next.seenMax = hi;
      if (lo !== extMin || hi !== extMax) {
        // Out of "Free models only" (both maxima 0) by a price here: the other maximum was
        // the toggle's, not the person's, so it goes too.
        const otherMax = maxKey === 'maxPrice' ? 'maxOutputPrice' : 'maxPrice';
        const leavesFree = free && hi !== 0;
        update({
          [minKey]: lo,
          [maxKey]: hi,
          ...(leavesFree && { [otherMax]: undefined }),
        } as Partial<ModelsListFilters>);
      }
    }
    setDraft(next);
  };

  const field = (which: 'min' | 'max', label: string, placeholder: string, invalid: boolean) => (
    <div data-slot="filter-panel-field">
      <label data-slot="filter-panel-field-label" htmlFor={ids[which]}>
        {label} <span className="orm-visually-hidden">{what} price, USD per million tokens</span>
      </label>
      <span data-slot="filter-panel-input" data-invalid={invalid ? '' : undefined}>
        <span data-slot="filter-panel-input-affix" aria-hidden="true">
          $
        </span>
        <input
          id={ids[which]}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          placeholder={placeholder}
          value={current[which]}
          onChange={(e) => edit(which, e.currentTarget.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? ids.message : undefined}
        />
        <span data-slot="filter-panel-input-affix" aria-hidden="true">
          /M
        </span>
      </span>
    </div>
  );

  return (
    <FilterPanelGroup
      ref={fieldsetRef}
      {...rest}
      slot={slot}
      legend={legend}
      hint={hint}
      active={extMin !== undefined || extMax !== undefined}
    >
      <div data-slot="filter-panel-range">
        {field('min', 'Min', 'Any', Boolean(min.error) || rangeError)}
        <span data-slot="filter-panel-range-separator" aria-hidden="true">
          –
        </span>
        {field('max', 'Max', 'Any', Boolean(max.error) || rangeError)}
      </div>
      <p data-slot="filter-panel-message" id={ids.message} aria-live="polite">
        {message}
      </p>
    </FilterPanelGroup>
  );
}

/** Prompt (input) price range, USD per million tokens (`minPrice` / `maxPrice`). Invalid input shows a message and is not sent. */
export const FilterPanelPromptPrice = forwardRef<HTMLFieldSetElement, FilterPanelPriceRangeProps>(
  function FilterPanelPromptPrice({ legend = 'Prompt price', ...props }, ref) {
    return (
      <PriceRange
        {...props}
        fieldsetRef={ref}
        legend={legend}
        minKey="minPrice"
        maxKey="maxPrice"
        slot="filter-panel-prompt-price"
        what="prompt"
      />
    );
  },
);

/** Completion (output) price range, USD per million tokens (`minOutputPrice` / `maxOutputPrice`). */
export const FilterPanelOutputPrice = forwardRef<HTMLFieldSetElement, FilterPanelPriceRangeProps>(
  function FilterPanelOutputPrice({ legend = 'Output price', ...props }, ref) {
    return (
      <PriceRange
        {...props}
        fieldsetRef={ref}
        legend={legend}
        minKey="minOutputPrice"
        maxKey="maxOutputPrice"
        slot="filter-panel-output-price"
        what="output"
      />
    );
  },
);
