import { queryOptions } from '@tanstack/react-query';
import type { OpenRouterClient } from '../core/client';
import type { OpenRouterError } from '../core/errors';
import type { ModelsCountResponse } from '../core/types';
import type { ModelsCountFilters } from '../core/types';
import { modelKeys } from './model-keys';
import { CORE_NO_RETRY, DEFAULT_STALE_TIME, retryDelay, shouldRetry } from './retry-policy';
import { scopeOf, type ModelQueryOptions } from './scope';

/** Query options for `GET /models/count`. */
export function modelCountQueryOptions(
  client: OpenRouterClient,
  filters: ModelsCountFilters = {},
): ModelQueryOptions<ModelsCountResponse, ReturnType<typeof modelKeys.count>> {
  return queryOptions<
    ModelsCountResponse,
    OpenRouterError,
    ModelsCountResponse,
    ReturnType<typeof modelKeys.count>
  >({
    queryKey: modelKeys.count(filters, scopeOf(client)),
    queryFn: ({ signal }) => client.models.count(filters, { signal, retries: CORE_NO_RETRY }),
    staleTime: DEFAULT_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
  });
}
