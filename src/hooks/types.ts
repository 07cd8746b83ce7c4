import type { QueryKey, UseQueryOptions, UseSuspenseQueryOptions } from '@tanstack/react-query';
import type { OpenRouterError } from '../core/errors';

/** Query options a hook's caller may pass through (`select`, `enabled`, `staleTime`, ...). */
export type HookQueryOptions<TData, TSelected = TData, TKey extends QueryKey = QueryKey> = Omit<
  UseQueryOptions<TData, OpenRouterError, TSelected, TKey>,
  'queryKey' | 'queryFn'
>;

export type HookSuspenseQueryOptions<TData, TSelected = TData, TKey extends QueryKey = QueryKey> = Omit<
  UseSuspenseQueryOptions<TData, OpenRouterError, TSelected, TKey>,
  'queryKey' | 'queryFn'
>;
