// The main entry: what an app uses, named one by one. `./core` (the client) and `./model` (the
// helpers) are the same names without React; the layers' other modules are internal.

// The client, its types and its errors (also `react-openrouter-models/core`)
export {
  createOpenRouterClient,
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
} from './core';
export type {
  OpenRouterClient,
  OpenRouterClientOptions,
  CallOptions,
  RetryConfig,
  Model,
  ModelsListFilters,
  ModelsCountFilters,
  ModelSort,
  ModelsListResponse,
  ModelResponse,
  ModelsCountResponse,
  DroppedEntry,
  ListEndpointsResponse,
  PublicEndpoint,
  PercentileStats,
  EndpointStatus,
} from './core';

// Model helpers (also `react-openrouter-models/model`)
export {
  perMillion,
  formatPrice,
  formatTokenCount,
  modelCapabilities,
  updateFilters,
  clearFilters,
  hasActiveFilters,
  countActiveFilters,
  createModelSearchIndex,
  describeError,
  compareEndpoints,
  filtersToSearchParams,
  filtersFromSearchParams,
} from './model';
export type {
  Price,
  ModelCapabilities,
  EndpointNeed,
  EndpointComparison,
  ModelsUrlState,
  UrlModelsFilters,
  DroppedSearchParam,
  SearchParamsInput,
} from './model';

// Query options (no React: loaders, servers, prefetch)
export {
  modelKeys,
  modelsQueryOptions,
  modelQueryOptions,
  modelCountQueryOptions,
  myModelsQueryOptions,
  modelsInfiniteQueryOptions,
  modelEndpointsQueryOptions,
} from './query';

// The provider and the hooks
export {
  OpenRouterProvider,
  useOpenRouterClient,
  useModels,
  useSuspenseModels,
  useModel,
  useSuspenseModel,
  useModelCount,
  useSuspenseModelCount,
  useMyModels,
  useInfiniteModels,
  useUrlModelsState,
  useModelEndpoints,
  useSuspenseModelEndpoints,
} from './hooks';
export type {
  OpenRouterProviderProps,
  ListQueryOptions,
  UseUrlModelsStateOptions,
  UrlModelsStateResult,
  HistoryMode,
} from './hooks';

// Components (parts as `ModelPicker.Root`, `FilterPanel.Authors`, …)
export {
  ModelPicker,
  useModelPickerContext,
  useModelPreferences,
  FilterPanel,
  useFilterPanel,
  SortSelect,
  ModelCard,
  ModelCardSkeleton,
  ModelCount,
  ErrorState,
  EmptyState,
  ModelCatalogue,
  useModelCatalogueContext,
  ModelProviders,
} from './components';
export type {
  ModelPickerProps,
  ModelPickerContextValue,
  PreferenceStorage,
  FilterPanelProps,
  FilterPanelContextValue,
  SortSelectProps,
  ModelCardProps,
  ModelCardSkeletonProps,
  ModelCountProps,
  ErrorStateProps,
  EmptyStateProps,
  ModelCatalogueProps,
  ModelCatalogueContextValue,
  ModelCatalogueView,
  ModelProvidersProps,
  ProvidersSort,
} from './components';
