/**
 * `react-openrouter-models/model`: the model helpers an app calls, on a server too (no React,
 * no fetch): prices, context sizes, capabilities, filter state, search, error descriptions.
 */
export { perMillion, formatPrice } from './pricing';
export type { Price } from './pricing';
export { formatTokenCount } from './format-token-count';
export { modelCapabilities } from './capabilities';
export type { ModelCapabilities } from './capabilities';
export { updateFilters, clearFilters, hasActiveFilters, countActiveFilters } from './update-filters';
export { createModelSearchIndex } from './search-index';
export { describeError } from './describe-error';
export { filtersToSearchParams, filtersFromSearchParams } from './url-state';
export type { ModelsUrlState, UrlModelsFilters, DroppedSearchParam, SearchParamsInput } from './url-state';
export { compareEndpoints } from './compare-endpoints';
export type { EndpointNeed, EndpointComparison } from './compare-endpoints';
