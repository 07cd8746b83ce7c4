'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { PreferenceStorage } from '../model-picker/use-model-preferences';
import type { ModelCatalogueView } from './model-catalogue-context';

const listeners = new Set<() => void>();
const memory = new Map<string, string>();

function defaultStorage(): PreferenceStorage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null; // storage blocked (privacy settings)
  }
}

function read(storage: PreferenceStorage | null, key: string): ModelCatalogueView | undefined {
  let raw: string | null | undefined;
  if (storage) {
    try {
      raw = storage.getItem(key);
    } catch {
      raw = null;
    }
  }
  raw ??= memory.get(key);
  return raw === 'table' || raw === 'cards' ? raw : undefined;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/**
 * The catalogue's cards/table choice, remembered in `storage` (`localStorage` by default, `null`
 * for memory only) as the picker remembers its favourites. The server renders `fallback`.
 */
export function useStoredView(
  storage: PreferenceStorage | null | undefined,
  key: string,
  fallback: ModelCatalogueView,
): [ModelCatalogueView, (view: ModelCatalogueView) => void] {
  const store = storage === undefined ? defaultStorage() : storage;
  const view = useSyncExternalStore(
    subscribe,
    () => read(store, key) ?? fallback,
    () => fallback,
  );
  const setView = useCallback(
    (next: ModelCatalogueView) => {
      try {
        if (!store) throw new Error('no storage');
        store.setItem(key, next);
        memory.delete(key);
      } catch {
        // No storage, or one that refuses (quota): the choice lasts until reload.
        memory.set(key, next);
      }
      for (const listener of [...listeners]) listener();
    },
    [store, key],
  );
  return [view, setView];
}
