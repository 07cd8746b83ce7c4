import {
  infiniteQueryOptions,
  type InfiniteData,
  type QueryKeyWithDataTag,
  type UnusedSkipTokenInfiniteOptions,
} from '@tanstack/react-query';
import type { OpenRouterClient } from '../core/client';
import type { OpenRouterError } from '../core/errors';
import type { ModelsListFilters, ModelsListResponse } from '../core/types';
import { modelKeys } from './model-keys';
import { CORE_NO_RETRY, DEFAULT_STALE_TIME, retryDelay, shouldRetry } from './retry-policy';
import { scopeOf } from './scope';

/**
 * Paged `GET /models` for `useInfiniteQuery`: pages of `pageSize` (default 100, at most 1000)
 * fetched with `offset` / `limit`; `hasNextPage` is false once a page comes back short or
 * the server's `total_count` is reached.
 */
export function modelsInfiniteQueryOptions(
  client: OpenRouterClient,
  filters: Omit<ModelsListFilters, 'offset' | 'limit'> = {},
  { pageSize = 100 }: { pageSize?: number | undefined } = {},
): UnusedSkipTokenInfiniteOptions<
  ModelsListResponse,
  OpenRouterError,
  InfiniteData<ModelsListResponse, number>,
  ReturnType<typeof modelKeys.infinite>,
  number
> &
  QueryKeyWithDataTag<
    ReturnType<typeof modelKeys.infinite>,
    InfiniteData<ModelsListResponse>,
    OpenRouterError
  > {
  // The return type is named (see scope.ts): inferred, the declaration file spelled
  // `queryFn?: … | undefined`, which prefetchInfiniteQuery refused under exactOptionalPropertyTypes.
  return infiniteQueryOptions<
    ModelsListResponse,
    OpenRouterError,
    InfiniteData<ModelsListResponse, number>,
    ReturnType<typeof modelKeys.infinite>,
    number
  >({
    queryKey: modelKeys.infinite(filters, pageSize, scopeOf(client)),
    queryFn: ({ signal, pageParam }) =>
      client.models.list(
        { ...filters, offset: pageParam, limit: pageSize },
        { signal, retries: CORE_NO_RETRY },
      ),
    initialPageParam: 0,
    getNextPageParam: (lastPage, _all, lastOffset) => {
      const next = lastOffset + pageSize;
      const received = lastPage.data.length + lastPage.dropped.length;
      if (received < pageSize) return undefined;
      // Without the server's total_count (an older server), only a short page ends the list.
      // (A page made by hand may not say: a total other than its own length is the server's.)
      const totalKnown = lastPage.totalCountKnown ?? lastPage.totalCount !== lastPage.data.length;
      return !totalKnown || next < lastPage.totalCount || lastPage.links.next ? next : undefined;
    },
    staleTime: DEFAULT_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
  });
}
