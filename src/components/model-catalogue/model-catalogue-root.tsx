'use client';
import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
} from 'react';
import type { ModelsListFilters } from '../../core/types';
import { useMyModels } from '../../hooks/use-my-models';
import { useInfiniteModels } from '../../hooks/use-infinite-models';
import { useModels } from '../../hooks/use-models';
import { useUrlModelsState, type HistoryMode } from '../../hooks/use-url-models-state';
import { clearFilters, hasActiveFilters } from '../../model/update-filters';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  type ModelsUrlState,
  type SearchParamsInput,
} from '../../model/url-state';
import type { PreferenceStorage } from '../model-picker/use-model-preferences';
import { cx } from '../shared/cx';
import { useControllableProp } from '../shared/use-controllable-prop';
import { useRetry } from '../shared/use-retry';
import {
  ModelCatalogueContext,
  type ModelCatalogueContextValue,
  type ModelCatalogueView,
} from './model-catalogue-context';
import { useStoredView } from './use-stored-view';

export interface ModelCatalogueRootProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'defaultValue' | 'onChange'
> {
  /**
   * The filters, sort, search and open details, controlled (e.g. by your router). Passing it turns
   * the URL state off: hand `details` back as the rest, or no details dialog opens.
   */
  state?: ModelsUrlState | undefined;
  /** The initial state when neither controlled nor in the URL. */
  defaultState?: ModelsUrlState;
  /** Called with each new state and how it should enter the history (`replace` while typing). */
  onStateChange?: (state: ModelsUrlState, options: { history: HistoryMode }) => void;
  /** Keep the state in the page's URL (`history.pushState`, no router). Default true; `false` keeps it in memory. */
  urlState?: boolean;
  /**
   * On a server: the request's search parameters (a string, `URLSearchParams`, or Next.js's
   * awaited `searchParams`), so the server renders the URL's filters.
   */
  serverSearch?: SearchParamsInput | undefined;
  /** `'user'`: offer the account view, `GET /models/user` (with `bearer` or the provider's `apiKey`). Default `'public'`. */
  scope?: 'public' | 'user';
  /** The user's token for the account view. Never in a key, a URL, the DOM or a log. */
  bearer?: string | null | undefined;
  /** A stable, non-secret id of the user for the cache key (else an opaque per-session id). */
  userKey?: string | undefined;
  /** "Only models my account can use", controlled. Default on in the account view. */
  onlyMine?: boolean | undefined;
  defaultOnlyMine?: boolean;
  onOnlyMineChange?: (on: boolean) => void;
  /** Cards or table, controlled; else remembered in `storage`. */
  view?: ModelCatalogueView | undefined;
  defaultView?: ModelCatalogueView;
  onViewChange?: (view: ModelCatalogueView) => void;
  /** Where the view choice is kept: `localStorage` by default; `null` for memory only. */
  storage?: PreferenceStorage | null | undefined;
  storageKey?: string;
  /** Models per page. Default 24. */
  pageSize?: number;
  /** `'infinite'` (default): the next page loads as the end of the list scrolls into view; `'button'`: on "Show more" only. */
  paging?: 'button' | 'infinite';
  /** Query options for the list queries (`retry`, `staleTime`, …). */
  queryOptions?: { retry?: boolean | number; staleTime?: number; gcTime?: number };
}

const EMPTY_STATE: ModelsUrlState = { filters: {} };

/** A stable identity for a state: its canonical query string. */
const keyOf = (state: ModelsUrlState) => filtersToSearchParams(state).toString();

/** The state less the open details: what the list depends on. */
function withoutDetails(state: ModelsUrlState): ModelsUrlState {
  const { details: _details, ...rest } = state;
  return rest;
}

/**
 * The catalogue's state and data, for its parts: filters, sort, search and the open details (in
 * the URL by default, or controlled), the list (paged over `useInfiniteModels`, or the account's
 * models) and the view (cards or table). Renders a `div` (`data-slot="model-catalogue"`).
 */
