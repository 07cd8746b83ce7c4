'use client';
import {
  useQuery,
  useSuspenseQuery,
  type UseQueryOptions,
  type UseSuspenseQueryOptions,
} from '@tanstack/react-query';
import type { OpenRouterError } from '../core/errors';
import type { ModelRef } from '../core/model-id';
import type { ModelResponse } from '../core/types';
import { modelQueryOptions } from '../query/model-query-options';
import type { HookQueryOptions, HookSuspenseQueryOptions } from './types';
import { useOpenRouterClient } from './use-openrouter-client';

type Key = ReturnType<typeof modelQueryOptions>['queryKey'];

/**
 * One model by id: `useModel('openai/gpt-4o')`, `useModel('~anthropic/claude-sonnet-latest')`,
 * `useModel({ author: 'openai', slug: 'gpt-4o:free' })`. Unknown: `error` is a `NotFoundError`.
 */
export function useModel<TSelected = ModelResponse>(
  ref: ModelRef,
  options?: HookQueryOptions<ModelResponse, TSelected, Key>,
) {
  const client = useOpenRouterClient();
  return useQuery({ ...modelQueryOptions(client, ref), ...options } as UseQueryOptions<
    ModelResponse,
    OpenRouterError,
    TSelected,
    Key
  >);
}

/** `useModel` for Suspense. */
export function useSuspenseModel<TSelected = ModelResponse>(
  ref: ModelRef,
  options?: HookSuspenseQueryOptions<ModelResponse, TSelected, Key>,
) {
  const client = useOpenRouterClient();
  return useSuspenseQuery({ ...modelQueryOptions(client, ref), ...options } as UseSuspenseQueryOptions<
    ModelResponse,
    OpenRouterError,
    TSelected,
    Key
  >);
}
