import { cx } from './cx';
import { useModelPickerContext } from './model-picker-context';
import { RefreshIndicator } from './state-views';

/** A footer line: how many models match, a quiet indicator while refreshing, the keyboard hints. */
export function ModelPickerStatus({ className }: { className?: string }) {
  const ctx = useModelPickerContext('Status');
  const n = ctx.matchCount;
  const stale = ctx.status === 'error' && ctx.models.length > 0;
  return (
    <div data-slot="model-picker-status" className={cx(className)}>
      <span data-slot="model-picker-count" aria-live="polite">
        {ctx.status === 'pending' ? 'Loading models…' : `${n.toLocaleString('en-US')} ${n === 1 ? 'model' : 'models'}`}
      </span>
      {stale && (
        <button type="button" data-slot="model-picker-stale" onClick={ctx.retry}>
          Update failed · retry
        </button>
      )}
      <RefreshIndicator active={ctx.isFetching && ctx.status === 'success'} />
      <span data-slot="model-picker-hints" aria-hidden="true">
        ↑↓ move · ↵ pick · ⇧↵ pin · esc close
      </span>
    </div>
  );
}
