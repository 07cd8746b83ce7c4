'use client';

import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cx } from './cx';
import { describeError } from '../../model/describe-error';

export interface ErrorStateProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  error: unknown;
  /** Shown as a "Try again" button when given. */
  onRetry?: () => void;
  /** True while a retry is under way. */
  retrying?: boolean;
}

/** The reason an async surface failed, and a way to try again. */
export const ErrorState = forwardRef<HTMLDivElement, ErrorStateProps>(function ErrorState(
  { error, onRetry, retrying, className, ...rest },
  ref,
) {
  const { title, detail, retry } = describeError(error);
  return (
    <div
      ref={ref}
      data-orm=""
      data-slot="error-state"
      data-state={retrying ? 'retrying' : 'error'}
      role="alert"
      className={cx(className)}
      {...rest}
    >
      <p data-slot="error-state-title">{title}</p>
      <p data-slot="error-state-detail">{detail}</p>
      {onRetry && retry && <RetryButton slot="error-state-retry" onRetry={onRetry} retrying={retrying} />}
    </div>
  );
});

export interface RetryButtonProps extends Omit<
  ComponentPropsWithoutRef<'button'>,
  'slot' | 'children' | 'onClick'
> {
  /** The button's `data-slot`. */
  slot: string;
  onRetry(): void;
  retrying?: boolean;
  label?: string;
}

/**
 * "Try again", and "Retrying…" while the retry runs: then marked busy and aria-disabled, not
 * disabled, since a disabled button drops the focus it holds.
 */
export const RetryButton = forwardRef<HTMLButtonElement, RetryButtonProps>(function RetryButton(
  { slot, onRetry, retrying, label = 'Try again', ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type="button"
      data-slot={slot}
      onClick={retrying ? undefined : onRetry}
      aria-disabled={retrying || undefined}
      aria-busy={retrying || undefined}
      {...rest}
    >
      {retrying ? 'Retrying…' : label}
    </button>
  );
});

export interface EmptyStateProps extends Omit<ComponentPropsWithoutRef<'div'>, 'title'> {
  title?: ReactNode;
  children?: ReactNode;
  /** e.g. `{ label: 'Clear filters', onClick: reset }`. */
  action?: { label: string; onClick: () => void };
}

/** Nothing to show, and a way out. */
export const EmptyState = forwardRef<HTMLDivElement, EmptyStateProps>(function EmptyState(
  { title = 'No models match', children, action, className, ...rest },
  ref,
) {
  return (
    <div ref={ref} data-orm="" data-slot="empty-state" role="status" className={cx(className)} {...rest}>
      <p data-slot="empty-state-title">{title}</p>
      {children && <p data-slot="empty-state-detail">{children}</p>}
      {action && (
        <button type="button" data-slot="empty-state-action" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </div>
  );
});

export interface SkeletonRowsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  rows?: number;
}

/** Grey placeholder rows while a list loads. */
export const SkeletonRows = forwardRef<HTMLDivElement, SkeletonRowsProps>(function SkeletonRows(
  { rows = 6, className, ...rest },
  ref,
) {
  return (
    <div ref={ref} data-slot="skeleton-rows" aria-hidden="true" className={cx(className)} {...rest}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} data-slot="skeleton-row">
          <span data-slot="skeleton" style={{ width: `${55 + ((i * 37) % 35)}%` }} />
          <span data-slot="skeleton" style={{ width: `${30 + ((i * 23) % 25)}%` }} />
        </div>
      ))}
    </div>
  );
});

export interface RefreshIndicatorProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  active: boolean;
  label?: string;
  announce?: boolean;
}

/**
 * A quiet "updating" dot for background refetches. Not announced unless `announce` (then
 * `label` is read out): the result that follows is (a count, a list), and "Updating…"
 * before each one is noise.
 */
export const RefreshIndicator = forwardRef<HTMLSpanElement, RefreshIndicatorProps>(function RefreshIndicator(
  { active, label = 'Updating…', announce = false, ...rest },
  ref,
) {
  const state = active ? 'active' : 'idle';
  // Quiet, it is only a dot: no hidden text that a live region around it would read out.
  if (!announce)
    return <span ref={ref} data-slot="refresh-indicator" data-state={state} aria-hidden="true" {...rest} />;
  return (
    <span ref={ref} data-slot="refresh-indicator" data-state={state} role="status" {...rest}>
      {active ? <span className="orm-visually-hidden">{label}</span> : null}
    </span>
  );
});
