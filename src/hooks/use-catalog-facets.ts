'use client';
import { useCallback } from 'react';
import type { ModelsListFilters, ModelsListResponse } from '../core/types';
import { useModels } from './use-models';
import { catalogFacets } from '../model/catalog-facets';
import type { SharedListQueryOptions } from './list-query-options';

/** Every output modality: the facets describe the whole catalogue, not only text models. */
const CATALOG: ModelsListFilters = { outputModalities: 'all' };

/**
 * The catalogue's authors and model families, from `useModels({ outputModalities: 'all' })`
 * (one request, shared and cached); author counts for `outputModalities` (text when unset).
 */
export function useCatalogFacets(queryOptions?: SharedListQueryOptions, outputModalities?: ModelsListFilters['outputModalities']) {
  const key = Array.isArray(outputModalities) ? [...outputModalities].sort().join(',') : outputModalities;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const select = useCallback((response: ModelsListResponse) => catalogFacets(response, outputModalities), [key]);
  return useModels(CATALOG, { ...queryOptions, select });
}
