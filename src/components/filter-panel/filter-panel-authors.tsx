'use client';

import { forwardRef, type ReactNode } from 'react';
import { FilterPanelSearchableChoices } from './filter-panel-searchable-choices';
import { useCatalogFacets } from '../../hooks/use-catalog-facets';
import type { FilterPanelPartProps } from './filter-panel-group';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelAuthorsProps extends FilterPanelPartProps {
  className?: string;
  legend?: ReactNode;
  hint?: ReactNode;
  /** Authors shown before "Show all" (selected ones are always shown). Default 12. */
  limit?: number;
}

/**
 * Who made the model (`modelAuthors`): the authors found in the catalogue
 * (`useModels({ outputModalities: 'all' })`), each with how many of its models give the chosen
 * output, most first; searchable; several at once. (The counts leave the other filters aside.)
 */
export const FilterPanelAuthors = forwardRef<HTMLFieldSetElement, FilterPanelAuthorsProps>(
  function FilterPanelAuthors({ className, legend = 'Authors', hint, limit, ...rest }, ref) {
    const { filters, update, queryOptions } = useFilterPanel();
    const facets = useCatalogFacets(queryOptions, filters.outputModalities);
    return (
      <FilterPanelSearchableChoices
        ref={ref}
        {...rest}
        slot="filter-panel-authors"
        legend={legend}
        hint={hint}
        className={className}
        choices={facets.data?.authors ?? []}
        selected={filters.modelAuthors ?? []}
        onChange={(next) => update({ modelAuthors: next })}
        searchLabel="Search authors"
        noun="authors"
        limit={limit}
        status={facets.status}
        error={facets.error}
        onRetry={() => void facets.refetch()}
      />
    );
  },
);
