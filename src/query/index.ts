export { modelKeys, userKeyOf } from './model-keys';
export type { KeyScope } from './model-keys';
export { modelsQueryOptions } from './models-query-options';
export { modelQueryOptions } from './model-query-options';
export { modelCountQueryOptions } from './model-count-query-options';
export { myModelsQueryOptions } from './my-models-query-options';
export type { MyModelsParams } from './my-models-query-options';
export { modelsInfiniteQueryOptions } from './models-infinite-query-options';
export { shouldRetry, retryDelay, DEFAULT_STALE_TIME } from './retry-policy';
// Providers
export { modelEndpointsQueryOptions, ENDPOINTS_STALE_TIME } from './model-endpoints-query-options';
