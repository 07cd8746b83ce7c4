'use client';
import { useCallback } from 'react';
import type { ModelsListFilters, ModelsListResponse, OutputModality } from '../core/types';
import { useModels } from './use-models';
import { catalogFacets } from '../model/catalog-facets';
import type { SharedListQueryOptions } from './list-query-options';

/** Every output modality: the facets describe the whole catalogue, not only text models. */
const CATALOG: ModelsListFilters = { outputModalities: 'all' };

/**
 * The catalogue's authors and model families, from `useModels({ outputModalities: 'all' })`
 * (one request, shared and cached); author counts for `outputModalities` (text when unset).
 */
export function useCatalogFacets(
  queryOptions?: SharedListQueryOptions,
  outputModalities?: ModelsListFilters['outputModalities'],
) {
  // By content: an inline array does not make a new `select` (and a new selection) each render.
  const key =
    outputModalities === undefined || outputModalities === 'all'
      ? outputModalities
      : [...outputModalities].sort().join(',');
  const select = useCallback(
    (response: ModelsListResponse) => {
      const outputs =
        key === undefined || key === 'all' ? key : (key.split(',').filter(Boolean) as OutputModality[]);
      return catalogFacets(response, outputs);
    },
    [key],
  );
  return useModels(CATALOG, { ...queryOptions, select });
}
