'use client';

import { forwardRef, useId, type ReactNode } from 'react';
import { FilterPanelChip } from './filter-panel-chip';
import { FilterPanelGroup, type FilterPanelPartProps } from './filter-panel-group';

export interface SingleChoiceOption {
  /** A string key for the radio's value. */
  key: string;
  label: ReactNode;
  count?: number;
}

export interface FilterPanelSingleChoiceProps extends Omit<FilterPanelPartProps, 'onSelect'> {
  slot: string;
  legend: ReactNode;
  hint?: ReactNode;
  className?: string;
  /** Listed after "Any". */
  options: readonly SingleChoiceOption[];
  /** The checked option's key; `undefined` checks "Any". */
  selected: string | undefined;
  /** `undefined` for "Any". */
  onSelect: (key: string | undefined) => void;
  anyLabel?: ReactNode;
}

/** A radio group that starts with "Any": one value or none. Shared by the single-value FilterPanel parts. */
export const FilterPanelSingleChoice = forwardRef<HTMLFieldSetElement, FilterPanelSingleChoiceProps>(
  function FilterPanelSingleChoice(
    { slot, legend, hint, options, selected, onSelect, anyLabel = 'Any', ...rest },
    ref,
  ) {
    const name = useId();
    return (
      <FilterPanelGroup
        ref={ref}
        {...rest}
        slot={slot}
        legend={legend}
        hint={hint}
        active={selected !== undefined}
      >
        <div data-slot="filter-panel-choices" data-orientation="horizontal">
          <FilterPanelChip
            type="radio"
            name={name}
            value=""
            checked={selected === undefined}
            isDefault
            onChange={() => onSelect(undefined)}
            label={anyLabel}
          />
          {options.map((o) => (
            <FilterPanelChip
              key={o.key}
              type="radio"
              name={name}
              value={o.key}
              checked={selected === o.key}
              onChange={() => onSelect(o.key)}
              label={o.label}
              count={o.count}
            />
          ))}
        </div>
      </FilterPanelGroup>
    );
  },
);
