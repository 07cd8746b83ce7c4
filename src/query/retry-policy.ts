import { isRetryableError, retryAfterMsOf } from '../core/errors';
import type { RetryConfig } from '../core/retry';

/**
 * Retries live in one place: TanStack Query's. The option factories call the core with
 * `retries: { strategy: 'none' }` and give the query this policy instead, so the two
 * never multiply.
 */
export const CORE_NO_RETRY: RetryConfig = { strategy: 'none' };

/** Up to 3 retries, only for network errors, timeouts, 429 and 5xx. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 3 && isRetryableError(error);
}

/** Exponential backoff (0.5 s, 1 s, 2 s … at most 30 s), never shorter than a `Retry-After` (any status). */
export function retryDelay(attempt: number, error: unknown): number {
  const backoff = Math.min(500 * 2 ** attempt, 30_000);
  return Math.max(backoff, retryAfterMsOf(error) ?? 0);
}

/** A catalogue that changes a few times a day; the API's edge cache holds it for 5 minutes. */
export const DEFAULT_STALE_TIME = 5 * 60 * 1000;
