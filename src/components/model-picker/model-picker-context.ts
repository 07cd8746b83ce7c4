'use client';

import { createContext, useContext, type RefObject } from 'react';
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

/**
 * What never changes while the picker lives: its actions, ids and focus targets. Parts that
 * only act (the popover, the sort's way back to the search box) read this and no state.
 */
export interface ModelPickerActions {
  select(id: string): void;
  setOpen(open: boolean): void;
  setQuery(query: string): void;
  setFilters(filters: ModelsListFilters): void;
  setSort(sort: ModelSort | undefined): void;
  setActiveRow(row: number, reason?: 'keyboard' | 'pointer'): void;
  /** Pins or unpins a favourite, and says so to assistive technology ("Pinned …"). */
  toggleFavourite(id: string): void;
  clearFilters(): void;
  listboxId: string;
  inputId: string;
  optionId(row: number): string;
  /** The search box, where focus goes back to. */
  inputRef: RefObject<HTMLInputElement | null>;
  /** The toolbar's Filters button, where Escape in a filter field goes. */
  filtersToggleRef: RefObject<HTMLButtonElement | null>;
}

/** Everything the picker holds: its state and data, and its actions, ids and focus targets. */
export interface ModelPickerContextValue extends ModelPickerActions {
  value: string | undefined;
  open: boolean;
  query: string;
  filters: ModelsListFilters;
  sort: ModelSort | undefined;
  /** Every model loaded for the current filters and sort (before search). */
  models: readonly Model[];
  modelsById: ReadonlyMap<string, Model>;
  /** What the list shows: headers and options, flattened for the virtualizer. */
  rows: PickerRows;
  /** Number of models that match the search (each counted once). */
  matchCount: number;
  activeRow: number;
  /** Bumped on each keyboard move so the list scrolls the active row into view. */
  scrollRequest: number;
  status: 'pending' | 'error' | 'success';
  /** The list query's error (null when there is none). */
  error: OpenRouterError | null;
  isFetching: boolean;
  isPlaceholderData: boolean;
  /** `scope="user"` without a token, or with one the server refused (401): the list asks to sign in. */
  signIn: boolean;
  retry(): void;
  /** True while `retry` (the list's "Try again") runs; a server search meanwhile is not a retry. */
  retrying: boolean;
  preferences: ModelPreferences;
  /** The last message about a pinned or unpinned favourite (read out by `ModelPicker.Status`). */
  announcement: string;
  groupBy: 'none' | 'author';
  hasActiveFilters: boolean;
  disabled: boolean;
  /** The Root's `queryOptions` less the list's own data: for the server search and the filter panel inside. */
  queryOptions: SharedListQueryOptions | undefined;
}

export const ModelPickerContext = createContext<ModelPickerContextValue | null>(null);

/** What changes when the person opens, picks, filters or sorts, or the list loads: not per keystroke. */
export type ModelPickerSettings = Pick<
  ModelPickerContextValue,
  'value' | 'open' | 'filters' | 'sort' | 'modelsById' | 'status' | 'disabled' | 'queryOptions'
>;

export const ModelPickerActionsContext = createContext<ModelPickerActions | null>(null);
export const ModelPickerSettingsContext = createContext<ModelPickerSettings | null>(null);

function must<T>(value: T | null, part: string): T {
  if (!value) throw new Error(`<ModelPicker.${part}> must be inside <ModelPicker.Root>.`);
  return value;
}

/** Everything the picker holds; a part that reads it renders again on every keystroke. */
export function useModelPickerContext(part: string): ModelPickerContextValue {
  return must(useContext(ModelPickerContext), part);
}

/** The picker's actions, ids and focus targets: the same object for the picker's life. */
export function useModelPickerActions(part: string): ModelPickerActions {
  return must(useContext(ModelPickerActionsContext), part);
}

/** The picker's value, open state, filters, sort and list status: unchanged by typing. */
export function useModelPickerSettings(part: string): ModelPickerSettings {
  return must(useContext(ModelPickerSettingsContext), part);
}
