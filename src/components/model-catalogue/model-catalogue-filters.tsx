'use client';
import { forwardRef, useId, useState, type ComponentPropsWithoutRef } from 'react';
import type { ModelsListFilters } from '../../core/types';
import { FilterPanel } from '../filter-panel/filter-panel';
import { countActiveFilters } from '../../model/update-filters';
import { cx } from '../shared/cx';
import { useModelCatalogueContext } from './model-catalogue-context';

export type ModelCatalogueFiltersProps = Omit<ComponentPropsWithoutRef<'aside'>, 'children'> & {
  /** Passed to the `FilterPanel` (`collapsible`, `queryOptions`, …). */
  panelProps?: Omit<
    ComponentPropsWithoutRef<typeof FilterPanel>,
    'filters' | 'defaultFilters' | 'onFiltersChange'
  >;
};

/**
 * The `FilterPanel` over the catalogue's filters; each change is a new history entry. On a narrow
 * screen (the stylesheet's breakpoint, 720px) it folds behind a "Filters (n)" button.
 */
export const ModelCatalogueFilters = forwardRef<HTMLElement, ModelCatalogueFiltersProps>(
  function ModelCatalogueFilters({ className, panelProps, ...rest }, ref) {
    const { filters, setState } = useModelCatalogueContext('ModelCatalogue.Filters');
    const onFiltersChange = (next: ModelsListFilters) => {
      const { sort, q, offset: _o, limit: _l, ...only } = next;
      setState((s) => ({
        filters: only,
        ...(sort !== undefined && { sort }),
        ...(q !== undefined && { q }),
        ...(s.details !== undefined && { details: s.details }),
      }));
    };
    const [open, setOpen] = useState(false);
    const panelId = useId();
    const active = countActiveFilters(filters);
    return (
      <aside
        ref={ref}
        aria-label="Filters"
        data-slot="model-catalogue-filters"
        data-state={open ? 'open' : 'closed'}
        className={cx(className)}
        {...rest}
      >
        <button
          type="button"
          data-slot="model-catalogue-filters-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {active ? `Filters (${active})` : 'Filters'}
        </button>
        <div id={panelId} data-slot="model-catalogue-filters-panel">
          {/* The catalogue's count already says how many match (from its first page). */}
          <FilterPanel
            matchCount={false}
            {...panelProps}
            filters={filters}
            onFiltersChange={onFiltersChange}
          />
        </div>
      </aside>
    );
  },
);
