'use client';

import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../shared/cx';

/** What every filter part takes besides its own props: its fieldset's attributes (`className`, `aria-*`, ...). */
export type FilterPanelPartProps = Omit<ComponentPropsWithoutRef<'fieldset'>, 'children'>;

export interface FilterPanelGroupProps extends ComponentPropsWithoutRef<'fieldset'> {
  /** The part's `data-slot`, e.g. `filter-panel-authors`. */
  slot: string;
  legend: ReactNode;
  /** The filter has a value: `data-state="active"`. */
  active: boolean;
  /** A short line under the legend; it also describes the group. */
  hint?: ReactNode;
  /** Gives the legend this id (for a control labelled by it). */
  legendId?: string;
}

/** One filter: a fieldset with a legend, `data-state="active"` while it has a value. Shared by the FilterPanel parts. */
export const FilterPanelGroup = forwardRef<HTMLFieldSetElement, FilterPanelGroupProps>(
  function FilterPanelGroup({ slot, legend, active, hint, legendId, className, children, ...rest }, ref) {
    const hintId = useId();
    return (
      <fieldset
        ref={ref}
        data-slot={slot}
        data-state={active ? 'active' : 'inactive'}
        aria-describedby={hint ? hintId : undefined}
        className={cx(className)}
        {...rest}
      >
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
  },
);
