'use client';
import { forwardRef, useEffect, useRef, type HTMLAttributes } from 'react';
import type { Model } from '../../core/types';
import { formatPrice, perMillion } from '../../model/pricing';
import { formatTokenCount } from '../../model/format-token-count';
import { hasActiveFilters } from '../../model/update-filters';
import { ModelCard, ModelCardSkeleton } from '../model-card/model-card';
import { EmptyState, ErrorState, SkeletonRows } from '../shared/state-views';
import { cx } from '../shared/cx';
import { useModelCatalogueContext } from './model-catalogue-context';

export interface ModelCatalogueResultsProps extends HTMLAttributes<HTMLElement> {
  /** The level of each card's heading. Default 3 (under the catalogue's h2). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

function DetailsButton({ model }: { model: Model }) {
  const { openDetails } = useModelCatalogueContext('ModelCatalogue.Results');
  return (
    <button
      type="button"
      data-slot="model-catalogue-details-button"
      aria-haspopup="dialog"
      aria-label={`Details of ${model.name}`}
      onClick={() => openDetails(model.id)}
    >
      Details
    </button>
  );
}

const price = (p: string) => formatPrice(perMillion(p));

function ResultsTable({ models }: { models: readonly Model[] }) {
  return (
    <table data-slot="model-catalogue-table">
      <caption className="orm-visually-hidden">
        Models, with their context and prices per million tokens
      </caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">Context</th>
          <th scope="col">Input</th>
          <th scope="col">Output</th>
        </tr>
      </thead>
      <tbody>
        {models.map((model) => (
          <tr key={model.id} data-slot="model-catalogue-row">
            <th scope="row" data-slot="model-catalogue-cell-model">
              <span data-slot="model-catalogue-row-name">{model.name}</span>
              <code data-slot="model-catalogue-row-id">{model.id}</code>
              <DetailsButton model={model} />
            </th>
            <td data-label="Context">{model.contextLength ? formatTokenCount(model.contextLength) : '—'}</td>
            <td data-label="Input">{price(model.pricing.prompt)}</td>
            <td data-label="Output">{price(model.pricing.completion)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Show more", and in `paging="infinite"` the next page as the end of the list scrolls into view. */
function More() {
  const { hasMore, loadMore, loadingMore, paging, models, total } =
    useModelCatalogueContext('ModelCatalogue.Results');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (
      !el ||
      paging !== 'infinite' ||
      !hasMore ||
      loadingMore ||
      typeof IntersectionObserver === 'undefined'
    )
      return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && loadMore(),
      { rootMargin: '200px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [paging, hasMore, loadingMore, loadMore, models.length]);
  if (!hasMore) return null;
  return (
    <div ref={ref} data-slot="model-catalogue-more">
      <button
        type="button"
        data-slot="model-catalogue-more-button"
        onClick={loadMore}
        aria-disabled={loadingMore || undefined}
        aria-busy={loadingMore || undefined}
      >
        {loadingMore
          ? 'Loading more…'
          : total !== undefined
            ? `Show more models (${(total - models.length).toLocaleString('en-US')} left)`
            : 'Show more models'}
      </button>
    </div>
  );
}

/**
 * The models, as cards (a list) or a table, with the four states: skeletons while loading, the
 * error with "Try again", "No models match" with "Clear filters", the account view's "Sign in";
 * then "Show more" (or the next page as it scrolls into view).
 */
export const ModelCatalogueResults = forwardRef<HTMLElement, ModelCatalogueResultsProps>(
  function ModelCatalogueResults({ className, headingLevel = 3, ...rest }, ref) {
    const { status, view, models, error, retry, retrying, filters, clear, setOnlyMine, refreshing, ids } =
      useModelCatalogueContext('ModelCatalogue.Results');
    let body;
    if (status === 'loading') {
      body =
        view === 'cards' ? (
          <div data-slot="model-catalogue-skeletons" aria-hidden="true">
            {Array.from({ length: 6 }, (_, i) => (
              <ModelCardSkeleton key={i} />
            ))}
          </div>
        ) : (
          <SkeletonRows rows={8} />
        );
    } else if (status === 'error') {
      body = <ErrorState error={error} onRetry={retry} retrying={retrying} />;
    } else if (status === 'sign-in') {
      body = (
        <div data-slot="model-catalogue-sign-in" role="status">
          <p data-slot="model-catalogue-sign-in-title">Sign in to see the models your account can use</p>
          <button type="button" data-slot="model-catalogue-sign-in-action" onClick={() => setOnlyMine(false)}>
            Show all models
          </button>
        </div>
      );
    } else if (status === 'empty') {
      const active = hasActiveFilters(filters);
      body = (
        <EmptyState
          title={filters.q ? `No models match “${filters.q}”` : 'No models match these filters'}
          action={active ? { label: 'Clear filters', onClick: clear } : undefined}
        >
          {active ? 'Fewer filters find more models.' : null}
        </EmptyState>
      );
    } else if (view === 'table') {
      body = <ResultsTable models={models} />;
    } else {
      body = (
        <ul data-slot="model-catalogue-list">
          {models.map((model) => (
            <li key={model.id} data-slot="model-catalogue-item">
              <ModelCard model={model} headingLevel={headingLevel}>
                <DetailsButton model={model} />
              </ModelCard>
            </li>
          ))}
        </ul>
      );
    }
    return (
      <section
        ref={ref}
        id={ids.results}
        aria-label="Models"
        aria-busy={status === 'loading' || refreshing || undefined}
        data-slot="model-catalogue-results"
        data-state={status}
        data-view={view}
        className={cx(className)}
        {...rest}
      >
        {body}
        {status === 'ready' && <More />}
      </section>
    );
  },
);
