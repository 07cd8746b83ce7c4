'use client';
import { useId, type ReactNode } from 'react';
import { cx } from '../shared/cx';

export interface FilterPanelGroupProps {
  /** The part's `data-slot`, e.g. `filter-panel-authors`. */
  slot: string;
  legend: ReactNode;
  /** The filter has a value: `data-state="active"`. */
  active: boolean;
  /** A short line under the legend; it also describes the group. */
  hint?: ReactNode;
  /** Gives the legend this id (for a control labelled by it). */
  legendId?: string;
  className?: string;
  children?: ReactNode;
}

/** One filter: a fieldset with a legend, `data-state="active"` while it has a value. Shared by the FilterPanel parts. */
export function FilterPanelGroup({ slot, legend, active, hint, legendId, className, children }: FilterPanelGroupProps) {
  const hintId = useId();
  return (
    <fieldset data-slot={slot} data-state={active ? 'active' : 'inactive'} aria-describedby={hint ? hintId : undefined} className={cx(className)}>
      <legend data-slot="filter-panel-legend" id={legendId}>
        {legend}
      </legend>
      {hint ? (
        <p data-slot="filter-panel-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
