import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { OpenRouterClient } from '../core/client';
import type { OpenRouterError } from '../core/errors';
import type { ModelsListResponse } from '../core/types';
import type { ModelsListFilters } from '../core/types';
import { modelKeys } from './model-keys';
import { CORE_NO_RETRY, DEFAULT_STALE_TIME, retryDelay, shouldRetry } from './retry-policy';
import { scopeOf, type ModelQueryOptions } from './scope';

/**
 * Query options for `GET /models` with filters. Usable with `useQuery`, `prefetchQuery`,
 * `ensureQueryData` and `getQueryData` (typed), in a component, a router loader or on a server.
 * While new filters load, the previous list stays as placeholder data.
 *
 * ```ts
 * await queryClient.prefetchQuery(modelsQueryOptions(client, { sort: 'newest' }));
 * const cached = queryClient.getQueryData(modelsQueryOptions(client, { sort: 'newest' }).queryKey);
 * ```
 */
export function modelsQueryOptions(
  client: OpenRouterClient,
  filters: ModelsListFilters = {},
): ModelQueryOptions<ModelsListResponse, ReturnType<typeof modelKeys.list>> {
  return queryOptions<
    ModelsListResponse,
    OpenRouterError,
    ModelsListResponse,
    ReturnType<typeof modelKeys.list>
  >({
    queryKey: modelKeys.list(filters, scopeOf(client)),
    queryFn: ({ signal }) => client.models.list(filters, { signal, retries: CORE_NO_RETRY }),
    staleTime: DEFAULT_STALE_TIME,
    placeholderData: keepPreviousData,
    retry: shouldRetry,
    retryDelay,
  });
}
