'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { formatModelCount, ModelCount } from '../model-count/model-count';
import { RefreshIndicator } from '../shared/state-views';
import { cx } from '../shared/cx';
import { useModelCatalogueContext } from './model-catalogue-context';

const number = new Intl.NumberFormat('en-US');

/**
 * The live count, read as one sentence: "Showing 24 of 337 models". The total is the server's
 * `total_count` for these filters (or `ModelCount` where the server sends none).
 */
export const ModelCatalogueCount = forwardRef<HTMLParagraphElement, HTMLAttributes<HTMLParagraphElement>>(
  function ModelCatalogueCount({ className, ...rest }, ref) {
    const { status, models, total, refreshing, filters, onlyMine, scope } =
      useModelCatalogueContext('ModelCatalogue.Count');
    let text: React.ReactNode;
    if (status === 'loading') text = 'Loading models…';
    else if (status === 'error') text = 'Could not load the models';
    else if (status === 'sign-in') text = 'Not signed in';
    else if (status === 'empty') text = 'No models match';
    else if (total !== undefined)
      text = `Showing ${number.format(models.length)} of ${formatModelCount(total)}`;
    else
      text = (
        <>
          Showing {number.format(models.length)} of <ModelCount announce={false} filters={filters} />
        </>
      );
    const mine = scope === 'user' && onlyMine && status === 'ready' ? ' your account can use' : '';
    return (
      <p
        ref={ref}
        role="status"
        aria-atomic="true"
        data-slot="model-catalogue-count"
        data-state={status}
        className={cx(className)}
        {...rest}
      >
        <span data-slot="model-catalogue-count-text">
          {text}
          {mine}
        </span>
        <RefreshIndicator active={refreshing} />
      </p>
    );
  },
);
