'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { cx } from '../shared/cx';
import { formatModelCount } from '../../model/format-model-count';
import { useModelPickerContext } from './model-picker-context';
import { RefreshIndicator } from '../shared/state-views';

export type ModelPickerStatusProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/** A footer line: how many models match, a quiet indicator while refreshing, the keyboard hints. */
export const ModelPickerStatus = forwardRef<HTMLDivElement, ModelPickerStatusProps>(
  function ModelPickerStatus({ className, ...rest }, ref) {
    const ctx = useModelPickerContext('Status');
    const n = ctx.matchCount;
    const stale = ctx.status === 'error' && ctx.models.length > 0;
    return (
      <div ref={ref} data-slot="model-picker-status" className={cx(className)} {...rest}>
        <span data-slot="model-picker-count" aria-live="polite">
          {ctx.status === 'pending'
            ? 'Loading models…'
            : ctx.status === 'error' && ctx.models.length === 0
              ? 'Models unavailable'
              : ctx.signIn
                ? 'Not signed in'
                : formatModelCount(n)}
        </span>
        {stale && (
          <button type="button" data-slot="model-picker-stale" onClick={ctx.retry}>
            Update failed · retry
          </button>
        )}
        <RefreshIndicator active={ctx.isFetching && ctx.status === 'success'} />
        <span data-slot="model-picker-announcement" role="status" className="orm-visually-hidden">
          {ctx.announcement}
        </span>
        {/* Only while there is something to move through and pick. */}
        {ctx.status !== 'pending' && n > 0 && (
          <span data-slot="model-picker-hints" aria-hidden="true">
            ↑↓ move · ↵ pick · ⇧↵ pin · esc close
          </span>
        )}
      </div>
    );
  },
);
