'use client';
import { forwardRef } from 'react';
import { SortSelect, type SortSelectProps } from '../sort-select/sort-select';
import { useModelCatalogueContext } from './model-catalogue-context';

export type ModelCatalogueSortProps = Omit<SortSelectProps, 'value' | 'defaultValue' | 'onValueChange'>;

/** `SortSelect` over the catalogue's sort: its ref and props go to the select. */
export const ModelCatalogueSort = forwardRef<HTMLDivElement, ModelCatalogueSortProps>(
  function ModelCatalogueSort(props, ref) {
    const { state, setState } = useModelCatalogueContext('ModelCatalogue.Sort');
    return (
      <SortSelect
        ref={ref}
        {...props}
        value={state.sort}
        onValueChange={(sort) =>
          setState((s) => {
            const { sort: _sort, ...next } = s;
            return sort === undefined ? next : { ...next, sort };
          })
        }
      />
    );
  },
);
