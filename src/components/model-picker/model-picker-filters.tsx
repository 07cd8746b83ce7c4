'use client';
import { forwardRef } from 'react';
import { FilterPanel, type FilterPanelProps } from '../filter-panel/filter-panel';
import { useModelPickerActions, useModelPickerSettings } from './model-picker-context';

export type ModelPickerFiltersProps = Omit<
  FilterPanelProps,
  'filters' | 'defaultFilters' | 'onFiltersChange'
>;

/** The picker's filters: a FilterPanel bound to the picker's state. */
export const ModelPickerFilters = forwardRef<HTMLDivElement, ModelPickerFiltersProps>(
  function ModelPickerFilters(props, ref) {
    const { filters, queryOptions } = useModelPickerSettings('Filters');
    const { setFilters } = useModelPickerActions('Filters');
    // The picker's status says the count already: one announcement, not two.
    return (
      <FilterPanel
        ref={ref}
        queryOptions={queryOptions}
        announceCount={false}
        {...props}
        filters={filters}
        onFiltersChange={setFilters}
      />
    );
  },
);
