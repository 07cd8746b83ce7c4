import { createContext, useContext } from 'react';
import type { Model, ModelSort, ModelsListFilters } from '../core/types';
import type { ModelPreferences } from './use-model-preferences';

export type PickerRow =
  | { type: 'header'; key: string; label: string }
  | { type: 'option'; key: string; model: Model; group: string };

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
  rows: readonly PickerRow[];
  /** Row indices of the options, in order. */
  optionRows: readonly number[];
  /** Number of models that match the search (each counted once). */
  matchCount: number;
  activeRow: number;
  setActiveRow(row: number, reason?: 'keyboard' | 'pointer'): void;
  /** Bumped on each keyboard move so the list scrolls the active row into view. */
  scrollRequest: number;
  status: 'pending' | 'error' | 'success';
  error: unknown;
  isFetching: boolean;
  isPlaceholderData: boolean;
  retry(): void;
  preferences: ModelPreferences;
  groupBy: 'none' | 'author';
  listboxId: string;
  inputId: string;
  optionId(row: number): string;
  hasActiveFilters: boolean;
  clearFilters(): void;
  disabled: boolean;
}

export const ModelPickerContext = createContext<ModelPickerContextValue | null>(null);

export function useModelPickerContext(part: string): ModelPickerContextValue {
  const ctx = useContext(ModelPickerContext);
  if (!ctx) throw new Error(`<ModelPicker.${part}> must be inside <ModelPicker.Root>.`);
  return ctx;
}
