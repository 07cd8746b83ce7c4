/**
 * `react-openrouter-models/core`: the client alone (no React), its types and its errors.
 * Browsers, Node 20+, edge runtimes.
 */
export { createOpenRouterClient } from './client';
export type { OpenRouterClient, OpenRouterClientOptions } from './client';
export type { CallOptions } from './request';
export type { RetryConfig } from './retry';
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
export type {
  Model,
  ModelsListFilters,
  ModelsCountFilters,
  ModelSort,
  ModelsListResponse,
  ModelResponse,
  ModelsCountResponse,
  DroppedEntry,
} from './types';
export type { ListEndpointsResponse, PublicEndpoint, PercentileStats, EndpointStatus } from './types';
