import {
  APIError,
  BadRequestError,
  ForbiddenError,
  InternalServerError,
  NetworkError,
  NotFoundError,
  OpenRouterError,
  RateLimitError,
  ResponseParseError,
  TimeoutError,
  UnauthorizedError,
  isAbortError,
  isRetryableError,
  retryAfterMsOf,
  type OpenRouterErrorOptions,
} from './errors';
import { DEFAULT_BACKOFF, abortError, backoffDelay, parseRetryAfter, sleep, type RetryConfig } from './retry';

export interface RequestSettings {
  fetch: typeof globalThis.fetch;
  baseUrl: string;
  headers: Record<string, string>;
  retries: RetryConfig;
  timeoutMs: number;
  /** Strings to scrub from anything that leaves the client as text (keys, tokens). */
  secrets: string[];
}

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

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  402: 'Payment required',
  403: 'Forbidden',
  404: 'Not found',
  408: 'Request timeout',
  429: 'Rate limited',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('[redacted]');
  return out;
}

/** `redact` through a JSON value (strings, array items, object keys and values). */
function redactDeep(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[redact(k, secrets)] = redactDeep(v, secrets);
    return out;
  }
  return value;
}

/**
 * Settles like `promise`, or rejects with an AbortError as soon as `signal` aborts,
 * so a `fetch` (or a body read) that ignores its signal cannot outlive a timeout or an abort.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(promise).then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Redact before calling this: a cut through the middle of a key would leave part of it unredacted. */
function bodySnippet(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 300)}…` : t;
}

function errorFor(status: number, options: OpenRouterErrorOptions & { retryAfterMs?: number }, message: string): OpenRouterError {
  switch (status) {
    case 400:
      return new BadRequestError(message, options);
    case 401:
      return new UnauthorizedError(message, options);
    case 403:
      return new ForbiddenError(message, options);
    case 404:
      return new NotFoundError(message, options);
    case 429:
      return new RateLimitError(message, options);
    case 500:
      return new InternalServerError(message, options);
    default:
      return new APIError(message, options);
  }
}

/** Builds the typed error for a non-2xx response from its body (JSON `{ error }` or anything else). */
export function errorFromResponse(status: number, bodyText: string, retryAfter: string | null, request: string, secrets: readonly string[]): OpenRouterError {
  let code: number | string | undefined;
  let serverMessage: string | undefined;
  let metadata: Record<string, unknown> | undefined;
  try {
    const json: unknown = JSON.parse(bodyText);
    const err = json && typeof json === 'object' ? (json as { error?: unknown }).error : undefined;
    if (err && typeof err === 'object') {
      const e = err as { code?: unknown; message?: unknown; metadata?: unknown };
      if (typeof e.code === 'number') code = e.code;
      else if (typeof e.code === 'string') code = redact(e.code, secrets);
      if (typeof e.message === 'string') serverMessage = e.message;
      // The server may echo a key in its metadata too (e.g. a provider's raw error).
      if (e.metadata && typeof e.metadata === 'object' && !Array.isArray(e.metadata)) metadata = redactDeep(e.metadata, secrets) as Record<string, unknown>;
    } else if (typeof err === 'string') {
      serverMessage = err;
    }
  } catch {
    // Not JSON: a proxy's HTML page or plain text. The status says what happened.
  }
  const label = STATUS_TEXT[status] ?? (status >= 500 ? 'Server error' : 'Request failed');
  const detail = serverMessage ? `: ${serverMessage}` : bodyText.trim() ? ' (the response was not JSON)' : '';
  const message = redact(`${label} (HTTP ${status}) for ${request}${detail}`, secrets);
  const retryAfterMs = parseRetryAfter(retryAfter);
  return errorFor(status, { status, code: code ?? status, metadata, body: bodySnippet(redact(bodyText, secrets)), request, retryAfterMs }, message);
}

/**
 * One GET, with timeout, abort and retries. Resolves with the parsed JSON body of a 2xx
 * response; rejects with an `OpenRouterError` subclass, or the platform's AbortError when
 * `options.signal` aborts.
 */
export async function getJson(settings: RequestSettings, path: string, query: string, options: CallOptions = {}, extraHeaders?: Record<string, string>): Promise<unknown> {
  const retries = options.retries ?? settings.retries;
  const started = Date.now();
  const backoff = retries.strategy === 'backoff' ? { ...DEFAULT_BACKOFF, ...retries.backoff } : undefined;
  const retryConnection = retries.strategy === 'backoff' && retries.retryConnectionErrors !== false;
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptOnce(settings, path, query, options, extraHeaders);
    } catch (error) {
      if (!backoff || isAbortError(error) || !isRetryableError(error)) throw error;
      if (!retryConnection && (error instanceof NetworkError || error instanceof TimeoutError)) throw error;
      const wait = Math.max(backoffDelay(backoff, attempt), retryAfterMsOf(error) ?? 0);
      if (Date.now() - started + wait > backoff.maxElapsedTime) throw error;
      await sleep(wait, options.signal);
    }
  }
}

async function attemptOnce(settings: RequestSettings, path: string, query: string, options: CallOptions, extraHeaders?: Record<string, string>): Promise<unknown> {
  const request = `GET ${path}`;
  const url = `${settings.baseUrl}${path}${query ? `?${query}` : ''}`;
  const userSignal = options.signal;
  if (userSignal?.aborted) throw abortError();
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? settings.timeoutMs;
  let timedOut = false;
  const timer = timeoutMs > 0 && Number.isFinite(timeoutMs)
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs)
    : undefined;
  const onAbort = () => controller.abort();
  userSignal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await untilAborted(
        settings.fetch(url, {
          method: 'GET',
          headers: { Accept: 'application/json', ...settings.headers, ...options.headers, ...extraHeaders },
          signal: controller.signal,
        }),
        controller.signal,
      );
    } catch (cause) {
      if (timedOut) throw new TimeoutError(`No response within ${timeoutMs} ms for ${request}`, { request });
      if (userSignal?.aborted) throw abortError();
      const reason = redact(cause instanceof Error ? cause.message : String(cause), settings.secrets);
      throw new NetworkError(`Network error for ${request}: ${reason}`, { request });
    }
    let text: string;
    try {
      text = await untilAborted(response.text(), controller.signal);
    } catch (cause) {
      if (timedOut) throw new TimeoutError(`The response for ${request} did not finish within ${timeoutMs} ms`, { request, status: response.status });
      if (userSignal?.aborted) throw abortError();
      throw new NetworkError(`The connection dropped while reading the response for ${request}`, { request, status: response.status });
    }
    if (!response.ok) throw errorFromResponse(response.status, text, response.headers.get('retry-after'), request, settings.secrets);
    try {
      return JSON.parse(text);
    } catch {
      const type = response.headers.get('content-type') ?? 'no content type';
      throw new ResponseParseError(`The response for ${request} was not JSON (${type})`, {
        status: response.status,
        code: 'invalid_json',
        request,
        body: bodySnippet(redact(text, settings.secrets)),
      });
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    userSignal?.removeEventListener('abort', onAbort);
  }
}
