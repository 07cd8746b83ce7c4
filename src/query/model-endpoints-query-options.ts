import { queryOptions } from '@tanstack/react-query';
import type { OpenRouterClient } from '../core/client';
import type { OpenRouterError } from '../core/errors';
import type { ModelRef } from '../core/model-id';
import type { ModelEndpointsResponse } from '../core/types';
import { modelKeys } from './model-keys';
import { CORE_NO_RETRY, retryDelay, shouldRetry } from './retry-policy';
import { scopeOf, type ModelQueryOptions } from './scope';

/**
 * Providers' figures are 30-minute windows (uptime, latency, throughput) that move between
 * requests, so they go stale sooner than the catalogue (`DEFAULT_STALE_TIME`, 5 minutes).
 */
export const ENDPOINTS_STALE_TIME = 60 * 1000;

/**
 * Query options for a model's providers, `GET /models/{author}/{slug}/endpoints`, with the
 * refs of `modelQueryOptions`. The key sits under the model's own key
 * (`[...modelKeys.detail(ref), 'endpoints']`), so invalidating the model refetches its
 * providers. Latency and throughput are null unless the client has an `apiKey`.
 *
 * ```ts
 * await queryClient.prefetchQuery(modelEndpointsQueryOptions(client, 'anthropic/claude-sonnet-4'));
 * ```
 */
export function modelEndpointsQueryOptions(
  client: OpenRouterClient,
  ref: ModelRef,
): ModelQueryOptions<ModelEndpointsResponse, ReturnType<typeof modelKeys.endpoints>> {
  return queryOptions<
    ModelEndpointsResponse,
    OpenRouterError,
    ModelEndpointsResponse,
    ReturnType<typeof modelKeys.endpoints>
  >({
    queryKey: modelKeys.endpoints(ref, scopeOf(client)),
    queryFn: ({ signal }) => client.models.endpoints(ref, { signal, retries: CORE_NO_RETRY }),
    staleTime: ENDPOINTS_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
  });
}
