import type {
  QueryKey,
  QueryKeyWithDataTag,
  UndefinedInitialDataOptions,
  UnusedSkipTokenOptions,
} from '@tanstack/react-query';
import { DEFAULT_BASE_URL, type OpenRouterClient } from '../core/client';
import type { OpenRouterError } from '../core/errors';
import type { KeyScope } from './model-keys';

/** Keys carry the base URL only when it is not the default, so regional hosts and proxies never share a cache entry. */
export function scopeOf(client: OpenRouterClient): KeyScope {
  return client.baseUrl === DEFAULT_BASE_URL ? undefined : { baseUrl: client.baseUrl };
}

/**
 * What the query-option factories return, named rather than inferred: the declaration files
 * then refer to TanStack's own types, which an app compiled with `exactOptionalPropertyTypes`
 * accepts (inferred, they spelled `queryFn?: … | undefined`, which `prefetchQuery` refused).
 */
export type ModelQueryOptions<TData, TKey extends QueryKey> = UnusedSkipTokenOptions<
  TData,
  OpenRouterError,
  TData,
  TKey
> &
  QueryKeyWithDataTag<TKey, TData, OpenRouterError>;
/** The same for a factory whose query may be skipped (`skipToken` until there is a bearer). */
export type SkippableModelQueryOptions<TData, TKey extends QueryKey> = UndefinedInitialDataOptions<
  TData,
  OpenRouterError,
  TData,
  TKey
> &
  QueryKeyWithDataTag<TKey, TData, OpenRouterError>;
