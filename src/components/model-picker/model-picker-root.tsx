import { useCallback, useDeferredValue, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import * as Popover from '@radix-ui/react-popover';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { createModelSearchIndex } from '../../model/search-index';
import type { Model, ModelSort, ModelsListFilters, ModelsListResponse } from '../../core/types';
import { useModels } from '../../hooks/use-models';
import { buildPickerRows } from './build-picker-rows';
import { ModelPickerContext, type ModelPickerContextValue, type PickerRows } from './model-picker-context';
import { sharedListQueryOptions, type ListQueryOptions } from '../../hooks/list-query-options';
import { useModelPreferences, type PreferenceStorage } from './use-model-preferences';
import { hasActiveFilters, sameFilters } from '../../model/update-filters';
import { useRetry } from '../shared/use-retry';
import { useServerSearch } from './use-server-search';

export interface ModelPickerRootProps {
  /** The chosen model id (controlled whenever passed: `undefined` is "none chosen"). */
  value?: string | undefined;
  defaultValue?: string | undefined;
  onValueChange?: (id: string) => void;
  open?: boolean | undefined;
  defaultOpen?: boolean | undefined;
  onOpenChange?: (open: boolean) => void;
  /** Server filters for the list (controlled whenever passed: `undefined` is none). */
  filters?: ModelsListFilters | undefined;
  defaultFilters?: ModelsListFilters | undefined;
  onFiltersChange?: (filters: ModelsListFilters) => void;
  /** The sort (controlled whenever passed: `undefined` is the default order). */
  sort?: ModelSort | undefined;
  defaultSort?: ModelSort | undefined;
  onSortChange?: (sort: ModelSort | undefined) => void;
  /**
   * Models to pick from instead of fetching them (e.g. a list merged from several providers).
   * Filters and sort are then not sent anywhere (the drop-in shows neither); search still works.
   */
  models?: readonly Model[];
  /** Also ask the server (`q`) a moment after typing stops, and add what it finds. Default true. */
  serverSearch?: boolean;
  /** Group the list by author. Default 'none'. */
  groupBy?: 'none' | 'author';
  /** Where favourites and recents are kept. Default `localStorage`; `null` keeps them in memory only. */
  storage?: PreferenceStorage | null;
  /** Prefix of the storage keys. Default `react-openrouter-models`. */
  storageKey?: string;
  disabled?: boolean;
  /**
   * Query options for the list and the filter panel's queries (`retry`, `retryDelay`,
   * `staleTime`, `gcTime`, ...). The kit's default retries 5xx, 429 and network errors
   * 3 times before the error shows; `{ retry: false }` shows it at once.
   */
  queryOptions?: ModelPickerQueryOptions;
  children?: ReactNode;
}

/** What `ModelPicker`'s `queryOptions` accepts: `useModels` options other than `select` and `enabled`. */
export type ModelPickerQueryOptions = ListQueryOptions;

const EMPTY_FILTERS: ModelsListFilters = {};
/** Models above which the list follows a deferred query (a search over 50,000 takes a few ms). */
const DEFER_SEARCH_ABOVE = 100_000;
/** From this many models the search is searched once when idle, so that the first keystroke is not its first run. */
const WARM_SEARCH_FROM = 2_000;
const NO_MODELS: Model[] = [];

const NONE = '\u0000';
/**
 * Controlled when the prop is there at all, so that a parent can set it back to `undefined`
 * (no model chosen, the default order): Radix's hook reads `undefined` as "uncontrolled" and
 * would keep showing the last value.
 */
function useOptionalState<T extends string>(controlled: boolean, prop: T | undefined, defaultProp: T | undefined, onChange: ((value: T | undefined) => void) | undefined) {
  const [raw, setRaw] = useControllableState<string>({
    prop: controlled ? (prop ?? NONE) : undefined,
    defaultProp: defaultProp ?? NONE,
    onChange: (next) => onChange?.(next === NONE ? undefined : (next as T)),
  });
  const set = useCallback((next: T | undefined) => setRaw(next ?? NONE), [setRaw]);
  return [raw === NONE ? undefined : (raw as T), set] as const;
}

/** Holds the picker's state and data; renders no element of its own besides the popover root. */
export function ModelPickerRoot(props: ModelPickerRootProps) {
  const { models: modelsProp, serverSearch = true, groupBy = 'none', disabled = false, children } = props;
  const [value, setValue] = useOptionalState('value' in props, props.value, props.defaultValue, props.onValueChange as ((v: string | undefined) => void) | undefined);
  const [open = false, setOpenState] = useControllableState({ prop: 'open' in props ? (props.open ?? false) : undefined, defaultProp: props.defaultOpen ?? false, onChange: props.onOpenChange });
  const [filters = EMPTY_FILTERS, setFilters] = useControllableState({ prop: 'filters' in props ? (props.filters ?? EMPTY_FILTERS) : undefined, defaultProp: props.defaultFilters ?? EMPTY_FILTERS, onChange: props.onFiltersChange });
  const [sort, setSort] = useOptionalState<ModelSort>('sort' in props, props.sort, props.defaultSort, props.onSortChange);
  const [query, setQueryState] = useState('');
  const [activeRow, setActiveRowState] = useState(-1);
  const [scrollRequest, setScrollRequest] = useState(0);
  const preferences = useModelPreferences({ storage: props.storage, storageKey: props.storageKey });

  // The same object while the filters say the same: an inline `filters={{ … }}` is a new object
  // on each render of the parent, which would send the keyboard back to the top of the list.
  const [sameAsBefore, setSameAsBefore] = useState(filters);
  let stableFilters = sameAsBefore;
  if (filters !== sameAsBefore && !sameFilters(filters, sameAsBefore)) {
    stableFilters = filters;
    setSameAsBefore(filters);
  }
  const listFilters = useMemo(() => (sort ? { ...stableFilters, sort } : stableFilters), [stableFilters, sort]);
  const list = useModels(listFilters, { ...props.queryOptions, enabled: !modelsProp });
  const models = modelsProp ?? list.data?.data ?? NO_MODELS;

  const shared = useMemo(() => sharedListQueryOptions(props.queryOptions), [props.queryOptions]);

  const modelsById = useMemo(() => {
    const map = new Map<string, Model>();
    for (const m of models) map.set(m.id, m);
    return map;
  }, [models]);
  const index = useMemo(() => createModelSearchIndex(models), [models]);
  // The first search of a long list runs cold: the engine compiles the search loop while the
  // person waits (a first keystroke of 30 ms at 50,000 models, 20 ms warm). Searched once
  // when the page is idle, it is compiled before anyone types.
  useEffect(() => {
    const { requestIdleCallback: whenIdle, cancelIdleCallback: cancel } = globalThis;
    if (models.length < WARM_SEARCH_FROM || typeof whenIdle !== 'function' || typeof cancel !== 'function') return;
    const id = whenIdle(() => {
      for (const q of ['e', 'en', '']) index.searchIndices(q);
    });
    return () => cancel(id);
  }, [index, models.length]);
  // The list follows each keystroke in the same render, so that its results are painted in
  // the first frame after the key (a deferred value would paint the input first and the list
  // a frame later). Only a list long enough for one search to outlast a frame follows a
  // deferred copy of the query instead, so that typing stays responsive.
  // (A deferred value that changes schedules a second render even when unused: hence '' below.)
  const defer = models.length > DEFER_SEARCH_ABOVE;
  const deferred = useDeferredValue(defer ? query : '');
  const deferredQuery = defer ? deferred : query;
  const searching = deferredQuery.trim().length > 0;
  // Ranked (exact and prefix matches first) in the default order; in the order of a sort the
  // person chose, since that order is the point (cheapest first stays cheapest first).
  const ranked = !sort;
  const matches = useMemo(() => index.searchIndices(deferredQuery, { rank: ranked }), [index, deferredQuery, ranked]);
  // Server search a moment after typing stops, only for what the local matches may lack; the local list narrows at once.
  const { extras, isFetching: searchFetching } = useServerSearch({ enabled: !modelsProp && serverSearch && open, query, searched: deferredQuery, filters: listFilters, list, models, matches, queryOptions: shared });

  const { rows, matchCount } = useMemo(
    () => buildPickerRows({ models, matches, extras, searching, favourites: preferences.favourites, recents: preferences.recents, modelsById, groupBy }),
    [models, matches, extras, searching, preferences.favourites, preferences.recents, modelsById, groupBy],
  );

  // The first option is active after each change of the list; else the chosen model.
  // Set while rendering (not in an effect), so the new list and its active row are one
  // commit and one paint per keystroke, not two.
  // When only the data changed (server search results, a refetch, a new favourite), the
  // active option stays where the person left it. After a new sort or filter the list goes
  // to its top, and stays there when the new order arrives (unless the person moved away).
  const [seen, setSeen] = useState<{
    rows: PickerRows;
    open: boolean;
    searching: boolean;
    query: string;
    value: string | undefined;
    listFilters: ModelsListFilters;
    top: number;
  } | null>(null);
  if (!seen || seen.rows !== rows || seen.open !== open || seen.searching !== searching || seen.value !== value || seen.listFilters !== listFilters) {
    let top = -1;
    if (open) {
      let row = rows.optionRow(0);
      const reordered = !!seen && seen.open && (seen.listFilters !== listFilters || (seen.top >= 0 && seen.top === activeRow && seen.query === deferredQuery));
      const kept = !reordered && seen && seen.open && seen.query === deferredQuery && seen.value === value ? seen.rows.keyAt(activeRow) : undefined;
      const keptRow = kept === undefined ? -1 : rows.indexOfKey(kept);
      if (reordered) {
        top = row;
      } else if (keptRow >= 0) {
        row = keptRow;
      } else if (!searching && value) {
        const i = rows.indexOfModel(value);
        if (i >= 0) row = i;
      }
      setActiveRowState(row);
      setScrollRequest((n) => n + 1);
    }
    setSeen({ rows, open, searching, query: deferredQuery, value, listFilters, top });
  }

  const setOpen = useCallback(
    (next: boolean) => {
      if (disabled && next) return;
      setOpenState(next);
      if (!next) setQueryState('');
    },
    [disabled, setOpenState],
  );
  const select = useCallback(
    (id: string) => {
      setValue(id);
      preferences.addRecent(id);
      setOpen(false);
    },
    [setValue, preferences, setOpen],
  );
  // Pinning changes only a star that assistive technology does not see: say what happened.
  const [announcement, setAnnouncement] = useState('');
  const { isFavourite, toggleFavourite: togglePreference } = preferences;
  const toggleFavourite = useCallback(
    (id: string) => {
      const name = modelsById.get(id)?.name ?? id;
      setAnnouncement(`${isFavourite(id) ? 'Unpinned' : 'Pinned'} ${name}`);
      togglePreference(id);
    },
    [isFavourite, togglePreference, modelsById],
  );
  const setActiveRow = useCallback((row: number, reason: 'keyboard' | 'pointer' = 'keyboard') => {
    setActiveRowState(row);
    if (reason === 'keyboard') setScrollRequest((n) => n + 1);
  }, []);
  const clearFilters = useCallback(() => {
    setFilters(EMPTY_FILTERS);
    setQueryState('');
  }, [setFilters]);

  const baseId = useId();
  const listboxId = `${baseId}-listbox`;
  // While "Try again" runs, the failure stays with its (busy) button rather than skeletons.
  const { retrying, shownError, retry } = useRetry(list.error, list.refetch);
  const status: ModelPickerContextValue['status'] = modelsProp ? 'success' : retrying && list.data === undefined ? 'error' : list.status;
  const ctx: ModelPickerContextValue = {
    value,
    select,
    open,
    setOpen,
    query,
    setQuery: setQueryState,
    filters: stableFilters,
    setFilters,
    sort,
    setSort,
    models,
    modelsById,
    rows,
    matchCount,
    activeRow,
    setActiveRow,
    scrollRequest,
    status,
    error: shownError,
    isFetching: !modelsProp && (list.isFetching || searchFetching),
    isPlaceholderData: list.isPlaceholderData,
    retry,
    retrying,
    preferences,
    toggleFavourite,
    announcement,
    groupBy,
    listboxId,
    inputId: `${baseId}-search`,
    optionId: (row) => `${baseId}-option-${row}`,
    // "Set" as the filter panel reads it (text-only output and zdr: false are not filters).
    hasActiveFilters: hasActiveFilters(stableFilters) || query.length > 0,
    clearFilters,
    disabled,
    queryOptions: shared,
  };

  return (
    <ModelPickerContext.Provider value={ctx}>
      <Popover.Root open={open} onOpenChange={setOpen}>
        {children}
      </Popover.Root>
    </ModelPickerContext.Provider>
  );
}
