import { modelAuthor } from '../core/capabilities';
import type { ModelsListFilters, ModelsListResponse } from '../core/types';
import { useModels } from '../hooks/use-models';
import type { SharedListQueryOptions } from './list-query-options';
import { authorLabel, familyOfTokenizer, type FilterChoice } from './filter-panel-choices';

/** Choices read from the whole catalogue, with how many models have each. */
export interface CatalogFacets {
  /** Author slugs (the id before `/`; aliases `~author/…` count for their author), most models first. */
  authors: FilterChoice[];
  /** Model families from the tokenizers (`Llama3` → `Llama`), most models first. */
  families: FilterChoice[];
  /** Models in the catalogue. */
  total: number;
}

/** Every output modality: the facets describe the whole catalogue, not only text models. */
const CATALOG: ModelsListFilters = { outputModalities: 'all' };

function ranked(counts: Map<string, number>, label: (v: string) => string): FilterChoice[] {
  return [...counts]
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Facets of a model list (pure; exported for tests). */
export function catalogFacets(response: ModelsListResponse): CatalogFacets {
  const authors = new Map<string, number>();
  const families = new Map<string, number>();
  for (const model of response.data) {
    const author = modelAuthor(model.id).replace(/^~/, '');
    if (author) authors.set(author, (authors.get(author) ?? 0) + 1);
    const family = familyOfTokenizer(model.architecture.tokenizer);
    if (family) families.set(family, (families.get(family) ?? 0) + 1);
  }
  return { authors: ranked(authors, authorLabel), families: ranked(families, (v) => v), total: response.data.length };
}

/** The catalogue's authors and model families, from `useModels({ outputModalities: 'all' })` (shared, cached). */
export function useCatalogFacets(queryOptions?: SharedListQueryOptions) {
  return useModels(CATALOG, { ...queryOptions, select: catalogFacets });
}
