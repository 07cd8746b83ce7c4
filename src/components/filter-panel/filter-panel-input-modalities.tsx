'use client';

import { forwardRef, type ReactNode } from 'react';
import type { InputModality } from '../../core/types';
import { FilterPanelChip } from './filter-panel-chip';
import { INPUT_MODALITY_CHOICES, INPUT_MODALITY_LABELS, withSelected } from '../../model/filter-choices';
import { FilterPanelGroup, type FilterPanelPartProps } from './filter-panel-group';
import { toggleItem } from '../../model/update-filters';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelInputModalitiesProps extends FilterPanelPartProps {
  className?: string;
  legend?: ReactNode;
  hint?: ReactNode;
}

/** What a model must accept (`inputModalities`): text, image, file, audio, video. Models must accept every one checked. */
export const FilterPanelInputModalities = forwardRef<HTMLFieldSetElement, FilterPanelInputModalitiesProps>(
  function FilterPanelInputModalities({ className, legend = 'Input', hint, ...rest }, ref) {
    const { filters, update } = useFilterPanel();
    const selected = filters.inputModalities ?? [];
    const choices = withSelected<InputModality>(
      INPUT_MODALITY_CHOICES,
      selected,
      (v) => INPUT_MODALITY_LABELS[v] ?? v,
    );
    return (
      <FilterPanelGroup
        ref={ref}
        {...rest}
        slot="filter-panel-input-modalities"
        legend={legend}
        hint={hint}
        active={selected.length > 0}
        className={className}
      >
        <div data-slot="filter-panel-choices">
          {choices.map((c) => (
            <FilterPanelChip
              key={c.value}
              value={c.value}
              label={c.label}
              checked={selected.includes(c.value)}
              onChange={() => update({ inputModalities: toggleItem(selected, c.value) })}
            />
          ))}
        </div>
      </FilterPanelGroup>
    );
  },
);
