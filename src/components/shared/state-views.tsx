'use client';
import type { ReactNode } from 'react';
import { cx } from './cx';
import { describeError } from '../../model/describe-error';

export interface ErrorStateProps {
  error: unknown;
  /** Shown as a "Try again" button when given. */
  onRetry?: () => void;
  /** True while a retry is under way. */
  retrying?: boolean;
  className?: string;
}

/** The reason an async surface failed, and a way to try again. */
export function ErrorState({ error, onRetry, retrying, className }: ErrorStateProps) {
  const { title, detail, retry } = describeError(error);
  return (
    <div data-orm="" data-slot="error-state" data-state={retrying ? 'retrying' : 'error'} role="alert" className={className}>
      <p data-slot="error-state-title">{title}</p>
      <p data-slot="error-state-detail">{detail}</p>
      {onRetry && retry && <RetryButton slot="error-state-retry" onRetry={onRetry} retrying={retrying} />}
    </div>
  );
}

/**
 * "Try again", and "Retrying…" while the retry runs: then marked busy and aria-disabled, not
 * disabled, since a disabled button drops the focus it holds.
 */
export function RetryButton({ slot, onRetry, retrying, label = 'Try again' }: { slot: string; onRetry(): void; retrying?: boolean; label?: string }) {
  return (
    <button type="button" data-slot={slot} onClick={retrying ? undefined : onRetry} aria-disabled={retrying || undefined} aria-busy={retrying || undefined}>
      {retrying ? 'Retrying…' : label}
    </button>
  );
}

export interface EmptyStateProps {
  title?: ReactNode;
  children?: ReactNode;
  /** e.g. `{ label: 'Clear filters', onClick: reset }`. */
  action?: { label: string; onClick: () => void };
  className?: string;
}

/** Nothing to show, and a way out. */
export function EmptyState({ title = 'No models match', children, action, className }: EmptyStateProps) {
  return (
    <div data-orm="" data-slot="empty-state" role="status" className={className}>
      <p data-slot="empty-state-title">{title}</p>
      {children && <p data-slot="empty-state-detail">{children}</p>}
      {action && (
        <button type="button" data-slot="empty-state-action" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
}

/** Grey placeholder rows while a list loads. */
export function SkeletonRows({ rows = 6, className }: { rows?: number; className?: string }) {
  return (
    <div data-slot="skeleton-rows" aria-hidden="true" className={cx(className)}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} data-slot="skeleton-row">
          <span data-slot="skeleton" style={{ width: `${55 + ((i * 37) % 35)}%` }} />
          <span data-slot="skeleton" style={{ width: `${30 + ((i * 23) % 25)}%` }} />
        </div>
      ))}
    </div>
  );
}

/**
 * A quiet "updating" dot for background refetches. Not announced unless `announce` (then
 * `label` is read out): the result that follows is (a count, a list), and "Updating…"
 * before each one is noise.
 */
export function RefreshIndicator({ active, label = 'Updating…', announce = false }: { active: boolean; label?: string; announce?: boolean }) {
  // Quiet, it is only a dot: no hidden text that a live region around it would read out.
  if (!announce) return <span data-slot="refresh-indicator" data-state={active ? 'active' : 'idle'} aria-hidden="true" />;
  return (
    <span data-slot="refresh-indicator" data-state={active ? 'active' : 'idle'} role="status">
      {active ? <span className="orm-visually-hidden">{label}</span> : null}
    </span>
  );
}
