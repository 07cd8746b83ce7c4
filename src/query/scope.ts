import { DEFAULT_BASE_URL, type OpenRouterClient } from '../core/client';
import type { KeyScope } from './model-keys';

/** Keys carry the base URL only when it is not the default, so regional hosts and proxies never share a cache entry. */
export function scopeOf(client: OpenRouterClient): KeyScope {
  return client.baseUrl === DEFAULT_BASE_URL ? undefined : { baseUrl: client.baseUrl };
}
