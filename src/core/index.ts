export { createOpenRouterClient, DEFAULT_BASE_URL } from './client';
export type { OpenRouterClient, OpenRouterClientOptions, ListForUserOptions } from './client';
export type { CallOptions } from './request';
export { DEFAULT_RETRY, DEFAULT_BACKOFF, parseRetryAfter } from './retry';
export type { RetryConfig, BackoffStrategy } from './retry';
export {
  OpenRouterError,
  InvalidRequestError,
  BadRequestError,
  UnauthorizedError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  InternalServerError,
  APIError,
  NetworkError,
  TimeoutError,
  ResponseParseError,
  isRetryableError,
  isAbortError,
} from './errors';
export type { OpenRouterErrorOptions } from './errors';
export { encodeModelsQuery, normalizeModelsFilters } from './encode-query';
export { parseModelId, formatModelId, modelPath, modelIdOf } from './model-id';
export type { ModelRef } from './model-id';
export { parseModel, parseModelsList, parseModelsCount } from './parse';
export * from './types';
// Providers (GET /models/{author}/{slug}/endpoints); the types come with `export * from './types'`.
export { parseEndpointsList } from './parse-endpoints';
