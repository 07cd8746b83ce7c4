'use client';
import { createContext, useContext } from 'react';
import type { ModelsListFilters } from '../../core/types';
import type { SharedListQueryOptions } from '../../hooks/list-query-options';

/** What `FilterPanel.Root` gives its parts (and any custom part an app writes). */
export interface FilterPanelContextValue {
  /** The current filters: the panel's value. */
  filters: ModelsListFilters;
  /** Replaces the filters. Nothing happens when `next` asks the same question. */
  setFilters: (next: ModelsListFilters) => void;
  /** Sets some keys; a key set to `undefined`, `[]` or `''` is removed. */
  update: (patch: Partial<ModelsListFilters>) => void;
  /** Removes every filter; `sort`, `q`, `offset` and `limit` (or the Root's `keep`) stay. */
  clear: () => void;
  /** How many times `clear` ran: a part with a draft of its own (the price fields) starts afresh when it changes. */
  clears: number;
  /** True when some filter is set (outside the kept keys). */
  active: boolean;
  /** The Root's `queryOptions`, for the panel's own queries (the match count, the authors and families). */
  queryOptions: SharedListQueryOptions | undefined;
}

export const FilterPanelStateContext = createContext<FilterPanelContextValue | null>(null);

/**
 * The filter panel's state, for a part inside `FilterPanel.Root`: read `filters`,
 * change them with `update({ ... })`. Throws outside a Root.
 *
 * ```tsx
 * function OnlyVision() {
 *   const { filters, update } = useFilterPanel();
 *   const on = filters.inputModalities?.includes('image') ?? false;
 *   return <label><input type="checkbox" checked={on} onChange={() => update({ inputModalities: on ? undefined : ['image'] })} /> Vision</label>;
 * }
 * ```
 */
export function useFilterPanel(): FilterPanelContextValue {
  const value = useContext(FilterPanelStateContext);
  if (!value)
    throw new Error(
      'FilterPanel parts must be rendered inside <FilterPanel.Root> (or use the ready <FilterPanel />).',
    );
  return value;
}
