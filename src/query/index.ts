export { modelKeys } from './model-keys';
export { modelsQueryOptions } from './models-query-options';
export { modelQueryOptions } from './model-query-options';
export { modelCountQueryOptions } from './model-count-query-options';
export { myModelsQueryOptions } from './my-models-query-options';
export { modelsInfiniteQueryOptions } from './models-infinite-query-options';
export { modelEndpointsQueryOptions } from './model-endpoints-query-options';