export const ModelCatalogueRoot = forwardRef<HTMLDivElement, ModelCatalogueRootProps>(
  function ModelCatalogueRoot(props, ref) {
    const {
      state: stateProp,
      defaultState = EMPTY_STATE,
      onStateChange,
      urlState = true,
      serverSearch,
      scope = 'public',
      bearer,
      userKey,
      onlyMine: onlyMineProp,
      defaultOnlyMine = true,
      onOnlyMineChange,
      view: viewProp,
      defaultView = 'cards',
      onViewChange,
      storage,
      storageKey = 'react-openrouter-models:catalogue-view',
      pageSize = 24,
      paging = 'infinite',
      queryOptions,
      className,
      children,
      ...rest
    } = props;

    // ---- state: controlled, else the URL, else memory
    const controlled = 'state' in props && stateProp !== undefined;
    const url = useUrlModelsState({
      enabled: urlState && !controlled,
      ...(serverSearch !== undefined && { serverSearch }),
    });
    const [local, setLocal] = useState<ModelsUrlState>(defaultState);
    const current = controlled ? stateProp : urlState ? url.state : local;
    // Parts compare by value: a router that hands a new object each render keeps the same state.
    const stateKey = keyOf(current);
    const state = useMemo(() => filtersFromSearchParams(stateKey).state, [stateKey]);
    // The list's own key: opening or closing the details changes the state, not the list (no
    // refetch, and the pages shown so far stay).
    const listKey = useMemo(() => keyOf(withoutDetails(state)), [state]);
    const setUrlState = url.setState;
    const latest = useRef(state);
    latest.current = state;
    const setState = useCallback<ModelCatalogueContextValue['setState']>(
      (next, { history = 'push' } = {}) => {
        const value = typeof next === 'function' ? next(latest.current) : next;
        if (keyOf(value) === keyOf(latest.current)) return;
        latest.current = value;
        if (!controlled) {
          if (urlState) setUrlState(value, { history });
          else setLocal(value);
        }
        onStateChange?.(value, { history });
      },
      [controlled, urlState, setUrlState, onStateChange],
    );
    const filters = useMemo(() => {
      const { filters: only, sort, q } = filtersFromSearchParams(listKey).state;
      return { ...only, ...(sort !== undefined && { sort }), ...(q !== undefined && { q }) };
    }, [listKey]);
    const clear = useCallback(() => {
      setState((s) => ({
        filters: clearFilters(s.filters) as ModelsUrlState['filters'],
        ...(s.sort !== undefined && { sort: s.sort }),
        ...(s.details !== undefined && { details: s.details }),
      }));
    }, [setState]);

    // ---- view and account switch
    const [storedView, setStoredView] = useStoredView(storage, storageKey, defaultView);
    const [view = storedView, setViewState] = useControllableProp<ModelCatalogueView | undefined>({
      passed: 'view' in props,
      prop: viewProp,
      defaultProp: undefined,
      onChange: (v) => v && onViewChange?.(v),
      caller: 'ModelCatalogue',
    });
    const setView = useCallback(
      (next: ModelCatalogueView) => {
        setStoredView(next);
        setViewState(next);
      },
      [setStoredView, setViewState],
    );
    const [onlyMine = defaultOnlyMine, setOnlyMine] = useControllableProp<boolean | undefined>({
      passed: 'onlyMine' in props,
      prop: onlyMineProp,
      defaultProp: defaultOnlyMine,
      onChange: (v) => v !== undefined && onOnlyMineChange?.(v),
      caller: 'ModelCatalogue',
    });
    const account = scope === 'user' && onlyMine;

    // ---- data: pages of GET /models, or the account's models among the filtered list
    const options = queryOptions ?? {};
    const pages = useInfiniteModels(filters, { pageSize, ...options, enabled: !account });
    // A token when there is one, else the provider's apiKey (omitted `bearer`).
    const mine = useMyModels({ ...(bearer && { bearer }), ...(userKey !== undefined && { userKey }) }, {
      ...options,
      enabled: account,
    } as { enabled: boolean });
    // The account's list takes no filters: with a filter, sort or search, its models are found
    // among the public list for them (the whole list, one request); with none, it is shown as is.
    const narrowed = hasActiveFilters(filters as ModelsListFilters, []);
    const all = useModels(filters as ModelsListFilters, { ...options, enabled: account && narrowed });
    const [shownPages, setShownPages] = useState(1);
    useEffect(() => setShownPages(1), [listKey, account]);

    const accountModels = useMemo(() => {
      if (!account || !mine.data) return undefined;
      if (!narrowed) return mine.data.data;
      if (!all.data) return undefined;
      const ids = new Set(mine.data.data.map((m) => m.id));
      return all.data.data.filter((m) => ids.has(m.id));
    }, [account, narrowed, mine.data, all.data]);

    const signIn = account && (mine.error as { status?: number } | null)?.status === 401;
    const query = account ? (mine.error ? mine : all) : pages;
    const refetch = useCallback(
      () => (account ? Promise.all([mine.refetch(), narrowed && all.refetch()]) : pages.refetch()),
      [account, narrowed, mine, all, pages],
    );
    const { retrying, shownError, retry } = useRetry(signIn ? null : query.error, refetch);

    let models: ModelCatalogueContextValue['models'];
    let total: number | undefined;
    let hasMore: boolean;
    if (account) {
      const found = accountModels ?? [];
      models = found.slice(0, shownPages * pageSize);
      total = accountModels?.length;
      hasMore = models.length < found.length;
    } else {
      models = pages.data?.pages.flatMap((p) => p.data) ?? [];
      const first = pages.data?.pages[0];
      total = first && (first.totalCountKnown || !pages.hasNextPage) ? first.totalCount : undefined;
      if (first && !pages.hasNextPage) total = models.length;
      hasMore = pages.hasNextPage;
    }
    const loading = account
      ? (mine.isPending || (narrowed && all.isPending)) && !mine.error && !all.error
      : pages.isPending && !pages.error;
    const status: ModelCatalogueContextValue['status'] = signIn
      ? 'sign-in'
      : shownError && models.length === 0
        ? 'error'
        : loading
          ? 'loading'
          : models.length === 0
            ? 'empty'
            : 'ready';
    const loadingMore = !account && pages.isFetchingNextPage;
    const loadMore = useCallback(() => {
      if (account) setShownPages((n) => n + 1);
      else if (pages.hasNextPage && !pages.isFetchingNextPage) void pages.fetchNextPage();
    }, [account, pages]);

    // ---- the open details: URL state too (a link opens them; Back closes them)
    // Opening pushes a history entry, so Back (a phone's back gesture above all) closes the
    // dialog and Forward opens it again. Closing is a 'replace': after an open from this page it
    // goes back to the entry the dialog was opened from (useUrlModelsState), so Back after
    // closing leaves the page, as it would have before opening; a dialog opened from a link has
    // no such entry, and closing rewrites the current one. Never a pushed close: Back would
    // open the dialog the person just closed.
    const openDetails = useCallback(
      (id: string) => setState((s) => ({ ...s, details: id }), { history: 'push' }),
      [setState],
    );
    const closeDetails = useCallback(
      () => setState((s) => withoutDetails(s), { history: 'replace' }),
      [setState],
    );
    const baseId = useId();
    const value: ModelCatalogueContextValue = {
      state,
      setState,
      filters,
      clear,
      view,
      setView,
      scope,
      onlyMine,
      setOnlyMine: (on) => setOnlyMine(on),
      models,
      total,
      status,
      error: shownError,
      retry,
      retrying,
      refreshing:
        status === 'ready' &&
        (account ? all.isFetching || mine.isFetching : pages.isFetching && !pages.isFetchingNextPage),
      hasMore,
      loadingMore,
      loadMore,
      paging,
      detailsId: state.details,
      openDetails,
      closeDetails,
      ids: { results: `${baseId}-results`, heading: `${baseId}-heading` },
    };

    return (
      <ModelCatalogueContext.Provider value={value}>
        <div
          ref={ref}
          data-orm=""
          data-slot="model-catalogue"
          data-state={status}
          data-view={view}
          className={cx(className)}
          {...rest}
        >
          {children}
        </div>
      </ModelCatalogueContext.Provider>
    );
  },
);
