'use client';
import {
  useQuery,
  useSuspenseQuery,
  type UseQueryOptions,
  type UseSuspenseQueryOptions,
} from '@tanstack/react-query';
import type { OpenRouterError } from '../core/errors';
import type { ModelsCountFilters, ModelsCountResponse } from '../core/types';
import { modelCountQueryOptions } from '../query/model-count-query-options';
import type { HookQueryOptions, HookSuspenseQueryOptions } from './types';
import { useOpenRouterClient } from './use-openrouter-client';

type Key = ReturnType<typeof modelCountQueryOptions>['queryKey'];

/** The number of models: `useModelCount({ outputModalities: 'all' }).data?.data.count`. */
export function useModelCount<TSelected = ModelsCountResponse>(
  filters?: ModelsCountFilters,
  options?: HookQueryOptions<ModelsCountResponse, TSelected, Key>,
) {
  const client = useOpenRouterClient();
  return useQuery({ ...modelCountQueryOptions(client, filters), ...options } as UseQueryOptions<
    ModelsCountResponse,
    OpenRouterError,
    TSelected,
    Key
  >);
}

/** `useModelCount` for Suspense. */
export function useSuspenseModelCount<TSelected = ModelsCountResponse>(
  filters?: ModelsCountFilters,
  options?: HookSuspenseQueryOptions<ModelsCountResponse, TSelected, Key>,
) {
  const client = useOpenRouterClient();
  return useSuspenseQuery({
    ...modelCountQueryOptions(client, filters),
    ...options,
  } as UseSuspenseQueryOptions<ModelsCountResponse, OpenRouterError, TSelected, Key>);
}
