'use client';
import { cx } from '../shared/cx';
import { useModelPickerContext } from './model-picker-context';
import { RefreshIndicator } from '../shared/state-views';

// Made once: `toLocaleString` builds a formatter on every call, which showed on each keystroke.
const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** A footer line: how many models match, a quiet indicator while refreshing, the keyboard hints. */
export function ModelPickerStatus({ className }: { className?: string }) {
  const ctx = useModelPickerContext('Status');
  const n = ctx.matchCount;
  const stale = ctx.status === 'error' && ctx.models.length > 0;
  return (
    <div data-slot="model-picker-status" className={cx(className)}>
      <span data-slot="model-picker-count" aria-live="polite">
        {ctx.status === 'pending'
          ? 'Loading models…'
          : ctx.status === 'error' && ctx.models.length === 0
            ? 'Models unavailable'
            : `${COUNT_FORMAT.format(n)} ${n === 1 ? 'model' : 'models'}`}
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
}
