'use client';

import { forwardRef, type ReactNode } from 'react';
import { FilterPanelToggle, type FilterPanelToggleProps } from './filter-panel-toggle';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelZdrProps extends Omit<
  FilterPanelToggleProps,
  'slot' | 'label' | 'checked' | 'onCheckedChange'
> {
  label?: ReactNode;
}

/** "Zero data retention": only models with an endpoint that keeps no data (`zdr: true`). */
export const FilterPanelZdr = forwardRef<HTMLDivElement, FilterPanelZdrProps>(function FilterPanelZdr(
  {
    label = 'Zero data retention',
    description = 'Only models with an endpoint that stores nothing.',
    ...rest
  },
  ref,
) {
  const { filters, update } = useFilterPanel();
  return (
    <FilterPanelToggle
      ref={ref}
      slot="filter-panel-zdr"
      label={label}
      description={description}
      checked={filters.zdr === true}
      onCheckedChange={(next) => update({ zdr: next ? true : undefined })}
      {...rest}
    />
  );
});
