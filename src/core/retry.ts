/**
 * Retries, shaped like the official SDKs' `RetryConfig`. They apply to network
 * errors and timeouts (when `retryConnectionErrors`), 429 and 5xx; never to other 4xx.
 * A `Retry-After` on any of these responses is honoured: the next attempt never comes sooner.
 * When that wait would pass `maxElapsedTime`, the call gives up with the error at once.
 */
export interface BackoffStrategy {
  /** First delay in ms. Default 500. */
  initialInterval: number;
  /** Largest delay in ms. Default 10,000. */
  maxInterval: number;
  /** Growth factor between attempts. Default 1.5. */
  exponent: number;
  /** Give up once this much time (ms) has passed since the first attempt. Default 30,000. */
  maxElapsedTime: number;
}

export type RetryConfig =
  | { strategy: 'none' }
  | {
      strategy: 'backoff';
      backoff?: Partial<BackoffStrategy>;
      /** Retry network errors and timeouts too. Default true. */
      retryConnectionErrors?: boolean;
    };

export const DEFAULT_BACKOFF: BackoffStrategy = {
  initialInterval: 500,
  maxInterval: 10_000,
  exponent: 1.5,
  maxElapsedTime: 30_000,
};

export const DEFAULT_RETRY: RetryConfig = {
  strategy: 'backoff',
  backoff: DEFAULT_BACKOFF,
  retryConnectionErrors: true,
};

/** The delay before retry number `attempt` (0-based). */
export function backoffDelay(backoff: BackoffStrategy, attempt: number): number {
  return Math.min(backoff.maxInterval, backoff.initialInterval * backoff.exponent ** attempt);
}

/**
 * `Retry-After` as milliseconds: a number of seconds or an HTTP date. Undefined
 * when absent or unreadable; 0 for a date in the past.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(+v * 1000);
  const date = Date.parse(v);
  return date == date ? Math.max(0, date - now) : undefined;
}

/** The platform's AbortError (a DOMException named "AbortError"). */
export function abortError(): Error {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Settles like `promise`, or rejects with the abort reason as soon as `signal` aborts, so a
 * `fetch` (or a body read, or a wait) that ignores its signal cannot outlive a timeout or an
 * abort. `signal` should be the caller's own, short-lived one: the listener is not removed.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort);
    Promise.resolve(promise).then(resolve, reject);
  });
}

/** Waits `ms`, or rejects with the abort reason when `signal` aborts first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout>;
  return untilAborted(new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), signal).finally(() =>
    clearTimeout(timer),
  );
}
