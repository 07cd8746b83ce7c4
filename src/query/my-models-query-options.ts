import { queryOptions, skipToken } from '@tanstack/react-query';
import type { OpenRouterClient } from '../core/client';
import type { OpenRouterError } from '../core/errors';
import type { ModelsListResponse } from '../core/types';
import type { ModelsListForUserParams } from '../core/types';
import { modelKeys, userKeyOf } from './model-keys';
import { CORE_NO_RETRY, DEFAULT_STALE_TIME, retryDelay, shouldRetry } from './retry-policy';
import { scopeOf, type SkippableModelQueryOptions } from './scope';

export interface MyModelsParams extends Omit<ModelsListForUserParams, 'bearer'> {
  /**
   * The user's token. Passed but empty (signed out): the query does not run. Omitted: the
   * client's own `apiKey` (on a server, or a client made with the user's key); a client without
   * one fails with `UnauthorizedError` (`code: 'missing_bearer'`, status 401) and sends nothing.
   */
  bearer?: string | null | undefined;
  /**
   * A stable, non-secret id for the user (your user id). The cache key uses it instead
   * of the token. Without it, an opaque per-session id is derived from the token (or, with the
   * client's own key, from the client object).
   */
  userKey?: string;
}

const clientIds = new WeakMap<OpenRouterClient, string>();
let clients = 0;
/** An opaque id per client object, for the key of a list fetched with the client's own key. */
function clientKeyOf(client: OpenRouterClient): string {
  let id = clientIds.get(client);
  if (!id) clientIds.set(client, (id = `client-${++clients}`));
  return id;
}

/**
 * Query options for `GET /models/user`: with `bearer`, or, when `bearer` is omitted, with the
 * client's own `apiKey`. The bearer token never enters the query key (nor the devtools or a
 * persisted cache); two tokens never share an entry. On sign-out:
 * `queryClient.removeQueries({ queryKey: modelKeys.userLists() })`.
 */
export function myModelsQueryOptions(
  client: OpenRouterClient,
  params: MyModelsParams = {},
): SkippableModelQueryOptions<ModelsListResponse, ReturnType<typeof modelKeys.userList>> {
  const { bearer, userKey, ...filters } = params;
  const own = !('bearer' in params);
  const user = userKey ?? (own ? clientKeyOf(client) : bearer ? userKeyOf(bearer) : 'signed-out');
  return queryOptions<
    ModelsListResponse,
    OpenRouterError,
    ModelsListResponse,
    ReturnType<typeof modelKeys.userList>
  >({
    queryKey: modelKeys.userList(user, filters, scopeOf(client)),
    queryFn:
      own || bearer
        ? ({ signal }) =>
            client.models.listForUser(own ? filters : { ...filters, bearer: bearer! }, {
              signal,
              retries: CORE_NO_RETRY,
            })
        : skipToken,
    staleTime: DEFAULT_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
  });
}
