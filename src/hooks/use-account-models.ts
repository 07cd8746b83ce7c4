'use client';
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { OpenRouterError } from '../core/errors';
import type { ModelsListResponse } from '../core/types';
import { accountModelsQueryOptions } from '../query/account-models-query-options';
import { useOpenRouterClient } from './use-openrouter-client';

/**
 * Internal (the catalogue's account view): the models an account can use, with `bearer` or the
 * provider's `apiKey`. `useMyModels` is the public hook (it needs a bearer).
 */
export function useAccountModels(
  params: { bearer?: string | null | undefined; userKey?: string | undefined },
  options: { enabled?: boolean } = {},
) {
  const client = useOpenRouterClient();
  return useQuery({ ...accountModelsQueryOptions(client, params), ...options } as UseQueryOptions<
    ModelsListResponse,
    OpenRouterError,
    ModelsListResponse
  >);
}
