'use client';
import { forwardRef, type ReactNode } from 'react';
import type { Model } from '../../core/types';
import { ModelCatalogueAccountSwitch } from './model-catalogue-account-switch';
import { useModelCatalogueContext } from './model-catalogue-context';
import { ModelCatalogueCount } from './model-catalogue-count';
import { ModelCatalogueDetails } from './model-catalogue-details';
import { ModelCatalogueFilters } from './model-catalogue-filters';
import { ModelCatalogueResults } from './model-catalogue-results';
import { ModelCatalogueRoot, type ModelCatalogueRootProps } from './model-catalogue-root';
import { ModelCatalogueSearch } from './model-catalogue-search';
import { ModelCatalogueSort } from './model-catalogue-sort';
import { ModelCatalogueViewToggle } from './model-catalogue-view-toggle';

export interface ModelCatalogueProps extends Omit<ModelCatalogueRootProps, 'title'> {
  /** The heading (not a tooltip: the root's `title` attribute is not passed). Default "Models". */
  title?: ReactNode;
  /** The heading's level. Default 2. */
  headingLevel?: 1 | 2 | 3;
  /** Show the filter panel. Default true. */
  showFilters?: boolean;
  /** What the details show of a model's providers. Default: `ModelProviders`; `null`: none. */
  renderProviders?: ((model: Model) => ReactNode) | null;
}

function Heading({ level, children }: { level: 1 | 2 | 3; children: ReactNode }) {
  const { ids } = useModelCatalogueContext('ModelCatalogue');
  const H = `h${level}` as const;
  return (
    <H id={ids.heading} data-slot="model-catalogue-title">
      {children}
    </H>
  );
}

/**
 * A whole catalogue page: the filters, search, sort, the live count, the models as cards or a
 * table (remembered), paged, each model's details in a dialog, and every state (loading, empty
 * with "Clear filters", error with "Try again", the account view's "Sign in"). Its filters, sort,
 * search and open details live in the URL (`urlState={false}` keeps them in memory; `state` /
 * `onStateChange` hand them to your router). `scope="user"` adds the account view.
 *
 * ```tsx
 * <ModelCatalogue />
 * <ModelCatalogue scope="user" bearer={session.token} />
 * ```
 */
const ModelCatalogueDropIn = forwardRef<HTMLDivElement, ModelCatalogueProps>(function ModelCatalogue(
  { title = 'Models', headingLevel = 2, showFilters = true, renderProviders, ...props },
  ref,
) {
  return (
    <ModelCatalogueRoot ref={ref} data-layout={showFilters ? 'with-filters' : 'plain'} {...props}>
      {showFilters && <ModelCatalogueFilters />}
      <div data-slot="model-catalogue-main">
        <header data-slot="model-catalogue-header">
          <Heading level={headingLevel}>{title}</Heading>
          <ModelCatalogueSearch />
          <div data-slot="model-catalogue-controls">
            <ModelCatalogueSort />
            <ModelCatalogueViewToggle />
          </div>
          <ModelCatalogueAccountSwitch />
        </header>
        <ModelCatalogueCount />
        <ModelCatalogueResults headingLevel={headingLevel === 1 ? 2 : 3} />
      </div>
      <ModelCatalogueDetails {...(renderProviders !== undefined && { renderProviders })} />
    </ModelCatalogueRoot>
  );
});

/** `<ModelCatalogue />`, and its parts for a page of your own: `ModelCatalogue.Root`, `.Search`, … */
export const ModelCatalogue = Object.assign(ModelCatalogueDropIn, {
  Root: ModelCatalogueRoot,
  Search: ModelCatalogueSearch,
  Filters: ModelCatalogueFilters,
  Sort: ModelCatalogueSort,
  Count: ModelCatalogueCount,
  ViewToggle: ModelCatalogueViewToggle,
  AccountSwitch: ModelCatalogueAccountSwitch,
  Results: ModelCatalogueResults,
  Details: ModelCatalogueDetails,
});
