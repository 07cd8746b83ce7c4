'use client';

import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { ModelsListResponse } from '../../core/types';
import { useModels } from '../../hooks/use-models';
import { cx } from '../shared/cx';
import { describeError } from '../../model/describe-error';
import { formatModelCount } from '../../model/format-model-count';
import { RefreshIndicator, RetryButton } from '../shared/state-views';
import { useFilterPanel } from './use-filter-panel';
import { useRetry } from '../shared/use-retry';

export interface FilterPanelMatchCountProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The sentence for a count. Default: "42 models match", "1 model matches", "No models match". */
  format?: (count: number) => ReactNode;
  /** Shown before the first answer. Default "Counting models…". */
  loadingLabel?: ReactNode;
  /** Announce the count when it changes. Default true; false where another live region says it (the picker's status). */
  announce?: boolean;
}

export function formatMatchCount(count: number): string {
  if (count === 0) return 'No models match';
  return `${formatModelCount(count)} ${count === 1 ? 'matches' : 'match'}`;
}

const totalCountOf = (r: ModelsListResponse) => r.totalCount;

/**
 * How many models match the panel's filters (`useModels(filters)` → `totalCount`; the
 * query is shared with a list that shows the same filters). While new filters load, the
 * previous count stays, dimmed, with a quiet indicator: `data-state="loading" | "refreshing" | "idle" | "error"`.
 */
export const FilterPanelMatchCount = forwardRef<HTMLDivElement, FilterPanelMatchCountProps>(
  function FilterPanelMatchCount(
    { className, format = formatMatchCount, loadingLabel = 'Counting models…', announce = true, ...rest },
    ref,
  ) {
    const { filters, queryOptions } = useFilterPanel();
    const query = useModels(filters, { ...queryOptions, select: totalCountOf });
    const { retrying, shownError, retry } = useRetry(query.error, query.refetch);
    const refreshing = query.data !== undefined && (query.isPlaceholderData || query.isFetching);
    const state =
      query.data !== undefined ? (refreshing ? 'refreshing' : 'idle') : shownError ? 'error' : 'loading';
    const problem = shownError ? describeError(shownError) : undefined;
    return (
      <div
        ref={ref}
        data-slot="filter-panel-match-count"
        data-state={state}
        aria-busy={state === 'loading' || state === 'refreshing' || undefined}
        className={cx(className)}
        {...rest}
      >
        <span data-slot="filter-panel-match-count-text" aria-live={announce ? 'polite' : undefined}>
          {query.data !== undefined ? (
            format(query.data)
          ) : problem ? (
            <>
              <span className="orm-visually-hidden">Couldn’t count models: </span>
              {problem.title}
            </>
          ) : (
            loadingLabel
          )}
        </span>
        {state === 'error' ? (
          problem?.retry && <RetryButton slot="filter-panel-retry" onRetry={retry} retrying={retrying} />
        ) : (
          <RefreshIndicator active={refreshing} label="Updating the count…" />
        )}
      </div>
    );
  },
);
