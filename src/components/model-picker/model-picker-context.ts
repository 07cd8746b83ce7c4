'use client';
import { createContext, useContext } from 'react';
import type { OpenRouterError } from '../../core/errors';
import type { Model, ModelSort, ModelsListFilters } from '../../core/types';
import type { SharedListQueryOptions } from '../../hooks/list-query-options';
import type { ModelPreferences } from './use-model-preferences';

export type PickerRow =
  | { type: 'header'; key: string; label: string }
  | { type: 'option'; key: string; model: Model; group: string };

/**
 * The rows of the picker's list, headers included, read by index. Rows are made when asked
 * for, so a keystroke over 50,000 models builds no array of rows.
 */
export interface PickerRows {
  /** Rows, headers included. */
  readonly length: number;
  /** Option rows (models) among them. */
  readonly optionCount: number;
  /** Row `row`, or undefined outside 0…length-1. The same object for the same model while the list stays. */
  at(row: number): PickerRow | undefined;
  /** The key of row `row` (unique in the list), without making the row; undefined outside the list. */
  keyAt(row: number): string | undefined;
  /** True for a group header; false for an option or a row outside the list. */
  isHeader(row: number): boolean;
  /** The row of the option at `position` (0-based among the options), or -1. */
  optionRow(position: number): number;
  /** The position of row `row` among the options (0-based), or -1 for a header or a row outside the list. */
  optionPosition(row: number): number;
  /** The row whose key is `key`, or -1. */
  indexOfKey(key: string): number;
  /** The first option row of the model `id`, or -1. */
  indexOfModel(id: string): number;
}

export interface ModelPickerContextValue {
  value: string | undefined;
  select(id: string): void;
  open: boolean;
  setOpen(open: boolean): void;
  query: string;
  setQuery(query: string): void;
  filters: ModelsListFilters;
  setFilters(filters: ModelsListFilters): void;
  sort: ModelSort | undefined;
  setSort(sort: ModelSort | undefined): void;
  /** Every model loaded for the current filters and sort (before search). */
  models: readonly Model[];
  modelsById: ReadonlyMap<string, Model>;
  /** What the list shows: headers and options, flattened for the virtualizer. */
  rows: PickerRows;
  /** Number of models that match the search (each counted once). */
  matchCount: number;
  activeRow: number;
  setActiveRow(row: number, reason?: 'keyboard' | 'pointer'): void;
  /** Bumped on each keyboard move so the list scrolls the active row into view. */
  scrollRequest: number;
  status: 'pending' | 'error' | 'success';
  /** The list query's error (null when there is none). */
  error: OpenRouterError | null;
  isFetching: boolean;
  isPlaceholderData: boolean;
  retry(): void;
  /** True while `retry` (the list's "Try again") runs; a server search meanwhile is not a retry. */
  retrying: boolean;
  preferences: ModelPreferences;
  /** Pins or unpins a favourite, and says so to assistive technology ("Pinned …"). */
  toggleFavourite(id: string): void;
  /** The last such message (read out by `ModelPicker.Status`). */
  announcement: string;
  groupBy: 'none' | 'author';
  listboxId: string;
  inputId: string;
  optionId(row: number): string;
  hasActiveFilters: boolean;
  clearFilters(): void;
  disabled: boolean;
  /** The Root's `queryOptions` less the list's own data: for the server search and the filter panel inside. */
  queryOptions: SharedListQueryOptions | undefined;
}

export const ModelPickerContext = createContext<ModelPickerContextValue | null>(null);

export function useModelPickerContext(part: string): ModelPickerContextValue {
  const ctx = useContext(ModelPickerContext);
  if (!ctx) throw new Error(`<ModelPicker.${part}> must be inside <ModelPicker.Root>.`);
  return ctx;
}
