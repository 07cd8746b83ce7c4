'use client';
import { useEffect } from 'react';
import type { ModelSearchIndex } from '../../model/search-index';

/**
 * What the warm-up searches: one letter over the whole list, then the same letter narrowed
 * (two and three letters), several words, and an empty query, for a few letters. The engine
 * optimizes a function once it has run often enough: searched a few times, the search's every
 * path (the full scan, the narrowing, the ranking, several words) is compiled before anyone
 * types. Ends with the empty query, which leaves the index as it was (nothing to narrow from).
 */
const WARM_UP_QUERIES = [
  ...['e', 'a', 'o', 'i', 's', 'r', 't'].flatMap((c) => [c, `${c}n`, `${c}nt`, '']),
  'e n',
  'e no',
  '',
];
/** How far each index has been warmed (an index is made once per list; a new list starts over). */
const warmedUpTo = new WeakMap<ModelSearchIndex, number>();
/** Idle time (ms) a search of a long list may take: another one runs only while this much is left. */
const SLICE_MS = 8;

/**
 * Searches `index` a few dozen times when the page is idle, one search or a few per idle
 * period, so that the first keystroke over a long list is not the search's first runs (at
 * 50,000 models, a cold first letter took 7 ms of search where a warm one takes 1). Stops
 * while `enabled` is false (the person is typing: their searches warm it) and goes on where
 * it left off after.
 */
export function useSearchWarmUp(index: ModelSearchIndex, enabled: boolean): void {
  useEffect(() => {
    const { requestIdleCallback: whenIdle, cancelIdleCallback: cancel } = globalThis;
    if (!enabled || typeof whenIdle !== 'function' || typeof cancel !== 'function') return;
    if ((warmedUpTo.get(index) ?? 0) >= WARM_UP_QUERIES.length) return;
    let id = 0;
    let stopped = false;
    const step = (deadline: IdleDeadline) => {
      if (stopped) return;
      let next = warmedUpTo.get(index) ?? 0;
      while (next < WARM_UP_QUERIES.length) {
        index.searchIndices(WARM_UP_QUERIES[next++]!);
        if (deadline.timeRemaining() <= SLICE_MS) break;
      }
      warmedUpTo.set(index, next);
      if (next < WARM_UP_QUERIES.length) id = whenIdle(step);
    };
    id = whenIdle(step);
    return () => {
      stopped = true;
      cancel(id);
    };
  }, [index, enabled]);
}
