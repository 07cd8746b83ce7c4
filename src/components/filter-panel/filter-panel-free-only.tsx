'use client';

import { forwardRef, type ReactNode } from 'react';
import { FilterPanelToggle, type FilterPanelToggleProps } from './filter-panel-toggle';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelFreeOnlyProps extends Omit<
  FilterPanelToggleProps,
  'slot' | 'label' | 'checked' | 'onCheckedChange'
> {
  label?: ReactNode;
}

/** "Free models only": sets `maxPrice: 0` and `maxOutputPrice: 0` (and drops the minimum prices). */
export const FilterPanelFreeOnly = forwardRef<HTMLDivElement, FilterPanelFreeOnlyProps>(
  function FilterPanelFreeOnly({ label = 'Free models only', ...rest }, ref) {
    const { filters, update } = useFilterPanel();
    const on = filters.maxPrice === 0 && filters.maxOutputPrice === 0;
    return (
      <FilterPanelToggle
        ref={ref}
        slot="filter-panel-free-only"
        label={label}
        checked={on}
        onCheckedChange={(next) =>
          update(
            next
              ? { maxPrice: 0, maxOutputPrice: 0, minPrice: undefined, minOutputPrice: undefined }
              : { maxPrice: undefined, maxOutputPrice: undefined },
          )
        }
        {...rest}
      />
    );
  },
);
