'use client';
import { forwardRef, useState, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../shared/cx';
import { countActiveFilters } from '../../model/update-filters';
import { useModelPickerActions, useModelPickerSettings } from './model-picker-context';
import { ModelPickerFilters } from './model-picker-filters';
import { ModelPickerSearch } from './model-picker-search';
import { ModelPickerSort } from './model-picker-sort';

export interface ModelPickerToolbarProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Show the Filters button (the filters open below the row). Default true. */
  showFilters?: boolean;
  /** Show the sort select. Default true. */
  showSort?: boolean;
}

/** Search, a filters toggle and the sort in one row; the filters open below it. */
export const ModelPickerToolbar = forwardRef<HTMLDivElement, ModelPickerToolbarProps>(
  function ModelPickerToolbar({ className, showFilters = true, showSort = true, ...rest }, ref) {
    const { filters } = useModelPickerSettings('Toolbar');
    const { filtersToggleRef } = useModelPickerActions('Toolbar');
    const [filtersOpen, setFiltersOpen] = useState(false);
    const active = countActiveFilters(filters);
    return (
      <>
        <div ref={ref} data-slot="model-picker-toolbar" className={cx(className)} {...rest}>
          <ModelPickerSearch />
          {showFilters && (
            <button
              ref={filtersToggleRef}
              type="button"
              data-slot="model-picker-filters-toggle"
              data-state={filtersOpen ? 'open' : 'closed'}
              aria-expanded={filtersOpen}
              onClick={() => setFiltersOpen((o) => !o)}
            >
              Filters{active ? ` (${active})` : ''}
            </button>
          )}
          {showSort && <ModelPickerSort />}
        </div>
        {showFilters && filtersOpen && (
          <div data-slot="model-picker-filters">
            <ModelPickerFilters />
          </div>
        )}
      </>
    );
  },
);
