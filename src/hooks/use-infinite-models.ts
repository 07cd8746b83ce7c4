'use client';
import { useInfiniteQuery, type InfiniteData, type UseInfiniteQueryOptions } from '@tanstack/react-query';
import type { OpenRouterError } from '../core/errors';
import type { ModelsListFilters, ModelsListResponse } from '../core/types';
import { modelsInfiniteQueryOptions } from '../query/models-infinite-query-options';
import { useOpenRouterClient } from './use-openrouter-client';

type Pages = InfiniteData<ModelsListResponse, number>;
type Key = ReturnType<typeof modelsInfiniteQueryOptions>['queryKey'];

/** `pageSize` and the query options a caller may pass through (`enabled`, `retry`, `staleTime`, ...). */
export type InfiniteModelsOptions = { pageSize?: number } & Omit<
  UseInfiniteQueryOptions<ModelsListResponse, OpenRouterError, Pages, Key, number>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam' | 'select'
>;

/**
 * Paged model list for long catalogues: `fetchNextPage()` loads `pageSize` more. Query
 * options such as `enabled` or `retry: false` pass through.
 *
 * ```tsx
 * const { data, fetchNextPage, hasNextPage } = useInfiniteModels({ sort: 'newest' }, { pageSize: 20, retry: false });
 * ```
 */
export function useInfiniteModels(
  filters?: Omit<ModelsListFilters, 'offset' | 'limit'>,
  { pageSize, ...options }: InfiniteModelsOptions = {},
) {
  const client = useOpenRouterClient();
  return useInfiniteQuery({
    ...modelsInfiniteQueryOptions(client, filters, { pageSize }),
    ...options,
  } as UseInfiniteQueryOptions<ModelsListResponse, OpenRouterError, Pages, Key, number>);
}
