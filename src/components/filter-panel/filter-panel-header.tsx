'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../shared/cx';

export type FilterPanelHeaderProps = ComponentPropsWithoutRef<'div'>;

/** A row for the match count and "Clear all" at the top of a composed panel. */
export const FilterPanelHeader = forwardRef<HTMLDivElement, FilterPanelHeaderProps>(
  function FilterPanelHeader({ className, ...rest }, ref) {
    return <div ref={ref} data-slot="filter-panel-header" className={cx(className)} {...rest} />;
  },
);
