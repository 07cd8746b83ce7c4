'use client';

import { forwardRef, type ComponentPropsWithoutRef, type MouseEvent } from 'react';
import { cx } from '../shared/cx';
import { useFilterPanel } from './use-filter-panel';

export type FilterPanelClearProps = Omit<ComponentPropsWithoutRef<'button'>, 'type' | 'disabled'>;

/**
 * Clears every filter at once (sort, search and paging stay). Disabled while nothing is
 * set: `aria-disabled` and `data-disabled`, so that it keeps focus after a click.
 */
export const FilterPanelClear = forwardRef<HTMLButtonElement, FilterPanelClearProps>(
  function FilterPanelClear({ className, children = 'Clear all', onClick, ...rest }, ref) {
    const { active, clear } = useFilterPanel();
    return (
      <button
        ref={ref}
        type="button"
        data-slot="filter-panel-clear"
        data-disabled={active ? undefined : ''}
        aria-disabled={!active}
        className={cx(className)}
        {...rest}
        onClick={(e: MouseEvent<HTMLButtonElement>) => {
          onClick?.(e);
          if (active && !e.defaultPrevented) clear();
        }}
      >
        {children}
      </button>
    );
  },
);
