'use client';
import type { ReactNode } from 'react';
import { FilterPanelSingleChoice } from './filter-panel-single-choice';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelRegionProps {
  className?: string;
  legend?: ReactNode;
  hint?: ReactNode;
}

const REGIONS = [
  { key: 'eu', label: 'EU' },
  { key: 'us', label: 'US' },
];

/** Data region of the endpoints (`region`): Any, EU, US. */
export function FilterPanelRegion({ className, legend = 'Region', hint }: FilterPanelRegionProps) {
  const { filters, update } = useFilterPanel();
  const value = filters.region;
  const options = value && !REGIONS.some((r) => r.key === value) ? [...REGIONS, { key: value, label: value.toUpperCase() }] : REGIONS;
  return (
    <FilterPanelSingleChoice
      slot="filter-panel-region"
      legend={legend}
      hint={hint}
      className={className}
      options={options}
      selected={value}
      onSelect={(key) => update({ region: key })}
    />
  );
}
