'use client';

import { forwardRef, useCallback, useMemo, useState, type ComponentPropsWithoutRef } from 'react';
import type { ModelsListFilters } from '../../core/types';
import { cx } from '../shared/cx';
import { useControllableProp } from '../shared/use-controllable-prop';
import type { SharedListQueryOptions } from '../../hooks/list-query-options';
import {
  clearFilters,
  hasActiveFilters,
  NON_FILTER_KEYS,
  sameFilters,
  updateFilters,
} from '../../model/update-filters';
import { FilterPanelStateContext, type FilterPanelContextValue } from './use-filter-panel';

export interface FilterPanelRootProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'defaultValue' | 'onChange'
> {
  /** The filters (controlled). Pass with `onFiltersChange`. */
  filters?: ModelsListFilters | undefined;
  /** The initial filters (uncontrolled). */
  defaultFilters?: ModelsListFilters | undefined;
  /** Called with the whole next filter object, canonical (no empty lists or strings). */
  onFiltersChange?: (next: ModelsListFilters) => void;
  /** Keys that "Clear all" keeps and that do not count as a set filter. Default: `sort`, `q`, `offset`, `limit`. */
  keep?: ReadonlyArray<keyof ModelsListFilters>;
  /** The accessible name of the panel. Default "Model filters". */
  label?: string;
  /**
   * Query options for the panel's own queries (the match count, the authors and families):
   * `retry`, `staleTime`, ... (`{ retry: false }` shows an error at once).
   */
  queryOptions?: SharedListQueryOptions;
}

const EMPTY: ModelsListFilters = {};

/**
 * Holds the filters and gives them to the parts inside. Controlled
 * (`filters` + `onFiltersChange`) or uncontrolled (`defaultFilters`).
 */
export const FilterPanelRoot = forwardRef<HTMLDivElement, FilterPanelRootProps>(
  function FilterPanelRoot(props, ref) {
    const {
      filters: filtersProp,
      defaultFilters = EMPTY,
      onFiltersChange,
      keep = NON_FILTER_KEYS,
      label = 'Model filters',
      queryOptions,
      className,
      children,
      ...rest
    } = props;
    const [filters, setFiltersState] = useControllableProp<ModelsListFilters>({
      passed: 'filters' in props,
      prop: filtersProp ?? EMPTY,
      defaultProp: defaultFilters,
      onChange: onFiltersChange,
      caller: 'FilterPanel.Root',
    });

    const setFilters = useCallback(
      (next: ModelsListFilters) => {
        if (!sameFilters(filters, next)) setFiltersState(next);
      },
      [filters, setFiltersState],
    );
    const [clears, setClears] = useState(0);
    // `keep` is compared by content: an inline array does not rebuild the context.
    const keepKey = keep.join(',');
    const context = useMemo<FilterPanelContextValue>(() => {
      const kept = (keepKey ? keepKey.split(',') : []) as Array<keyof ModelsListFilters>;
      return {
        filters,
        setFilters,
        update: (patch) => setFilters(updateFilters(filters, patch)),
        clear: () => {
          setFilters(clearFilters(filters, kept));
          setClears((n) => n + 1);
        },
        clears,
        active: hasActiveFilters(filters, kept),
        queryOptions,
      };
    }, [filters, setFilters, keepKey, queryOptions, clears]);

    return (
      <FilterPanelStateContext.Provider value={context}>
        <div
          ref={ref}
          data-orm=""
          data-slot="filter-panel"
          data-state={context.active ? 'active' : 'inactive'}
          role="group"
          aria-label={label}
          className={cx(className)}
          {...rest}
        >
          {children}
        </div>
      </FilterPanelStateContext.Provider>
    );
  },
);
