'use client';
import {
  useQuery,
  useSuspenseQuery,
  type UseQueryOptions,
  type UseSuspenseQueryOptions,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { OpenRouterError } from '../core/errors';
import type { ModelsListFilters, ModelsListResponse } from '../core/types';
import { modelsQueryOptions } from '../query/models-query-options';
import type { HookQueryOptions, HookSuspenseQueryOptions } from './types';
import { useOpenRouterClient } from './use-openrouter-client';

type Key = ReturnType<typeof modelsQueryOptions>['queryKey'];

/**
 * The model list for `filters`. The previous list stays on screen while new filters
 * load (`isPlaceholderData`). Query options such as `select`, `enabled` and `staleTime` pass through.
 *
 * ```tsx
 * const { data, isPending, error } = useModels({ inputModalities: ['image'], sort: 'newest' });
 * ```
 */
export function useModels<TSelected = ModelsListResponse>(
  filters?: ModelsListFilters,
  options?: HookQueryOptions<ModelsListResponse, TSelected, Key>,
) {
  const client = useOpenRouterClient();
  // Made again only when the filters object changes: its key reads every filter (a picker
  // renders on each keystroke with the same filters).
  const base = useMemo(() => modelsQueryOptions(client, filters), [client, filters]);
  return useQuery({ ...base, ...options } as UseQueryOptions<
    ModelsListResponse,
    OpenRouterError,
    TSelected,
    Key
  >);
}

/** `useModels` for Suspense: suspends until the list is there; errors go to the nearest error boundary. */
export function useSuspenseModels<TSelected = ModelsListResponse>(
  filters?: ModelsListFilters,
  options?: HookSuspenseQueryOptions<ModelsListResponse, TSelected, Key>,
) {
  const client = useOpenRouterClient();
  const { placeholderData: _placeholder, ...base } = modelsQueryOptions(client, filters);
  return useSuspenseQuery({ ...base, ...options } as UseSuspenseQueryOptions<
    ModelsListResponse,
    OpenRouterError,
    TSelected,
    Key
  >);
}
