'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  type DroppedSearchParam,
  type ModelsUrlState,
  type SearchParamsInput,
} from '../model/url-state';

/** How a change enters the browser's history: a new entry (`push`), or the current one rewritten (`replace`). */
export type HistoryMode = 'push' | 'replace';

export interface UseUrlModelsStateOptions {
  /** Read and write the URL. Default true; false leaves the URL alone (the state is then empty). */
  enabled?: boolean;
  /**
   * The search parameters of the request being rendered on a server, where there is no
   * `window`: a search string (`?sort=newest…`), `URLSearchParams`, or a record (Next.js's
   * awaited `searchParams`); also what the first render in the browser reads while it
   * hydrates. Default: none.
   */
  serverSearch?: SearchParamsInput | undefined;
}

export interface UrlModelsStateResult {
  /** The state the URL holds now. */
  state: ModelsUrlState;
  /** Parameters of the URL that could not be read (hand-edited, stale), with the reason. */
  dropped: DroppedSearchParam[];
  /**
   * Writes a new state into the URL: `{ history: 'push' }` (the default) adds a history entry, so
   * Back returns to the state before; `'replace'` rewrites the current one (while typing), or,
   * when the new URL is the one this entry was pushed from (a details dialog opened, then closed),
   * goes back to that entry (`history.back()`) instead of leaving two of it. The app's own
   * parameters and the hash are kept.
   */
  setState(
    next: ModelsUrlState | ((previous: ModelsUrlState) => ModelsUrlState),
    options?: { history?: HistoryMode },
  ): void;
}

/** Listeners of this kit's own history writes (`popstate` only fires on Back and Forward). */
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}
const noSubscribe = () => () => {};
const currentSearch = () => window.location.search;

/** The key of a history entry's state that holds the URL the kit pushed it from. */
const PUSHED_FROM = 'react-openrouter-models:from';
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/**
 * The history state to write with a new URL: the current one (a router's own keys stay), less
 * Next.js's `__NA` marker. Next's App Router patches `pushState` / `replaceState` to take in a
 * write from outside (its `useSearchParams`, and the URL it writes back on its next update, then
 * follow), but passes a write whose state carries `__NA` straight through as one of its own: its
 * router would keep the old URL and, on its next update (`router.refresh()`, a server action),
 * write it back over the catalogue's. Next puts the marker back.
 */
function stateToWrite(): unknown {
  const state: unknown = window.history.state;
  if (!isRecord(state) || !('__NA' in state)) return state;
  const { __NA: _router, ...rest } = state;
  return rest;
}

/**
 * The catalogue's `{ filters, sort, q, details }` kept in the page's URL with no router: read from
 * `location.search`, written with `history.pushState` / `replaceState`, and restored by Back and
 * Forward (`popstate`). Every hook on the page sees the same state. On a server (no `window`) it
 * reads `serverSearch`.
 *
 * Next.js's App Router takes these writes in. With a router that should own the URL (React
 * Router), let it: read with `filtersFromSearchParams(searchParams)`, write with
 * `filtersToSearchParams(state, { keep })`.
 *
 * ```tsx
 * const { state, setState } = useUrlModelsState();
 * <SortSelect value={state.sort} onValueChange={(sort) => setState({ ...state, sort })} />
 * ```
 */
export function useUrlModelsState({
  enabled = true,
  serverSearch = '',
}: UseUrlModelsStateOptions = {}): UrlModelsStateResult {
  // The server's snapshot as a search string (what the browser's snapshot is).
  const serverString = useMemo(
    () =>
      typeof serverSearch === 'string'
        ? serverSearch
        : filtersToSearchParams(filtersFromSearchParams(serverSearch).state).toString(),
    [serverSearch],
  );
  const search = useSyncExternalStore(
    enabled ? subscribe : noSubscribe,
    enabled ? currentSearch : () => '',
    () => (enabled ? serverString : ''),
  );
  const { state, dropped } = useMemo(() => filtersFromSearchParams(search), [search]);

  const setState = useCallback<UrlModelsStateResult['setState']>(
    (next, { history = 'push' } = {}) => {
      if (!enabled || typeof window === 'undefined') return;
      const { location } = window;
      const value = typeof next === 'function' ? next(filtersFromSearchParams(location.search).state) : next;
      const query = filtersToSearchParams(value, { keep: location.search }).toString();
      const url = location.pathname + (query ? '?' + query : '') + location.hash;
      const here = location.pathname + location.search + location.hash;
      if (url === here) return;
      const entry = stateToWrite();
      if (history === 'replace') {
        // Back to the URL this entry was pushed from (a dialog opened, then closed): go back to
        // that entry rather than rewrite this one into a copy of it, so Back then leaves the page
        // instead of stepping onto the same page once more. `popstate` tells the listeners.
        if (isRecord(entry) && entry[PUSHED_FROM] === url) {
          window.history.back();
          return;
        }
        window.history.replaceState(entry, '', url);
      } else {
        // The entry remembers the URL it was pushed from (a state that is not an object keeps none).
        const marked =
          entry == null
            ? { [PUSHED_FROM]: here }
            : isRecord(entry)
              ? { ...entry, [PUSHED_FROM]: here }
              : entry;
        window.history.pushState(marked, '', url);
      }
      for (const listener of [...listeners]) listener();
    },
    [enabled],
  );

  return { state, dropped, setState };
}
