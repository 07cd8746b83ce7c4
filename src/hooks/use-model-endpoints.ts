'use client';
import {
  useQuery,
  useSuspenseQuery,
  type UseQueryOptions,
  type UseSuspenseQueryOptions,
} from '@tanstack/react-query';
import type { OpenRouterError } from '../core/errors';
import type { ModelRef } from '../core/model-id';
import type { ModelEndpointsResponse } from '../core/types';
import { modelEndpointsQueryOptions } from '../query/model-endpoints-query-options';
import type { HookQueryOptions, HookSuspenseQueryOptions } from './types';
import { useOpenRouterClient } from './use-openrouter-client';

type Key = ReturnType<typeof modelEndpointsQueryOptions>['queryKey'];

/**
 * Who serves a model, at what price, how fast and how reliably:
 * `useModelEndpoints('anthropic/claude-sonnet-4').data?.data.endpoints`. Every component
 * asking for the same model shares one request. Latency and throughput are null unless the
 * provider's client has an `apiKey`. Unknown model: `error` is a `NotFoundError`.
 */
export function useModelEndpoints<TSelected = ModelEndpointsResponse>(
  ref: ModelRef,
  options?: HookQueryOptions<ModelEndpointsResponse, TSelected, Key>,
) {
  const client = useOpenRouterClient();
  return useQuery({ ...modelEndpointsQueryOptions(client, ref), ...options } as UseQueryOptions<
    ModelEndpointsResponse,
    OpenRouterError,
    TSelected,
    Key
  >);
}

/** `useModelEndpoints` for Suspense. */
export function useSuspenseModelEndpoints<TSelected = ModelEndpointsResponse>(
  ref: ModelRef,
  options?: HookSuspenseQueryOptions<ModelEndpointsResponse, TSelected, Key>,
) {
  const client = useOpenRouterClient();
  return useSuspenseQuery({
    ...modelEndpointsQueryOptions(client, ref),
    ...options,
  } as UseSuspenseQueryOptions<ModelEndpointsResponse, OpenRouterError, TSelected, Key>);
}
