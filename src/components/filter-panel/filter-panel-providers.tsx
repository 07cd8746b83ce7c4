'use client';

import { forwardRef, type ReactNode } from 'react';
import { KNOWN_PROVIDERS, type FilterChoice } from '../../model/filter-choices';
import { FilterPanelSearchableChoices } from './filter-panel-searchable-choices';
import type { FilterPanelPartProps } from './filter-panel-group';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelProvidersProps extends FilterPanelPartProps {
  className?: string;
  legend?: ReactNode;
  hint?: ReactNode;
  /** Provider names to offer. Default: well-known providers as OpenRouter names them (`KNOWN_PROVIDERS`). */
  providers?: readonly string[];
  /** Providers shown before "Show all" (selected ones are always shown). Default 12. */
  limit?: number;
}

/**
 * Who hosts the model (`providers`). The model list has no provider field, so this offers
 * well-known provider names, plus any name the person types (Enter or "Add").
 */
export const FilterPanelProviders = forwardRef<HTMLFieldSetElement, FilterPanelProvidersProps>(
  function FilterPanelProviders(
    { className, legend = 'Providers', hint, providers = KNOWN_PROVIDERS, limit, ...rest },
    ref,
  ) {
    const { filters, update } = useFilterPanel();
    const choices: FilterChoice[] = providers.map((p) => ({ value: p, label: p }));
    return (
      <FilterPanelSearchableChoices
        ref={ref}
        {...rest}
        slot="filter-panel-providers"
        legend={legend}
        hint={hint}
        className={className}
        choices={choices}
        selected={filters.providers ?? []}
        onChange={(next) => update({ providers: next })}
        searchLabel="Search providers"
        placeholder="Search or add a provider…"
        noun="providers"
        limit={limit}
        allowCustom
      />
    );
  },
);
