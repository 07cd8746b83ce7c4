import { queryOptions } from '@tanstack/react-query';
import type { OpenRouterClient } from '../core/client';
import type { OpenRouterError } from '../core/errors';
import type { ModelsListResponse } from '../core/types';
import { modelKeys } from './model-keys';
import { myModelsQueryOptions } from './my-models-query-options';
import { CORE_NO_RETRY, DEFAULT_STALE_TIME, retryDelay, shouldRetry } from './retry-policy';
import { scopeOf } from './scope';

const clientIds = new WeakMap<OpenRouterClient, string>();
let clients = 0;
/** An opaque id per client object, for the key of a list fetched with the client's own key. */
function clientKeyOf(client: OpenRouterClient): string {
  let id = clientIds.get(client);
  if (!id) clientIds.set(client, (id = `client-${++clients}`));
  return id;
}

/**
 * Internal (the catalogue's account view): `GET /models/user` with `bearer` when there is one
 * (`myModelsQueryOptions`), else with the client's own `apiKey`; a client without one fails with
 * the core's `UnauthorizedError` (status 401) and no request. Neither token enters the key.
 */
export function accountModelsQueryOptions(
  client: OpenRouterClient,
  { bearer, userKey }: { bearer?: string | null | undefined; userKey?: string | undefined },
) {
  if (bearer) return myModelsQueryOptions(client, { bearer, ...(userKey !== undefined && { userKey }) });
  return queryOptions<
    ModelsListResponse,
    OpenRouterError,
    ModelsListResponse,
    ReturnType<typeof modelKeys.userList>
  >({
    queryKey: modelKeys.userList(userKey ?? clientKeyOf(client), {}, scopeOf(client)),
    queryFn: ({ signal }) => client.models.listForUser({}, { signal, retries: CORE_NO_RETRY }),
    staleTime: DEFAULT_STALE_TIME,
    retry: shouldRetry,
    retryDelay,
  });
}
