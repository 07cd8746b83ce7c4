import type { ModelsListResponse } from '../core/types';
import type { useModels } from '../hooks/use-models';

/**
 * Query options for a component's model-list queries: `useModels` options other than
 * `select` and `enabled` (`retry`, `retryDelay`, `staleTime`, `gcTime`, ...). The kit's
 * default retries 5xx, 429 and network errors 3 times before an error shows;
 * `{ retry: false }` shows it at once.
 */
export type ListQueryOptions = Omit<NonNullable<Parameters<typeof useModels<ModelsListResponse>>[1]>, 'select' | 'enabled'>;
