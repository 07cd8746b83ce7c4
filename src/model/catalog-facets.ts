import { modelAuthor } from './capabilities';
import type { ModelsListFilters, ModelsListResponse } from '../core/types';
import { authorLabel, familyOfTokenizer, type FilterChoice } from './filter-choices';

/** Choices read from the whole catalogue, with how many models have each. */
export interface CatalogFacets {
  /**
   * Author slugs (the id before `/`; aliases `~author/…` count for their author), each with
   * how many of its models give the chosen output (the list's `outputModalities`; text when
   * unset), most first. Every author of the catalogue is there, with 0 if it has none.
   */
  authors: FilterChoice[];
  /** Model families from the tokenizers (`Llama3` → `Llama`), most models (of any output) first. */
  families: FilterChoice[];
  /** Models in the catalogue. */
  total: number;
}

function ranked(counts: Map<string, number>, label: (v: string) => string): FilterChoice[] {
  return [...counts]
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

const TEXT = ['text'];

/** Whether a model gives one of `outputs` (the server's rule: text when unset, every model for 'all'). */
function givesOutput(outputs: readonly string[], wanted: ModelsListFilters['outputModalities']): boolean {
  if (wanted === 'all') return true;
  return (wanted === undefined || wanted.length === 0 ? TEXT : wanted).some((m) => outputs.includes(m));
}

/** Facets of a model list, author counts for the given output filter (pure; exported for tests). */
export function catalogFacets(
  response: ModelsListResponse,
  outputModalities?: ModelsListFilters['outputModalities'],
): CatalogFacets {
  const authors = new Map<string, number>();
  const families = new Map<string, number>();
  for (const model of response.data) {
    const author = modelAuthor(model.id).replace(/^~/, '');
    if (author)
      authors.set(
        author,
        (authors.get(author) ?? 0) +
          (givesOutput(model.architecture.outputModalities, outputModalities) ? 1 : 0),
      );
    const family = familyOfTokenizer(model.architecture.tokenizer);
    if (family) families.set(family, (families.get(family) ?? 0) + 1);
  }
  return {
    authors: ranked(authors, authorLabel),
    families: ranked(families, (v) => v),
    total: response.data.length,
  };
}
