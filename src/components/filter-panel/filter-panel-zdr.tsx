'use client';
import { useId, type ReactNode } from 'react';
import { cx } from '../shared/cx';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelZdrProps {
  className?: string;
  label?: ReactNode;
  /** A line under the label. */
  description?: ReactNode;
}

/** "Zero data retention": only models with an endpoint that keeps no data (`zdr: true`). */
export function FilterPanelZdr({ className, label = 'Zero data retention', description = 'Only models with an endpoint that stores nothing.' }: FilterPanelZdrProps) {
  const { filters, update } = useFilterPanel();
  const descriptionId = useId();
  const on = filters.zdr === true;
  return (
    <div data-slot="filter-panel-zdr" data-state={on ? 'active' : 'inactive'} className={cx(className)}>
      <label data-slot="filter-panel-toggle">
        <input type="checkbox" checked={on} onChange={() => update({ zdr: on ? undefined : true })} aria-describedby={description ? descriptionId : undefined} />
        <span>{label}</span>
      </label>
      {description ? (
        <p data-slot="filter-panel-hint" id={descriptionId}>
          {description}
        </p>
      ) : null}
    </div>
  );
}
