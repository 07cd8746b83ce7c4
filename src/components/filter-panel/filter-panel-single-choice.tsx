'use client';
import { useId, type ReactNode } from 'react';
import { FilterPanelChip } from './filter-panel-chip';
import { FilterPanelGroup } from './filter-panel-group';

export interface SingleChoiceOption {
  /** A string key for the radio's value. */
  key: string;
  label: ReactNode;
  count?: number;
}

export interface FilterPanelSingleChoiceProps {
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
export function FilterPanelSingleChoice({ slot, legend, hint, className, options, selected, onSelect, anyLabel = 'Any' }: FilterPanelSingleChoiceProps) {
  const name = useId();
  return (
    <FilterPanelGroup slot={slot} legend={legend} hint={hint} active={selected !== undefined} className={className}>
      <div data-slot="filter-panel-choices" data-orientation="horizontal">
        <FilterPanelChip type="radio" name={name} value="" checked={selected === undefined} isDefault onChange={() => onSelect(undefined)} label={anyLabel} />
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
}
