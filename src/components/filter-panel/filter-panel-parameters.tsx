'use client';

import { forwardRef, type ReactNode } from 'react';
import type { SupportedParameter } from '../../core/types';
import { FilterPanelChip } from './filter-panel-chip';
import { FEATURED_PARAMETERS, OTHER_PARAMETERS, PARAMETER_LABELS } from '../../model/filter-choices';
import { FilterPanelGroup, type FilterPanelPartProps } from './filter-panel-group';
import { toggleItem } from '../../model/update-filters';
import { useOpenOnActivate } from '../shared/use-open-on-activate';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelParametersProps extends FilterPanelPartProps {
  className?: string;
  legend?: ReactNode;
  hint?: ReactNode;
  /** Shown first. Default: tools, structured outputs, reasoning, response format, web search, logprobs, seed. */
  featured?: readonly SupportedParameter[];
  /** Behind "More parameters". Default: every other known parameter. */
  more?: readonly SupportedParameter[];
  moreLabel?: ReactNode;
}

const labelOf = (p: string) => PARAMETER_LABELS[p] ?? p;

/** Request parameters a model must support, every one checked (`supportedParameters`). */
export const FilterPanelParameters = forwardRef<HTMLFieldSetElement, FilterPanelParametersProps>(
  function FilterPanelParameters(
    {
      className,
      legend = 'Supports',
      hint,
      featured = FEATURED_PARAMETERS,
      more = OTHER_PARAMETERS,
      moreLabel = 'More parameters',
      ...rest
    },
    ref,
  ) {
    const { filters, update } = useFilterPanel();
    const selected = filters.supportedParameters ?? [];
    // A selected parameter outside both lists is shown with the featured ones, so it can be unset.
    const extra = selected.filter((p) => !featured.includes(p) && !more.includes(p));
    const selectedMore = selected.filter((p) => more.includes(p));
    const [open, setOpen] = useOpenOnActivate(selectedMore.length);
    const chip = (p: SupportedParameter) => (
      <FilterPanelChip
        key={p}
        value={p}
        label={labelOf(p)}
        checked={selected.includes(p)}
        onChange={() => update({ supportedParameters: toggleItem(selected, p) })}
      />
    );
    return (
      <FilterPanelGroup
        ref={ref}
        {...rest}
        slot="filter-panel-parameters"
        legend={legend}
        hint={hint}
        active={selected.length > 0}
        className={className}
      >
        <div data-slot="filter-panel-choices">{[...featured, ...extra].map(chip)}</div>
        {more.length > 0 ? (
          <details
            data-slot="filter-panel-disclosure"
            open={open}
            onToggle={(e) => setOpen(e.currentTarget.open)}
          >
            <summary data-slot="filter-panel-disclosure-summary">
              {moreLabel}
              {selectedMore.length > 0 ? ` (${selectedMore.length})` : null}
            </summary>
            <div data-slot="filter-panel-choices">{more.map(chip)}</div>
          </details>
        ) : null}
      </FilterPanelGroup>
    );
  },
);
