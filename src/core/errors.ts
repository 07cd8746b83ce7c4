/**
 * Typed errors. Every error the client throws (except the platform's AbortError
 * for a cancelled request) is an `OpenRouterError`. Messages never carry the API key
 * or a bearer token: they are built from the status, the server's message, and a
 * URL path without its query string.
 */

export interface OpenRouterErrorOptions {
  status?: number;
  code?: number | string;
  metadata?: Record<string, unknown>;
  cause?: unknown;
  /** Body text of the response, trimmed; kept for debugging proxies' HTML pages. */
  body?: string;
  /** The request's method and path (never its query or headers). */
  request?: string;
  /** From `Retry-After`, on any HTTP error that carried it. */
  retryAfterMs?: number;
}

export class OpenRouterError extends Error {
  override name = 'OpenRouterError';
  /** HTTP status, or 0 when no response came back. */
  declare readonly status: number;
  /**
   * `error.code` of the body as the server sent it (number or string), else the HTTP status;
   * undefined when no response came back. The kit's own: `invalid_request`, `missing_bearer`,
   * `invalid_json`, `invalid_shape`.
   */
  declare readonly code: number | string | undefined;
  declare readonly metadata: Record<string, unknown> | undefined;
  declare readonly body: string | undefined;
  /** `GET /models`, `GET /model/openai/gpt-4`, ... */
  declare readonly request: string | undefined;
  /** From `Retry-After` (seconds or HTTP date), when the response carried it (429, 5xx …). */
  declare readonly retryAfterMs: number | undefined;

  constructor(message: string, { cause, ...fields }: OpenRouterErrorOptions = {}) {
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, fields);
    (this as { status: number }).status ??= 0;
  }
}

/** A filter or id that cannot be right, refused before any request. `field` names it. */
export class InvalidRequestError extends OpenRouterError {
  override name = 'InvalidRequestError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`Invalid ${field}: ${message}`, { code: 'invalid_request' });
  }
}

export class BadRequestError extends OpenRouterError {
  override name = 'BadRequestError';
}
export class UnauthorizedError extends OpenRouterError {
  override name = 'UnauthorizedError';
}
export class ForbiddenError extends OpenRouterError {
  override name = 'ForbiddenError';
}
export class NotFoundError extends OpenRouterError {
  override name = 'NotFoundError';
}
export class RateLimitError extends OpenRouterError {
  override name = 'RateLimitError';
}
export class InternalServerError extends OpenRouterError {
  override name = 'InternalServerError';
}
/** Any other 4xx / 5xx (502, 503, 504, 408, ...). */
export class APIError extends OpenRouterError {
  override name = 'APIError';
}
/** No response: DNS, connection refused, CORS, offline. */
export class NetworkError extends OpenRouterError {
  override name = 'NetworkError';
}
/** No response within `timeoutMs`. */
export class TimeoutError extends OpenRouterError {
  override name = 'TimeoutError';
}
/** The body was not the JSON it should be (a proxy's HTML page, truncated JSON, a wrong shape). */
export class ResponseParseError extends OpenRouterError {
  override name = 'ResponseParseError';
}

/** True for errors worth retrying: network, timeout, 429 and 5xx. */
export function isRetryableError(error: unknown): boolean {
  return (
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    (error instanceof OpenRouterError &&
      !(error instanceof InvalidRequestError || error instanceof ResponseParseError) &&
      (error.status == 429 || error.status >= 500))
  );
}

/** The error's `Retry-After` in milliseconds, if it carries one (any status: a 500 may send it too). */
export function retryAfterMsOf(error: unknown): number | undefined {
  return error instanceof OpenRouterError ? error.retryAfterMs : undefined;
}

/** True when `error` is the platform's AbortError (a cancelled request). */
export function isAbortError(error: unknown): boolean {
  return typeof error == 'object' && (error as { name?: unknown } | null)?.name === 'AbortError';
}
