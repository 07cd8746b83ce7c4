'use client';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * "Try again" for a query that failed: while the retry runs, the failure stays on screen
 * (`shownError`) with its button, marked busy, so that focus stays on the button and a
 * screen reader does not lose its place. (Without data, TanStack Query puts a refetching
 * query back to `pending` and clears its error: the error view would unmount, taking focus
 * with it, and come back a few seconds later if the retry fails too.)
 */
export function useRetry<E>(
  error: E | null,
  refetch: () => Promise<unknown>,
): { retrying: boolean; shownError: E | null; retry: () => void } {
  const [retryingFrom, setRetryingFrom] = useState<E | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const retry = useCallback(() => {
    if (retryingFrom !== null || error === null) return;
    setRetryingFrom(error);
    void refetch().finally(() => {
      if (mounted.current) setRetryingFrom(null);
    });
  }, [error, refetch, retryingFrom]);
  return { retrying: retryingFrom !== null, shownError: error ?? retryingFrom, retry };
}
