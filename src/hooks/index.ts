export { OpenRouterProvider, OpenRouterClientContext } from './openrouter-provider';
export type { OpenRouterProviderProps } from './openrouter-provider';
export { useOpenRouterClient } from './use-openrouter-client';
export { useModels, useSuspenseModels } from './use-models';
export { useModel, useSuspenseModel } from './use-model';
export { useModelCount, useSuspenseModelCount } from './use-model-count';
export { useMyModels } from './use-my-models';
export { useInfiniteModels } from './use-infinite-models';
export type { InfiniteModelsOptions } from './use-infinite-models';
export type { HookQueryOptions, HookSuspenseQueryOptions } from './types';
export type { ListQueryOptions, SharedListQueryOptions } from './list-query-options';
export { useCatalogFacets } from './use-catalog-facets';
// Providers
export { useModelEndpoints, useSuspenseModelEndpoints } from './use-model-endpoints';
