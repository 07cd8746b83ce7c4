import {
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  OpenRouterError,
  RateLimitError,
  ResponseParseError,
  TimeoutError,
  UnauthorizedError,
  ForbiddenError,
} from '../core/errors';

/**
 * A short title and a sentence a person can act on, for any error a hook returns; `retry` is
 * false when trying again cannot help (a filter the client refused before any request).
 */
export function describeError(error: unknown): { title: string; detail: string; retry: boolean } {
  return { retry: !(error instanceof InvalidRequestError), ...describe(error) };
}

function describe(error: unknown): { title: string; detail: string } {
  if (error instanceof RateLimitError) {
    const s = error.retryAfterMs !== undefined ? Math.ceil(error.retryAfterMs / 1000) : undefined;
    // The wait is in the title too: compact places (a count, a filter's choices) show only the title.
    return {
      title: s ? `Too many requests (asked to wait ${s} s)` : 'Too many requests',
      detail: s
        ? `OpenRouter asked us to wait ${s} s before trying again.`
        : 'OpenRouter is rate limiting requests. Try again in a moment.',
    };
  }
  if (error instanceof NetworkError)
    return {
      title: 'You seem to be offline',
      detail: 'The model list could not be reached. Check the connection and try again.',
    };
  if (error instanceof TimeoutError)
    return { title: 'OpenRouter is slow to answer', detail: 'The request timed out. Try again.' };
  if (error instanceof NotFoundError) return { title: 'Not found', detail: error.message };
  if (error instanceof UnauthorizedError)
    return { title: 'Sign-in needed', detail: 'This list needs a valid OpenRouter key.' };
  if (error instanceof ForbiddenError) return { title: 'Not allowed', detail: error.message };
  if (error instanceof InvalidRequestError)
    return { title: invalidTitle(error.field), detail: error.message };
  if (error instanceof ResponseParseError)
    return {
      title: 'Unexpected response',
      detail: 'OpenRouter (or a proxy in between) sent something that is not the model list. Try again.',
    };
  if (error instanceof OpenRouterError) {
    return {
      title: error.status >= 500 ? 'OpenRouter is having trouble' : 'Request failed',
      detail: error.message,
    };
  }
  return { title: 'Something went wrong', detail: error instanceof Error ? error.message : String(error) };
}

/** The fields of a model id, and the options sent as headers. */
const ID_FIELDS = ['id', 'author', 'slug', 'variant'];
const HEADER_FIELDS = ['headers', 'httpReferer', 'appTitle', 'appCategories', 'apiKey', 'bearer'];

/**
 * The title of bad input, by what was invalid. A filter's name is in the title: compact
 * places (the match count) show only the title.
 */
function invalidTitle(field: string): string {
  if (ID_FIELDS.includes(field)) return 'Invalid model id';
  if (HEADER_FIELDS.includes(field) || field.startsWith('headers.')) return 'Invalid header';
  if (field == 'baseUrl') return 'Invalid base URL';
  return `Invalid filter: ${field}`;
}
