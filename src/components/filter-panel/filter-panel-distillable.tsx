'use client';

import { forwardRef, type ReactNode } from 'react';
import { FilterPanelSingleChoice } from './filter-panel-single-choice';
import type { FilterPanelPartProps } from './filter-panel-group';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelDistillableProps extends FilterPanelPartProps {
  className?: string;
  legend?: ReactNode;
  hint?: ReactNode;
  onlyLabel?: ReactNode;
  excludeLabel?: ReactNode;
}

/** Whether a model's outputs may be used to train other models (`distillable`): any, only, exclude. */
export const FilterPanelDistillable = forwardRef<HTMLFieldSetElement, FilterPanelDistillableProps>(
  function FilterPanelDistillable(
    { className, legend = 'Distillable', hint, onlyLabel = 'Only', excludeLabel = 'Exclude', ...rest },
    ref,
  ) {
    const { filters, update } = useFilterPanel();
    const value = filters.distillable;
    return (
      <FilterPanelSingleChoice
        ref={ref}
        {...rest}
        slot="filter-panel-distillable"
        legend={legend}
        hint={hint}
        className={className}
        options={[
          { key: 'true', label: onlyLabel },
          { key: 'false', label: excludeLabel },
        ]}
        selected={value === undefined ? undefined : String(value)}
        onSelect={(key) => update({ distillable: key === undefined ? undefined : key === 'true' })}
      />
    );
  },
);
