'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import type { ModelRef } from '../../core/model-id';
import type { ModelEndpointsResponse } from '../../core/types';
import { useModelEndpoints } from '../../hooks/use-model-endpoints';
import { describeError } from '../../model/describe-error';
import { summarizeEndpoints } from '../../model/endpoint-figures';
import { cx } from '../shared/cx';

export interface ModelProvidersSummaryProps extends Omit<HTMLAttributes<HTMLParagraphElement>, 'children'> {
  /** The model whose providers to sum up. */
  model: ModelRef;
  className?: string;
}

const summaryOf = (r: ModelEndpointsResponse) => summarizeEndpoints(r.data.endpoints);

/**
 * One line about a model's providers, `3 providers · $3.00–$3.30/M in · fastest 46 tok/s`,
 * from `useModelEndpoints` (shared with a `ModelProviders` table of the same model: one
 * request). Render it only where a person looks at one model (a card, a detail view), never
 * once per row of a list.
 */
export const ModelProvidersSummary = forwardRef<HTMLParagraphElement, ModelProvidersSummaryProps>(
  function ModelProvidersSummary({ model, className, ...rest }, ref) {
    const { data, error, isPending } = useModelEndpoints(model, { select: summaryOf });
    const state = data !== undefined ? 'ready' : error ? 'error' : isPending ? 'loading' : 'error';
    return (
      <p
        {...rest}
        ref={ref}
        data-orm=""
        data-slot="model-providers-summary"
        data-state={state}
        className={cx(className)}
      >
        {state === 'ready' ? (
          data
        ) : state === 'loading' ? (
          <>
            <span data-slot="skeleton" aria-hidden="true" style={{ width: '14em' }} />
            <span className="orm-visually-hidden">Loading providers…</span>
          </>
        ) : (
          <span title={error ? describeError(error).detail : undefined}>Providers unavailable</span>
        )}
      </p>
    );
  },
);
