import { modelIdOf, type ModelRef } from '../core/model-id';
import { normalizeModelsFilters } from '../core/encode-query';
import type { ModelsCountFilters, ModelsListFilters } from '../core/types';

/** Query-key scope: present only when a client talks to a base URL other than the default. */
export type KeyScope = { baseUrl: string } | undefined;

function normalized<F extends object>(filters: F | undefined): F {
  try {
    return normalizeModelsFilters((filters ?? {}) as ModelsListFilters) as F;
  } catch {
    // Invalid filters still need a stable key; the query function reports the error.
    return { invalid: safeJson(filters) } as unknown as F;
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function canonicalId(ref: ModelRef): string {
  // An empty id (a disabled lookup: nothing chosen yet) is common; don't build an error for it.
  if (ref === '') return '';
  try {
    return modelIdOf(ref);
  } catch {
    return typeof ref === 'string' ? ref : safeJson(ref);
  }
}

/** Adds the scope at the end of a key when there is one. One key type either way: `[...key, ...scope[]]`. */
const withScope = <K extends readonly unknown[]>(
  key: K,
  scope: KeyScope,
): readonly [...K, ...{ baseUrl: string }[]] =>
  (scope ? [...key, scope] : key) as readonly [...K, ...{ baseUrl: string }[]];

/**
 * The one key factory, general to specific, rooted at `['openrouter']`. Filters are
 * normalised: equal filters give equal keys whatever their order or undefined values.
 *
 * ```ts
 * queryClient.invalidateQueries({ queryKey: modelKeys.all });          // everything
 * queryClient.invalidateQueries({ queryKey: modelKeys.lists() });      // every list
 * queryClient.removeQueries({ queryKey: modelKeys.userLists() });      // sign-out
 * ```
 */
export const modelKeys = {
  all: ['openrouter'] as const,
  models: () => ['openrouter', 'models'] as const,
  lists: () => ['openrouter', 'models', 'list'] as const,
  list: (filters?: ModelsListFilters, scope?: KeyScope) =>
    withScope(['openrouter', 'models', 'list', normalized(filters)] as const, scope),
  infiniteLists: () => ['openrouter', 'models', 'infinite'] as const,
  infinite: (filters?: Omit<ModelsListFilters, 'offset' | 'limit'>, pageSize?: number, scope?: KeyScope) =>
    withScope(
      ['openrouter', 'models', 'infinite', normalized(filters), { pageSize: pageSize ?? null }] as const,
      scope,
    ),
  details: () => ['openrouter', 'models', 'detail'] as const,
  detail: (ref: ModelRef, scope?: KeyScope) =>
    withScope(['openrouter', 'models', 'detail', canonicalId(ref)] as const, scope),
  /** A model's providers, under the model's own key: invalidating `detail(ref)` refetches them too. */
  endpoints: (ref: ModelRef, scope?: KeyScope) => [...modelKeys.detail(ref, scope), 'endpoints'] as const,
  counts: () => ['openrouter', 'models', 'count'] as const,
  count: (filters?: ModelsCountFilters, scope?: KeyScope) =>
    withScope(['openrouter', 'models', 'count', normalized(filters)] as const, scope),
  /** Every per-user list, of every user: remove these on sign-out. */
  userLists: () => ['openrouter', 'models', 'user'] as const,
  /** One user's list. `user` is an opaque id (see `userKeyOf`), never the token. */
  userList: (user: string, filters?: Omit<ModelsListFilters, never>, scope?: KeyScope) =>
    withScope(['openrouter', 'models', 'user', user, normalized(filters)] as const, scope),
};

const tokenIds = new Map<string, string>();

/**
 * An opaque, per-page-session id for a bearer token, for use in query keys: the same
 * token gives the same id, two tokens never share one, and the id reveals nothing of
 * the token. Prefer passing your own stable `userKey` (e.g. your user's id).
 */
export function userKeyOf(bearer: string): string {
  let id = tokenIds.get(bearer);
  if (!id) {
    id = `token-${tokenIds.size + 1}`;
    tokenIds.set(bearer, id);
  }
  return id;
}
