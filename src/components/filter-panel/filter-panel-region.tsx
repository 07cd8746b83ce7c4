'use client';

import { forwardRef, type ReactNode } from 'react';
import { withSelected, type FilterChoice } from '../../model/filter-choices';
import { FilterPanelSingleChoice } from './filter-panel-single-choice';
import type { FilterPanelPartProps } from './filter-panel-group';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelRegionProps extends FilterPanelPartProps {
  className?: string;
  legend?: ReactNode;
  hint?: ReactNode;
}

const REGIONS: readonly FilterChoice[] = [
  { value: 'eu', label: 'EU' },
  { value: 'us', label: 'US' },
];

/** Data region of the endpoints (`region`): Any, EU, US. */
export const FilterPanelRegion = forwardRef<HTMLFieldSetElement, FilterPanelRegionProps>(
  function FilterPanelRegion({ className, legend = 'Region', hint, ...rest }, ref) {
    const { filters, update } = useFilterPanel();
    const value = filters.region;
    const options = withSelected(REGIONS, value ? [value] : [], (v) => v.toUpperCase()).map((c) => ({
      key: c.value,
      label: c.label,
    }));
    return (
      <FilterPanelSingleChoice
        ref={ref}
        {...rest}
        slot="filter-panel-region"
        legend={legend}
        hint={hint}
        className={className}
        options={options}
        selected={value}
        onSelect={(key) => update({ region: key })}
      />
    );
  },
);
