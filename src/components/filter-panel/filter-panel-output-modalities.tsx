'use client';

import { forwardRef, type ReactNode } from 'react';
import type { OutputModality } from '../../core/types';
import { FilterPanelChip } from './filter-panel-chip';
import { OUTPUT_MODALITY_CHOICES, OUTPUT_MODALITY_LABELS, withSelected } from '../../model/filter-choices';
import { FilterPanelGroup, type FilterPanelPartProps } from './filter-panel-group';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelOutputModalitiesProps extends FilterPanelPartProps {
  className?: string;
  legend?: ReactNode;
  /** Default: says that the server shows text models unless asked otherwise. */
  hint?: ReactNode;
  /** The label of the choice that sends `outputModalities: 'all'`. */
  allLabel?: ReactNode;
}

/**
 * What a model produces (`outputModalities`). The server answers text models when the
 * filter is unset, so "Text" shows as checked then; "All" sends `'all'` (image,
 * embedding, audio models too). Unchecking Text while it is the only output asks for every
 * other output (the models that give something besides text); every output ticked is
 * "All"; unchecking the last of any other choice goes back to the default.
 */
export const FilterPanelOutputModalities = forwardRef<HTMLFieldSetElement, FilterPanelOutputModalitiesProps>(
  function FilterPanelOutputModalities(
    { className, legend = 'Output', hint = 'Text only unless you choose more.', allLabel = 'All', ...rest },
    ref,
  ) {
    const { filters, update } = useFilterPanel();
    const value = filters.outputModalities;
    const isAll = value === 'all';
    // What the server will answer: unset means text only.
    const effective: readonly OutputModality[] =
      value === undefined ? ['text'] : isAll ? OUTPUT_MODALITY_CHOICES.map((c) => c.value) : value;
    const choices = withSelected<OutputModality>(
      OUTPUT_MODALITY_CHOICES,
      isAll ? [] : effective,
      (v) => OUTPUT_MODALITY_LABELS[v] ?? v,
    );

    const toggle = (m: OutputModality) => {
      let next = effective.includes(m) ? effective.filter((v) => v !== m) : [...effective, m];
      // Text is what an empty choice means: unticking it alone would change nothing.
      if (next.length === 0 && m === 'text')
        next = OUTPUT_MODALITY_CHOICES.map((c) => c.value).filter((v) => v !== 'text');
      // Every output ticked is "All" (and shows as such).
      update({
        outputModalities: OUTPUT_MODALITY_CHOICES.every((c) => next.includes(c.value)) ? 'all' : next,
      });
    };

    return (
      <FilterPanelGroup
        ref={ref}
        {...rest}
        slot="filter-panel-output-modalities"
        legend={legend}
        hint={hint}
        active={value !== undefined}
        className={className}
      >
        <div data-slot="filter-panel-choices">
          <FilterPanelChip
            value="all"
            label={allLabel}
            checked={isAll}
            onChange={() => update({ outputModalities: isAll ? undefined : 'all' })}
          />
          {choices.map((c) => (
            <FilterPanelChip
              key={c.value}
              value={c.value}
              label={c.label}
              checked={effective.includes(c.value)}
              isDefault={value === undefined && c.value === 'text'}
              onChange={() => toggle(c.value)}
            />
          ))}
        </div>
      </FilterPanelGroup>
    );
  },
);
