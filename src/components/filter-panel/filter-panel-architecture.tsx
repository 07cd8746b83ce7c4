'use client';

import { forwardRef, type ReactNode } from 'react';
import { ARCHITECTURES, withSelected } from '../../model/filter-choices';
import { FilterPanelSingleChoice, type SingleChoiceOption } from './filter-panel-single-choice';
import { useCatalogFacets } from '../../hooks/use-catalog-facets';
import type { FilterPanelPartProps } from './filter-panel-group';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelArchitectureProps extends FilterPanelPartProps {
  className?: string;
  legend?: ReactNode;
  hint?: ReactNode;
  /** Families offered before those found in the data. Default: GPT, Claude, Gemini, Llama, Mistral, Qwen, DeepSeek, … */
  architectures?: readonly string[];
}

/**
 * Model family (`arch`): the well-known families, plus the families read from the tokenizers
 * in the catalogue. Without counts: which models the server counts as a family is its own
 * rule (not only the tokenizer), so a number here would not say what choosing it gives.
 */
export const FilterPanelArchitecture = forwardRef<HTMLFieldSetElement, FilterPanelArchitectureProps>(
  function FilterPanelArchitecture(
    { className, legend = 'Architecture', hint, architectures = ARCHITECTURES, ...rest },
    ref,
  ) {
    const { filters, update, queryOptions } = useFilterPanel();
    const facets = useCatalogFacets(queryOptions);
    const known = [
      ...architectures,
      ...(facets.data?.families ?? []).map((f) => f.value).filter((f) => !architectures.includes(f)),
    ];
    const names = withSelected(
      known.map((name) => ({ value: name, label: name })),
      filters.arch ? [filters.arch] : [],
    );
    const options: SingleChoiceOption[] = names.map((c) => ({ key: c.value, label: c.label }));
    return (
      <FilterPanelSingleChoice
        ref={ref}
        {...rest}
        slot="filter-panel-architecture"
        legend={legend}
        hint={hint}
        className={className}
        options={options}
        selected={filters.arch}
        onSelect={(key) => update({ arch: key })}
      />
    );
  },
);
