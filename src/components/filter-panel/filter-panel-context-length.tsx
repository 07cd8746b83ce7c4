'use client';

import { forwardRef, type ReactNode } from 'react';
import { CONTEXT_CHOICES, withSelected, type FilterChoice } from '../../model/filter-choices';
import { formatTokenCount } from '../../model/format-token-count';
import { FilterPanelSingleChoice } from './filter-panel-single-choice';
import type { FilterPanelPartProps } from './filter-panel-group';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelContextLengthProps extends FilterPanelPartProps {
  className?: string;
  legend?: ReactNode;
  hint?: ReactNode;
  /** Minimum context lengths to offer, in tokens. Default: 8K, 32K, 128K, 200K, 1M. */
  choices?: ReadonlyArray<FilterChoice<number>>;
}

/** Minimum context length (`context`, tokens): Any, 8K, 32K, 128K, 200K, 1M. (`FilterPanel.Context`) */
export const FilterPanelContextLength = forwardRef<HTMLFieldSetElement, FilterPanelContextLengthProps>(
  function FilterPanelContextLength(
    { className, legend = 'Context length', hint, choices = CONTEXT_CHOICES, ...rest },
    ref,
  ) {
    const { filters, update } = useFilterPanel();
    const value = filters.context;
    const shown = withSelected(choices, value === undefined ? [] : [value], formatTokenCount);
    // A length from elsewhere goes in its place by size; the given order stays otherwise.
    const all = shown.length > choices.length ? shown.sort((a, b) => a.value - b.value) : choices;
    return (
      <FilterPanelSingleChoice
        ref={ref}
        {...rest}
        slot="filter-panel-context"
        legend={legend}
        hint={hint}
        className={className}
        options={all.map((c) => ({ key: String(c.value), label: `≥ ${c.label}` }))}
        selected={value === undefined ? undefined : String(value)}
        onSelect={(key) => update({ context: key === undefined ? undefined : Number(key) })}
      />
    );
  },
);
