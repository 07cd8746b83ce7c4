import { queryOptions, skipToken } from '@tanstack/react-query';
import type { OpenRouterClient } from '../core/client';
import type { OpenRouterError } from '../core/errors';
import type { ModelsListResponse } from '../core/types';
import type { ModelsListForUserParams } from '../core/types';
import { modelKeys, userKeyOf } from './model-keys';
import { CORE_NO_RETRY, DEFAULT_STALE_TIME, retryDelay, shouldRetry } from './retry-policy';
import { scopeOf, type SkippableModelQueryOptions } from './scope';

export interface MyModelsParams extends Omit<ModelsListForUserParams, 'bearer'> {
  /** The user's token. While it is empty (signed out), the query does not run. */
  bearer: string | null | undefined;
  /**
   * A stable, non-secret id for the user (your user id). The cache key uses it instead
   * of the token. Without it, an opaque per-session id is derived from the token.
   */
  userKey?: string;
}

/**
 * Query options for `GET /models/user`. The bearer token never enters the query key
 * (nor the devtools or a persisted cache); two tokens never share an entry. On
 * sign-out: `queryClient.removeQueries({ queryKey: modelKeys.userLists() })`.
 */
export function myModelsQueryOptions(
  client: OpenRouterClient,
  params: MyModelsParams,
): SkippableModelQueryOptions<ModelsListResponse, ReturnType<typeof modelKeys.userList>> {
  const { bearer, userKey, ...filters } = params;
  const user = userKey ?? (bearer ? userKeyOf(bearer) : 'signed-out');
  return queryOptions<
    ModelsListResponse,
    OpenRouterError,
    ModelsListResponse,
    ReturnType<typeof modelKeys.userList>
  >({
    queryKey: modelKeys.userList(user, filters, scopeOf(client)),
    queryFn: bearer
      ? ({ signal }) => client.models.listForUser({ ...filters, bearer }, { signal, retries: CORE_NO_RETRY })
      : skipToken,
    staleTime: DEFAULT_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
  });
}
