'use client';

import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { ModelsCountResponse, ModelsListFilters, ModelsListResponse } from '../../core/types';
import { useModelCount } from '../../hooks/use-model-count';
import { useModels } from '../../hooks/use-models';
import { cx } from '../shared/cx';
import { describeError } from '../../model/describe-error';
import { RefreshIndicator, RetryButton } from '../shared/state-views';
import { useRetry } from '../shared/use-retry';

import { formatModelCount } from '../../model/format-model-count';

// Kept where apps found it; it lives in model/ (no React), beside the other formatters.
export { formatModelCount };

export interface ModelCountProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * Which models to count. `outputModalities` alone (or nothing) asks `GET /models/count`; any
   * other filter (a FilterPanel's, say) counts the list for those filters instead (shared with a
   * list showing them), since the count endpoint takes no other filter.
   */
  filters?: ModelsListFilters | undefined;
  /** How the number is shown. Default `"337 models"`. */
  format?: (count: number) => ReactNode;
  /** Query options passed to `useModelCount` (`staleTime`, `enabled`, `retry`, ...). */
  queryOptions?: ModelCountQueryOptions;
  /**
   * Announce the count when it changes (a `role="status"`). Default true; false where it sits
   * inside a sentence that is itself a live region ("Showing 26 of 337 models"), so that the
   * sentence is read as one.
   */
  announce?: boolean;
}

/** The options `useModelCount` takes, less `select` (the component reads the response itself). */
export type ModelCountQueryOptions = Omit<
  NonNullable<Parameters<typeof useModelCount<ModelsCountResponse>>[1]>,
  'select'
>;

const countOf = (r: ModelsCountResponse) => r.data.count;
const totalCountOf = (r: ModelsListResponse) => r.totalCount;

/**
 * The number of models, from `useModelCount(filters)` (or the list's `totalCount` for filters
 * the count endpoint does not take): a skeleton while it loads, the count (announced politely
 * when it changes), and a short error with a retry where one can help.
 */
export const ModelCount = forwardRef<HTMLSpanElement, ModelCountProps>(function ModelCount(
  { filters, className, format = formatModelCount, queryOptions, announce = true, ...rest },
  ref,
) {
  const { outputModalities, ...otherFilters } = filters ?? {};
  const byList = Object.values(otherFilters).some((v) => v !== undefined);
  const enabled = queryOptions?.enabled !== false;
  const counted = useModelCount(byList ? undefined : { outputModalities }, {
    ...queryOptions,
    enabled: !byList && enabled,
    select: countOf,
  });
  // The caller's options (retry, staleTime, …) apply to whichever query counts; typed for the
  // count query, they mean the same to the list query.
  const listOptions = queryOptions as unknown as Parameters<typeof useModels<number>>[1];
  const listed = useModels(byList ? filters : undefined, {
    ...listOptions,
    enabled: byList && enabled,
    select: totalCountOf,
  });
  const query = byList ? listed : counted;
  const { data: count, isPending, isFetching, refetch } = query;
  const { retrying, shownError: error, retry } = useRetry(query.error, refetch);
  const state =
    count !== undefined ? 'ready' : isPending && !error ? 'loading' : retrying ? 'retrying' : 'error';
  const problem = error ? describeError(error) : undefined;

  return (
    <span
      ref={ref}
      data-orm=""
      data-slot="model-count"
      data-state={state}
      aria-busy={isFetching || undefined}
      className={cx(className)}
      {...rest}
    >
      <span data-slot="model-count-value" role={announce ? 'status' : undefined}>
        {count !== undefined ? (
          format(count)
        ) : state === 'loading' ? (
          <>
            <span data-slot="skeleton" aria-hidden="true" />
            <span className="orm-visually-hidden">Counting models…</span>
          </>
        ) : null}
      </span>
      {count !== undefined && <RefreshIndicator active={isFetching && !error} label="Updating the count…" />}
      {problem && (
        <span data-slot="model-count-error" role="alert">
          <span data-slot="model-count-error-text" title={problem.detail}>
            {count !== undefined
              ? `Could not update: ${problem.title}`
              : `Count unavailable: ${problem.title}`}
          </span>{' '}
          {problem.retry && (
            <RetryButton slot="model-count-retry" onRetry={retry} retrying={retrying} label="Retry" />
          )}
        </span>
      )}
    </span>
  );
});
