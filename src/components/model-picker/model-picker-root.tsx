'use client';

import { useCallback, useDeferredValue, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import * as Popover from '@radix-ui/react-popover';
import { createModelSearchIndex } from '../../model/search-index';
import type { Model, ModelSort, ModelsListFilters } from '../../core/types';
import { useMyModels } from '../../hooks/use-my-models';
import { useModels } from '../../hooks/use-models';
import { buildPickerRows } from './build-picker-rows';
import {
  ModelPickerActionsContext,
  ModelPickerContext,
  ModelPickerSettingsContext,
  type ModelPickerActions,
  type ModelPickerContextValue,
  type ModelPickerSettings,
  type PickerRows,
} from './model-picker-context';
import { sharedListQueryOptions, type ListQueryOptions } from '../../hooks/list-query-options';
import { useModelPreferences, type PreferenceStorage } from './use-model-preferences';
import { hasActiveFilters, sameFilters } from '../../model/update-filters';
import { useRetry } from '../shared/use-retry';
import { useControllableProp } from '../shared/use-controllable-prop';
import { useStableCallback } from '../shared/use-stable-callback';
import { useServerSearch } from './use-server-search';
import { useSearchWarmUp } from './use-search-warm-up';

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
  /**
   * `'user'`: list `GET /models/user`, the models the user's account may use (after their
   * provider preferences, privacy settings and guardrails), with `bearer` or else the provider's
   * `apiKey`. Filters, sort and the server search do not apply there (the drop-in shows neither
   * filters nor sort); search stays local. Without a token, or on a 401, the list says
   * "Sign in to see the models your account can use". Default `'public'` (`GET /models`).
   */
  scope?: 'public' | 'user';
  /** The user's token for `scope="user"`. Never in a query key, a URL, the DOM or a log. */
  bearer?: string | null | undefined;
  /**
   * Also ask the server (`q`, one page of 50) a moment after typing stops, and add what it finds;
   * only while the local list has fewer than 50 matches (more would only add rows below them).
   * Default true.
   */
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
/** From this many models the search is warmed up when idle, so that the first keystroke is not its first run. */
const WARM_SEARCH_FROM = 2_000;
const NO_MODELS: Model[] = [];

/** Holds the picker's state and data; renders no element of its own besides the popover root. */
export function ModelPickerRoot(props: ModelPickerRootProps) {
  const {
    models: modelsProp,
    scope = 'public',
    bearer,
    groupBy = 'none',
    disabled = false,
    children,
  } = props;
  // The account's list (`GET /models/user`) takes no filters, sort or `q`: no server search there.
  const account = scope === 'user' && !modelsProp;
  const serverSearch = (props.serverSearch ?? true) && !account;
  const [value, setValue] = useControllableProp<string | undefined>({
    passed: 'value' in props,
    prop: props.value,
    defaultProp: props.defaultValue,
    onChange: props.onValueChange as ((id: string | undefined) => void) | undefined,
  });
  const [open, setOpenState] = useControllableProp({
    passed: 'open' in props,
    prop: props.open ?? false,
    defaultProp: props.defaultOpen ?? false,
    onChange: props.onOpenChange,
  });
  const [filters, setFiltersState] = useControllableProp({
    passed: 'filters' in props,
    prop: props.filters ?? EMPTY_FILTERS,
    defaultProp: props.defaultFilters ?? EMPTY_FILTERS,
    onChange: props.onFiltersChange,
  });
  const [sort, setSortState] = useControllableProp<ModelSort | undefined>({
    passed: 'sort' in props,
    prop: props.sort,
    defaultProp: props.defaultSort,
    onChange: props.onSortChange,
  });
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
  const listFilters = useMemo(
    () => (sort ? { ...stableFilters, sort } : stableFilters),
    [stableFilters, sort],
  );
  const list = useModels(listFilters, { ...props.queryOptions, enabled: !modelsProp && !account });
  // Both hooks are called (hooks cannot be conditional), each enabled for its scope.
  // A token when there is one, else the provider's apiKey (omitted `bearer`).
  const mine = useMyModels(bearer ? { bearer } : {}, { ...props.queryOptions, enabled: account } as {
    enabled: boolean;
  });
  const source = account ? mine : list;
  // No token, or a token the server refused: a calm "Sign in", not an error to try again.
  const signIn = account && (source.error as { status?: number } | null)?.status === 401;
  const models = modelsProp ?? source.data?.data ?? NO_MODELS;

  const shared = useMemo(() => sharedListQueryOptions(props.queryOptions), [props.queryOptions]);

  const modelsById = useMemo(() => {
    const map = new Map<string, Model>();
    for (const m of models) map.set(m.id, m);
    return map;
  }, [models]);
  const index = useMemo(() => createModelSearchIndex(models), [models]);
  // The list follows each keystroke in the same render, so that its results are painted in
  // the first frame after the key (a deferred value would paint the input first and the list
  // a frame later). Only a list long enough for one search to outlast a frame follows a
  // deferred copy of the query instead, so that typing stays responsive.
  // (A deferred value that changes schedules a second render even when unused: hence '' below.)
  const defer = models.length > DEFER_SEARCH_ABOVE;
  const deferred = useDeferredValue(defer ? query : '');
  const deferredQuery = defer ? deferred : query;
  const searching = deferredQuery.trim().length > 0;
  // The first search of a long list would run cold: the engine compiles the search while the
  // person waits for their first letter. Searched when the page is idle, it is compiled before.
  useSearchWarmUp(index, models.length >= WARM_SEARCH_FROM && !searching);
  // Ranked (exact and prefix matches first) in the default order; in the order of a sort the
  // person chose, since that order is the point (cheapest first stays cheapest first).
  const ranked = !sort;
  const matches = useMemo(
    () => index.searchIndices(deferredQuery, { rank: ranked }),
    [index, deferredQuery, ranked],
  );
  // Server search a moment after typing stops, only for what the local matches may lack; the local list narrows at once.
  const { extras, isFetching: searchFetching } = useServerSearch({
    enabled: !modelsProp && serverSearch && open,
    query,
    searched: deferredQuery,
    filters: listFilters,
    list,
    models,
    matches,
    queryOptions: shared,
  });

  const { rows, matchCount } = useMemo(
    () =>
      buildPickerRows({
        models,
        matches,
        extras: account ? NO_MODELS : extras,
        searching,
        favourites: preferences.favourites,
        recents: preferences.recents,
        modelsById,
        groupBy,
      }),
    [
      models,
      matches,
      extras,
      account,
      searching,
      preferences.favourites,
      preferences.recents,
      modelsById,
      groupBy,
    ],
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
  if (
    !seen ||
    seen.rows !== rows ||
    seen.open !== open ||
    seen.searching !== searching ||
    seen.value !== value ||
    seen.listFilters !== listFilters
  ) {
    let top = -1;
    if (open) {
      let row = rows.optionRow(0);
      const reordered =
        !!seen &&
        seen.open &&
        (seen.listFilters !== listFilters ||
          (seen.top >= 0 && seen.top === activeRow && seen.query === deferredQuery));
      const kept =
        !reordered && seen && seen.open && seen.query === deferredQuery && seen.value === value
          ? seen.rows.keyAt(activeRow)
          : undefined;
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

  // The actions are the same functions for the picker's life (they call the latest state), so
  // that the parts which only act do not render again when the state changes.
  const setOpen = useStableCallback((next: boolean) => {
    if (disabled && next) return;
    setOpenState(next);
    if (!next) setQueryState('');
  });
  const select = useStableCallback((id: string) => {
    setValue(id);
    preferences.addRecent(id);
    setOpen(false);
  });
  // Pinning changes only a star that assistive technology does not see: say what happened.
  const [announcement, setAnnouncement] = useState('');
  const toggleFavourite = useStableCallback((id: string) => {
    const name = modelsById.get(id)?.name ?? id;
    setAnnouncement(`${preferences.isFavourite(id) ? 'Unpinned' : 'Pinned'} ${name}`);
    preferences.toggleFavourite(id);
  });
  const setActiveRow = useCallback((row: number, reason: 'keyboard' | 'pointer' = 'keyboard') => {
    setActiveRowState(row);
    if (reason === 'keyboard') setScrollRequest((n) => n + 1);
  }, []);
  const setFilters = useStableCallback(setFiltersState);
  const setSort = useStableCallback(setSortState);
  const clearFilters = useStableCallback(() => {
    setFilters(EMPTY_FILTERS);
    setQueryState('');
  });

  const baseId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const filtersToggleRef = useRef<HTMLButtonElement>(null);
  const actions = useMemo<ModelPickerActions>(
    () => ({
      select,
      setOpen,
      setQuery: setQueryState,
      setFilters,
      setSort,
      setActiveRow,
      toggleFavourite,
      clearFilters,
      listboxId: `${baseId}-listbox`,
      inputId: `${baseId}-search`,
      optionId: (row) => `${baseId}-option-${row}`,
      inputRef,
      filtersToggleRef,
    }),
    [select, setOpen, setFilters, setSort, setActiveRow, toggleFavourite, clearFilters, baseId],
  );

  // While "Try again" runs, the failure stays with its (busy) button rather than skeletons.
  const { retrying, shownError, retry } = useRetry(signIn ? null : source.error, source.refetch);
  const status: ModelPickerContextValue['status'] =
    modelsProp || signIn ? 'success' : retrying && source.data === undefined ? 'error' : source.status;
  const settings = useMemo<ModelPickerSettings>(
    () => ({ value, open, filters: stableFilters, sort, modelsById, status, disabled, queryOptions: shared }),
    [value, open, stableFilters, sort, modelsById, status, disabled, shared],
  );
  const isFetching = !modelsProp && (list.isFetching || searchFetching);
  // "Set" as the filter panel reads it (text-only output and zdr: false are not filters).
  const anyFilter = hasActiveFilters(stableFilters) || query.length > 0;
  const ctx = useMemo<ModelPickerContextValue>(
    () => ({
      ...settings,
      ...actions,
      query,
      models,
      rows,
      matchCount,
      activeRow,
      scrollRequest,
      error: shownError,
      isFetching: account ? mine.isFetching : isFetching,
      isPlaceholderData: source.isPlaceholderData,
      signIn,
      retry,
      retrying,
      preferences,
      announcement,
      groupBy,
      hasActiveFilters: anyFilter,
    }),
    [
      settings,
      actions,
      query,
      models,
      rows,
      matchCount,
      activeRow,
      scrollRequest,
      shownError,
      isFetching,
      account,
      mine.isFetching,
      source.isPlaceholderData,
      signIn,
      retry,
      retrying,
      preferences,
      announcement,
      groupBy,
      anyFilter,
    ],
  );

  return (
    <ModelPickerActionsContext.Provider value={actions}>
      <ModelPickerSettingsContext.Provider value={settings}>
        <ModelPickerContext.Provider value={ctx}>
          <Popover.Root open={open} onOpenChange={setOpen}>
            {children}
          </Popover.Root>
        </ModelPickerContext.Provider>
      </ModelPickerSettingsContext.Provider>
    </ModelPickerActionsContext.Provider>
  );
}
