import { useState } from 'react';
import { cx } from '../shared/cx';
import { countActiveFilters } from '../../model/update-filters';
import { useModelPickerContext } from './model-picker-context';
import { ModelPickerFilters } from './model-picker-filters';
import { ModelPickerSearch } from './model-picker-search';
import { ModelPickerSort } from './model-picker-sort';

/** Search, a filters toggle and the sort in one row; the filters open below it. */
export function ModelPickerToolbar({ className, showFilters = true, showSort = true }: { className?: string; showFilters?: boolean; showSort?: boolean }) {
  const ctx = useModelPickerContext('Toolbar');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const active = countActiveFilters(ctx.filters);
  return (
    <>
      <div data-slot="model-picker-toolbar" className={cx(className)}>
        <ModelPickerSearch />
        {showFilters && (
          <button
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
}
