'use client';
import { useMemo, useState, type ReactNode } from 'react';
import { cx } from '../shared/cx';
import { FilterPanel } from '../filter-panel/filter-panel';
import { useModelPickerContext } from './model-picker-context';
import { ModelPickerContent, type ModelPickerContentProps } from './model-picker-content';
import { ModelPickerItem } from './model-picker-item';
import { ModelPickerList, type ModelPickerListProps } from './model-picker-list';
import { ModelPickerRoot, type ModelPickerRootProps } from './model-picker-root';
import { ModelPickerSearch } from './model-picker-search';
import { ModelPickerStatus } from './model-picker-status';
import { ModelPickerTrigger } from './model-picker-trigger';
import { SortSelect } from '../sort-select/sort-select';
import { countActiveFilters } from '../../model/update-filters';

/** The picker's sort, as a Radix Select bound to the picker's state. */
function ModelPickerSort({ className }: { className?: string }) {
  const { sort, setSort, disabled, inputId } = useModelPickerContext('Sort');
  // Not rendered again on every keystroke, only when the sort changes.
  return useMemo(() => {
    // Once a sort is chosen (or the list closed), typing goes on in the search box.
    const backToSearch = (event: Event) => {
      const input = document.getElementById(inputId);
      if (!input) return;
      event.preventDefault();
      input.focus();
    };
    return <SortSelect className={className} value={sort} onValueChange={setSort} disabled={!!disabled} onCloseAutoFocus={backToSearch} />;
  }, [className, sort, setSort, disabled, inputId]);
}

/** The picker's filters: a FilterPanel bound to the picker's state. */
function ModelPickerFilters({ className }: { className?: string }) {
  const ctx = useModelPickerContext('Filters');
  // The picker's status says the count already: one announcement, not two.
  return <FilterPanel className={className} filters={ctx.filters} onFiltersChange={ctx.setFilters} queryOptions={ctx.queryOptions} announceCount={false} />;
}

/** Search, a filters toggle and the sort in one row; the filters open below it. */
function ModelPickerToolbar({ className, showFilters = true, showSort = true }: { className?: string; showFilters?: boolean; showSort?: boolean }) {
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

export interface ModelPickerProps extends Omit<ModelPickerRootProps, 'children'> {
  className?: string;
  /** Shown on the trigger when nothing is chosen. */
  placeholder?: ReactNode;
  /** Show the filters toggle. Default true; never with `models` (the filters are the server's: filter the array you pass). */
  showFilters?: boolean;
  /** Show the sort select. Default true; never with `models` (the sort is the server's: sort the array you pass). */
  showSort?: boolean;
  /** Passed to the list (row height, visible height, empty state). */
  listProps?: ModelPickerListProps;
  /** Passed to the popover content (portal container, side, align, ...). */
  contentProps?: ModelPickerContentProps;
}

/**
 * The drop-in picker: a trigger and a popover with search, filters, sort and a
 * virtualized list, favourites and recents. Controlled or not (`value / defaultValue /
 * onValueChange`). For your own layout, compose `ModelPicker.Root`, `.Trigger`,
 * `.Content`, `.Search`, `.List`, ... instead.
 *
 * ```tsx
 * const [model, setModel] = useState('openai/gpt-4o');
 * <ModelPicker value={model} onValueChange={setModel} />
 * ```
 */
function ModelPickerDropIn({ className, placeholder, showFilters = true, showSort = true, listProps, contentProps, ...root }: ModelPickerProps) {
  return (
    <ModelPickerRoot {...root}>
      <ModelPickerTrigger className={className} placeholder={placeholder} />
      <ModelPickerContent {...contentProps}>
        <ModelPickerToolbar showFilters={showFilters && !root.models} showSort={showSort && !root.models} />
        <ModelPickerList {...listProps} />
        <ModelPickerStatus />
      </ModelPickerContent>
    </ModelPickerRoot>
  );
}

export const ModelPicker = Object.assign(ModelPickerDropIn, {
  Root: ModelPickerRoot,
  Trigger: ModelPickerTrigger,
  Content: ModelPickerContent,
  Toolbar: ModelPickerToolbar,
  Search: ModelPickerSearch,
  Sort: ModelPickerSort,
  Filters: ModelPickerFilters,
  List: ModelPickerList,
  Item: ModelPickerItem,
  Status: ModelPickerStatus,
});

export { ModelPickerSort, ModelPickerFilters, ModelPickerToolbar };
