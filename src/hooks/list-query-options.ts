import type { ModelsListResponse } from '../core/types';
import type { useModels } from './use-models';

/**
 * Query options for a component's model-list queries: `useModels` options other than
 * `select` and `enabled` (`retry`, `retryDelay`, `staleTime`, `gcTime`, ...). The kit's
 * default retries 5xx, 429 and network errors 3 times before an error shows;
 * `{ retry: false }` shows it at once.
 */
export type ListQueryOptions = Omit<
  NonNullable<Parameters<typeof useModels<ModelsListResponse>>[1]>,
  'select' | 'enabled'
>;

/**
 * Options that hold for any model-list query: `ListQueryOptions` without the data of one
 * list (`initialData`, `placeholderData`), which must not seed the caches of other queries
 * (a server search, the match count, the catalogue behind the author choices).
 */
export type SharedListQueryOptions = Omit<
  ListQueryOptions,
  'initialData' | 'initialDataUpdatedAt' | 'placeholderData'
>;

/** `options` less the data of one list. */
export function sharedListQueryOptions(
  options: ListQueryOptions | undefined,
): SharedListQueryOptions | undefined {
  if (!options) return undefined;
  const { initialData: _data, initialDataUpdatedAt: _at, placeholderData: _placeholder, ...shared } = options;
  return shared;
}
