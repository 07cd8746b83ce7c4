import type { RetryConfig } from './retry';

/** Options of one call. (The request itself lives in `client.ts`.) */
export interface CallOptions {
  /** Cancels the request (and any wait between retries); surfaces as an AbortError. */
  signal?: AbortSignal;
  /** Overrides the client's retry config for this call. */
  retries?: RetryConfig;
  /** Overrides the client's timeout for this call (ms, per attempt). */
  timeoutMs?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}
