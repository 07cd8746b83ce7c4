'use client';
import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function that stays the same for the component's life and calls the latest `fn`: for
 * actions given to many parts, which then need not render again when what `fn` reads changes.
 * Call it from events and effects, not while rendering.
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useInsertionEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
