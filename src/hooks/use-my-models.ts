'use client';
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { OpenRouterError } from '../core/errors';
import type { ModelsListResponse } from '../core/types';
import { myModelsQueryOptions, type MyModelsParams } from '../query/my-models-query-options';
import type { HookQueryOptions } from './types';
import { useOpenRouterClient } from './use-openrouter-client';

type Key = ReturnType<typeof myModelsQueryOptions>['queryKey'];

/**
 * The models this user may use (`GET /models/user`), filtered by their provider
 * preferences, privacy settings and guardrails. With `bearer`: does not run while it is empty
 * (signed out). Without it (omitted): the client's own `apiKey`. The token never enters the
 * query key.
 *
 * ```tsx
 * const { data } = useMyModels({ bearer: session?.openRouterKey, userKey: session?.userId });
 * const { data: own } = useMyModels(); // the provider's apiKey (e.g. an internal tool)
 * ```
 */
export function useMyModels<TSelected = ModelsListResponse>(
  params: MyModelsParams = {},
  options?: HookQueryOptions<ModelsListResponse, TSelected, Key>,
) {
  const client = useOpenRouterClient();
  return useQuery({ ...myModelsQueryOptions(client, params), ...options } as UseQueryOptions<
    ModelsListResponse,
    OpenRouterError,
    TSelected,
    Key
  >);
}
