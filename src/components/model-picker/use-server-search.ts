'use client';
import { useEffect, useMemo, useState } from 'react';
import type { Model, ModelsListFilters, ModelsListResponse } from '../../core/types';
import type { SharedListQueryOptions } from '../../hooks/list-query-options';
import { useModels } from '../../hooks/use-models';

/** How long typing must pause before the server is asked. */
export const SERVER_SEARCH_DELAY = 300;
/** The page a server search asks for (`limit`): what it can add beside the local matches. */
export const SERVER_SEARCH_LIMIT = 50;
/**
 * How long a search's answer stays in the cache once nothing shows it: long enough for a
 * backspace to find it again, short enough that typing does not leave one answer per prefix.
 */
export const SERVER_SEARCH_GC_TIME = 1_000;
const NO_MODELS: readonly Model[] = [];

export interface ServerSearchOptions {
  /** Whether the picker may ask the server at all (it fetches its list, `serverSearch` is on, it is open). */
  enabled: boolean;
  /** What the person typed. */
  query: string;
  /** The query that `matches` answers (the list may follow a deferred copy of `query`). */
  searched: string;
  /** The filters (and sort) of the local list. */
  filters: ModelsListFilters;
  /** The local list's query: complete once it holds `data` for these filters, not a placeholder. */
  list: { data?: ModelsListResponse | undefined; isPlaceholderData: boolean };
  /** The local list, and the indices into it that match `searched`. */
  models: readonly Model[];
  matches: ArrayLike<number>;
  queryOptions: SharedListQueryOptions | undefined;
}

/**
 * The picker's server search: a moment after typing pauses, asks `GET /models?q=` for what the
 * local search may have missed, and returns the models found that the local matches lack.
 *
 * It asks only for what it can add. The local list is the whole `/models` answer for its
 * filters when it was fetched with neither `offset` nor `limit` (as the picker fetches it):
 * then a search is sent only when the local matches are fewer than one page
 * (`SERVER_SEARCH_LIMIT`), since the server's `q` may still match models the local search
 * does not; a broad prefix ("c", "cl") with thousands of local matches sends nothing. Any
 * search asks for one page (`limit`), from the start (no `offset`), so no answer is large to
 * parse or hold, and its answers leave the cache soon after they stop showing
 * (`SERVER_SEARCH_GC_TIME`), whatever the app's `gcTime`.
 */
export function useServerSearch({
  enabled,
  query,
  searched,
  filters,
  list,
  models,
  matches,
  queryOptions,
}: ServerSearchOptions) {
  // The trimmed query, once typing has paused; cleared at once.
  const [paused, setPaused] = useState('');
  useEffect(() => {
    const q = query.trim();
    const t = setTimeout(() => setPaused(q), q ? SERVER_SEARCH_DELAY : 0);
    return () => clearTimeout(t);
  }, [query]);

  const current = paused.length > 0 && paused === searched.trim();
  const complete =
    list.data !== undefined &&
    !list.isPlaceholderData &&
    filters.offset === undefined &&
    filters.limit === undefined;
  const worthAsking = current && (!complete || matches.length < SERVER_SEARCH_LIMIT);
  const searchFilters = useMemo(
    () => ({ ...filters, q: paused, offset: undefined, limit: SERVER_SEARCH_LIMIT }),
    [filters, paused],
  );
  const remote = useModels(searchFilters, {
    ...queryOptions,
    gcTime: SERVER_SEARCH_GC_TIME,
    placeholderData: undefined,
    enabled: enabled && worthAsking,
  });

  const data = current ? remote.data : undefined;
  const extras = useMemo(() => {
    if (!data) return NO_MODELS;
    const local = new Set<string>();
    for (let i = 0; i < matches.length; i++) local.add(models[matches[i]].id);
    return data.data.filter((m) => !local.has(m.id));
  }, [data, matches, models]);
  return { extras, isFetching: remote.isFetching };
}
