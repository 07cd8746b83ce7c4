'use client';
import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../shared/cx';

export type FilterPanelHeaderProps = ComponentPropsWithoutRef<'div'>;

/** A row for the match count and "Clear all" at the top of a composed panel. */
export function FilterPanelHeader({ className, ...rest }: FilterPanelHeaderProps) {
  return <div data-slot="filter-panel-header" className={cx(className)} {...rest} />;
}
