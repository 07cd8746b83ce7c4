'use client';

import { forwardRef, type ReactNode } from 'react';
import type { ModelsListFilters } from '../../core/types';
import { FilterPanelArchitecture } from './filter-panel-architecture';
import { FilterPanelAuthors } from './filter-panel-authors';
import { FilterPanelCategory } from './filter-panel-category';
import { FilterPanelClear } from './filter-panel-clear';
import { FilterPanelContextLength } from './filter-panel-context-length';
import { FilterPanelDistillable } from './filter-panel-distillable';
import { FilterPanelFreeOnly } from './filter-panel-free-only';
import { FilterPanelHeader } from './filter-panel-header';
import { FilterPanelInputModalities } from './filter-panel-input-modalities';
import { FilterPanelMatchCount } from './filter-panel-match-count';
import { FilterPanelOutputModalities } from './filter-panel-output-modalities';
import { FilterPanelParameters } from './filter-panel-parameters';
import { FilterPanelOutputPrice, FilterPanelPromptPrice } from './filter-panel-price-range';
import { FilterPanelProviders } from './filter-panel-providers';
import { FilterPanelRegion } from './filter-panel-region';
import { FilterPanelRoot, type FilterPanelRootProps } from './filter-panel-root';
import { FilterPanelZdr } from './filter-panel-zdr';
import { isFilterSet } from '../../model/update-filters';
import { useFilterPanel } from './use-filter-panel';
import { useOpenOnActivate } from '../shared/use-open-on-activate';

export interface FilterPanelProps extends FilterPanelRootProps {
  /**
   * Put the less used filters (providers, architecture, category, distillable, region,
   * zero data retention) under a "More filters" disclosure, which opens by itself when one
   * of them is set. Default `true`; `false` shows every filter.
   */
  collapsible?: boolean;
  /** Announce the match count when it changes. Default true; false where another live region says it. */
  announceCount?: boolean;
  /**
   * Show how many models match. Default true. The count reads the whole filtered list (the API
   * has no count for most filters): `false` where the page already shows a total from a paged
   * list, so that a filter change does not fetch thousands of models for one number.
   */
  matchCount?: boolean;
}

/** The filters under "More filters". */
const MORE_KEYS: ReadonlyArray<keyof ModelsListFilters> = [
  'providers',
  'arch',
  'category',
  'distillable',
  'region',
  'zdr',
];

function MoreFilters({ children }: { children: ReactNode }) {
  const { filters } = useFilterPanel();
  const active = MORE_KEYS.filter((k) => isFilterSet(filters, k)).length;
  const [open, setOpen] = useOpenOnActivate(active);
  return (
    <details
      data-slot="filter-panel-section"
      data-state={active > 0 ? 'active' : 'inactive'}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary data-slot="filter-panel-section-summary">
        More filters
        {active > 0 ? ` (${active} set)` : null}
      </summary>
      <div data-slot="filter-panel-section-content">{children}</div>
    </details>
  );
}

/**
 * Every filter of `GET /models`, with the match count and "Clear all", ready to drop in.
 * Controlled (`filters` + `onFiltersChange`) or uncontrolled (`defaultFilters`).
 *
 * ```tsx
 * const [filters, setFilters] = useState<ModelsListFilters>({});
 * <FilterPanel filters={filters} onFiltersChange={setFilters} />
 * ```
 *
 * To show only some filters, compose the parts:
 *
 * ```tsx
 * <FilterPanel.Root filters={filters} onFiltersChange={setFilters}>
 *   <FilterPanel.Header>
 *     <FilterPanel.MatchCount />
 *     <FilterPanel.Clear />
 *   </FilterPanel.Header>
 *   <FilterPanel.InputModalities />
 *   <FilterPanel.Parameters />
 * </FilterPanel.Root>
 * ```
 */
const FilterPanelDropIn = forwardRef<HTMLDivElement, FilterPanelProps>(function FilterPanel(
  { collapsible = true, announceCount = true, matchCount = true, ...props },
  ref,
) {
  const more = (
    <>
      <FilterPanelProviders />
      <FilterPanelArchitecture />
      <FilterPanelCategory />
      <FilterPanelDistillable />
      <FilterPanelRegion />
      <FilterPanelZdr />
    </>
  );
  return (
    <FilterPanelRoot ref={ref} {...props}>
      <FilterPanelHeader>
        {matchCount ? <FilterPanelMatchCount announce={announceCount} /> : null}
        <FilterPanelClear />
      </FilterPanelHeader>
      <FilterPanelInputModalities />
      <FilterPanelOutputModalities />
      <FilterPanelContextLength />
      <FilterPanelFreeOnly />
      <FilterPanelPromptPrice />
      <FilterPanelOutputPrice />
      <FilterPanelParameters />
      <FilterPanelAuthors />
      {collapsible ? <MoreFilters>{more}</MoreFilters> : more}
    </FilterPanelRoot>
  );
});

export const FilterPanel = Object.assign(FilterPanelDropIn, {
  Root: FilterPanelRoot,
  Header: FilterPanelHeader,
  MatchCount: FilterPanelMatchCount,
  Clear: FilterPanelClear,
  InputModalities: FilterPanelInputModalities,
  OutputModalities: FilterPanelOutputModalities,
  /** Minimum context length. */
  Context: FilterPanelContextLength,
  FreeOnly: FilterPanelFreeOnly,
  PromptPrice: FilterPanelPromptPrice,
  OutputPrice: FilterPanelOutputPrice,
  Parameters: FilterPanelParameters,
  Authors: FilterPanelAuthors,
  Providers: FilterPanelProviders,
  Architecture: FilterPanelArchitecture,
  Category: FilterPanelCategory,
  Distillable: FilterPanelDistillable,
  Region: FilterPanelRegion,
  Zdr: FilterPanelZdr,
});
