import { queryOptions } from '@tanstack/react-query';
import type { OpenRouterClient } from '../core/client';
import type { OpenRouterError } from '../core/errors';
import type { ModelResponse } from '../core/types';
import type { ModelRef } from '../core/model-id';
import { modelKeys } from './model-keys';
import { CORE_NO_RETRY, DEFAULT_STALE_TIME, retryDelay, shouldRetry } from './retry-policy';
import { scopeOf, type ModelQueryOptions } from './scope';

/**
 * Query options for one model, `GET /model/{author}/{slug}`: `'openai/gpt-4:free'`,
 * `'~anthropic/claude-sonnet-latest'` or `{ author, slug }`. An unknown id ends in a
 * `NotFoundError` after one request; a malformed one in an `InvalidRequestError` after none.
 */
export function modelQueryOptions(
  client: OpenRouterClient,
  ref: ModelRef,
): ModelQueryOptions<ModelResponse, ReturnType<typeof modelKeys.detail>> {
  return queryOptions<ModelResponse, OpenRouterError, ModelResponse, ReturnType<typeof modelKeys.detail>>({
    queryKey: modelKeys.detail(ref, scopeOf(client)),
    queryFn: ({ signal }) => client.models.get(ref, { signal, retries: CORE_NO_RETRY }),
    staleTime: DEFAULT_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
  });
}
