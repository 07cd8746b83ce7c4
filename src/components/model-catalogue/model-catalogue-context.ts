'use client';
import { createContext, useContext } from 'react';
import type { Model, ModelsListFilters } from '../../core/types';
import type { HistoryMode } from '../../hooks/use-url-models-state';
import type { ModelsUrlState } from '../../model/url-state';

/** How the results are shown: cards, or a dense table. */
export type ModelCatalogueView = 'cards' | 'table';

/** What `ModelCatalogue.Root` gives its parts (and a part of your own: `useModelCatalogueContext`). */
export interface ModelCatalogueContextValue {
  /** The filters, sort, search and open details (in the URL unless `urlState={false}`). */
  state: ModelsUrlState;
  /** Changes them: `push` (default) for a discrete change, `replace` while typing. */
  setState(
    next: ModelsUrlState | ((previous: ModelsUrlState) => ModelsUrlState),
    options?: { history?: HistoryMode },
  ): void;
  /** The state as the API's filters (`{ ...filters, sort, q }`; not `details`). */
  filters: Omit<ModelsListFilters, 'offset' | 'limit'>;
  /** Clears the filters and the search; keeps the sort. */
  clear(): void;
  view: ModelCatalogueView;
  setView(view: ModelCatalogueView): void;
  /** `'user'`: the account view (`GET /models/user`) is offered. */
  scope: 'public' | 'user';
  /** In the account view: only the models the account can use. */
  onlyMine: boolean;
  setOnlyMine(on: boolean): void;
  /** The models shown so far (one page or more). */
  models: readonly Model[];
  /** How many models match in all; undefined until known. */
  total: number | undefined;
  status: 'loading' | 'error' | 'sign-in' | 'empty' | 'ready';
  error: unknown;
  retry(): void;
  retrying: boolean;
  /** Fetching in the background (new filters, a refetch). */
  refreshing: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore(): void;
  /** `'infinite'`: the next page loads when the end of the list scrolls into view. */
  paging: 'button' | 'infinite';
  /** The id of the model whose details are open: `state.details`. */
  detailsId: string | undefined;
  /** Opens a model's details: `details=` in the state, a new history entry (Back closes them). */
  openDetails(id: string): void;
  /**
   * Closes them: the state without `details`, as a `replace`: back to the history entry they were
   * opened from, or, opened from a link, the current entry rewritten.
   */
  closeDetails(): void;
  /** Ids of elements parts refer to. */
  ids: { results: string; heading: string };
}

export const ModelCatalogueContext = createContext<ModelCatalogueContextValue | null>(null);

/** The nearest `ModelCatalogue.Root`'s state and data. `part` names the caller in the error thrown outside one. */
export function useModelCatalogueContext(part = 'useModelCatalogueContext'): ModelCatalogueContextValue {
  const value = useContext(ModelCatalogueContext);
  if (!value) throw new Error(`${part} must be used inside <ModelCatalogue.Root>`);
  return value;
}
