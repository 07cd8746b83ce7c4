'use client';
import type { ReactNode } from 'react';
import { FilterPanelSingleChoice } from './filter-panel-single-choice';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelDistillableProps {
  className?: string;
  legend?: ReactNode;
  hint?: ReactNode;
  onlyLabel?: ReactNode;
  excludeLabel?: ReactNode;
}

/** Whether a model's outputs may be used to train other models (`distillable`): any, only, exclude. */
export function FilterPanelDistillable({ className, legend = 'Distillable', hint, onlyLabel = 'Only', excludeLabel = 'Exclude' }: FilterPanelDistillableProps) {
  const { filters, update } = useFilterPanel();
  const value = filters.distillable;
  return (
    <FilterPanelSingleChoice
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
}
