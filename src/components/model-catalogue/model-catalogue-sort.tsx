'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { SortSelect, type SortSelectProps } from '../sort-select/sort-select';
import { cx } from '../shared/cx';
import { useModelCatalogueContext } from './model-catalogue-context';

export type ModelCatalogueSortProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'> &
  Omit<SortSelectProps, 'value' | 'defaultValue' | 'onValueChange' | 'className'>;

/** `SortSelect` over the catalogue's sort. */
export const ModelCatalogueSort = forwardRef<HTMLDivElement, ModelCatalogueSortProps>(
  function ModelCatalogueSort(
    {
      className,
      classNames,
      label,
      hideLabel,
      disabled,
      sorts,
      defaultLabel,
      labels,
      portalContainer,
      id,
      onCloseAutoFocus,
      ...rest
    },
    ref,
  ) {
    const { state, setState } = useModelCatalogueContext('ModelCatalogue.Sort');
    const select = {
      classNames,
      label,
      hideLabel,
      disabled,
      sorts,
      defaultLabel,
      labels,
      portalContainer,
      id,
      onCloseAutoFocus,
    };
    return (
      <div ref={ref} data-slot="model-catalogue-sort" className={cx(className)} {...rest}>
        <SortSelect
          {...(Object.fromEntries(
            Object.entries(select).filter(([, v]) => v !== undefined),
          ) as Partial<SortSelectProps>)}
          value={state.sort}
          onValueChange={(sort) =>
            setState((s) => {
              const { sort: _s, ...next } = s;
              return sort === undefined ? next : { ...next, sort };
            })
          }
        />
      </div>
    );
  },
);
