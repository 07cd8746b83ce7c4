import { useInfiniteQuery } from '@tanstack/react-query';
import type { ModelsListFilters } from '../core/types';
import { modelsInfiniteQueryOptions } from '../query/models-infinite-query-options';
import { useOpenRouterClient } from './use-openrouter-client';

/** Paged model list for long catalogues: `fetchNextPage()` loads `pageSize` more. */
export function useInfiniteModels(filters?: Omit<ModelsListFilters, 'offset' | 'limit'>, { pageSize }: { pageSize?: number } = {}) {
  const client = useOpenRouterClient();
  return useInfiniteQuery(modelsInfiniteQueryOptions(client, filters, { pageSize }));
}
