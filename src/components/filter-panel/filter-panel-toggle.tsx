'use client';
import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from '../shared/cx';

export interface FilterPanelToggleProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'children' | 'onChange'
> {
  /** The part's `data-slot`, e.g. `filter-panel-zdr`. */
  slot: string;
  label: ReactNode;
  /** A line under the label that also describes the checkbox. */
  description?: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}

/** A checkbox that sets a filter on or off, `data-state="active"` while on. Shared by FilterPanel parts. */
export const FilterPanelToggle = forwardRef<HTMLDivElement, FilterPanelToggleProps>(
  function FilterPanelToggle(
    { slot, label, description, checked, onCheckedChange, className, ...rest },
    ref,
  ) {
    const descriptionId = useId();
    return (
      <div
        ref={ref}
        data-slot={slot}
        data-state={checked ? 'active' : 'inactive'}
        className={cx(className)}
        {...rest}
      >
        <label data-slot="filter-panel-toggle">
          <input
            type="checkbox"
            checked={checked}
            onChange={() => onCheckedChange(!checked)}
            aria-describedby={description ? descriptionId : undefined}
          />
          <span>{label}</span>
        </label>
        {description ? (
          <p data-slot="filter-panel-hint" id={descriptionId}>
            {description}
          </p>
        ) : null}
      </div>
    );
  },
);
