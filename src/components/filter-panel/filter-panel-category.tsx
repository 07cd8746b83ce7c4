'use client';

import { forwardRef, useId, type ReactNode } from 'react';
import { CATEGORY_CHOICES, withSelected } from '../../model/filter-choices';
import { FilterPanelGroup, type FilterPanelPartProps } from './filter-panel-group';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelCategoryProps extends FilterPanelPartProps {
  className?: string;
  legend?: ReactNode;
  hint?: ReactNode;
  anyLabel?: string;
}

/** Use-case category (`category`, one of `MODEL_CATEGORIES`), as a native select. */
export const FilterPanelCategory = forwardRef<HTMLFieldSetElement, FilterPanelCategoryProps>(
  function FilterPanelCategory(
    { className, legend = 'Category', hint, anyLabel = 'Any category', ...rest },
    ref,
  ) {
    const { filters, update } = useFilterPanel();
    const legendId = useId();
    const value = filters.category;
    const options = withSelected<string>(CATEGORY_CHOICES, value ? [value] : []);
    return (
      <FilterPanelGroup
        ref={ref}
        {...rest}
        slot="filter-panel-category"
        legend={legend}
        legendId={legendId}
        hint={hint}
        active={value !== undefined}
        className={className}
      >
        <select
          data-slot="filter-panel-select"
          aria-labelledby={legendId}
          value={value ?? ''}
          onChange={(e) => update({ category: e.currentTarget.value || undefined })}
        >
          <option value="">{anyLabel}</option>
          {options.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </FilterPanelGroup>
    );
  },
);
