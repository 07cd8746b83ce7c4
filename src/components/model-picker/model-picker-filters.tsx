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
    // The picker's status says the count (of the filters and the search): no second count in
    // the panel, which would read the filters alone ("337 models match" beside "20 models"
    // while a search is typed). `matchCount` brings it back.
    return (
      <FilterPanel
        ref={ref}
        queryOptions={queryOptions}
        matchCount={false}
        announceCount={false}
        {...props}
        filters={filters}
        onFiltersChange={setFilters}
      />
    );
  },
);
