'use client';
import type { ReactNode } from 'react';
import { cx } from '../shared/cx';
import { useFilterPanel } from './use-filter-panel';

export interface FilterPanelFreeOnlyProps {
  className?: string;
  label?: ReactNode;
}

/** "Free models only": sets `maxPrice: 0` and `maxOutputPrice: 0` (and drops the minimum prices). */
export function FilterPanelFreeOnly({ className, label = 'Free models only' }: FilterPanelFreeOnlyProps) {
  const { filters, update } = useFilterPanel();
  const on = filters.maxPrice === 0 && filters.maxOutputPrice === 0;
  return (
    <div data-slot="filter-panel-free-only" data-state={on ? 'active' : 'inactive'} className={cx(className)}>
      <label data-slot="filter-panel-toggle">
        <input
          type="checkbox"
          checked={on}
          onChange={() =>
            update(on ? { maxPrice: undefined, maxOutputPrice: undefined } : { maxPrice: 0, maxOutputPrice: 0, minPrice: undefined, minOutputPrice: undefined })
          }
        />
        <span>{label}</span>
      </label>
    </div>
  );
}
