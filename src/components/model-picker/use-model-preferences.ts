'use client';
import { useCallback, useMemo, useSyncExternalStore } from 'react';

/** Where favourites and recents live. `localStorage` fits; so does any object with these two methods. */
export interface PreferenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ModelPreferences {
  favourites: string[];
  recents: string[];
  isFavourite(id: string): boolean;
  toggleFavourite(id: string): void;
  /** Puts `id` first among the recents (keeps `maxRecents`). */
  addRecent(id: string): void;
  clearRecents(): void;
}

const EMPTY: string[] = [];
const listeners = new Map<string, Set<() => void>>();
// Per storage, then per key: two pickers with one key and different storages each read their own.
const cache = new WeakMap<PreferenceStorage, Map<string, { raw: string | null; value: string[] }>>();
// Writes a storage refused (quota, a storage that throws): kept here, and read from here, until reload.
const unsaved = new WeakMap<PreferenceStorage, Map<string, string>>();
const perStorage = <V>(map: WeakMap<PreferenceStorage, Map<string, V>>, storage: PreferenceStorage) => {
  let m = map.get(storage);
  if (!m) map.set(storage, (m = new Map()));
  return m;
};

const memory = new Map<string, string>();
/** Used when there is no usable localStorage: favourites then last until reload. */
const memoryStorage: PreferenceStorage = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, v),
};

function defaultStorage(): PreferenceStorage {
  try {
    if (typeof window !== 'undefined' && window.localStorage) {
      const probe = '__orm_probe__';
      window.localStorage.setItem(probe, '1');
      window.localStorage.removeItem(probe);
      return window.localStorage;
    }
  } catch {
    // Blocked storage (privacy mode, sandboxed iframe, quota).
  }
  return memoryStorage;
}

function read(storage: PreferenceStorage | undefined, key: string): string[] {
  if (!storage) return EMPTY;
  let raw: string | null = unsaved.get(storage)?.get(key) ?? null;
  try {
    raw ??= storage.getItem(key);
  } catch {
    return EMPTY;
  }
  const entries = perStorage(cache, storage);
  const hit = entries.get(key);
  if (hit && hit.raw === raw) return hit.value;
  let value: string[] = EMPTY;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed)) value = parsed.filter((x): x is string => typeof x === 'string').slice(0, 200);
  } catch {
    // Corrupt entry: start afresh rather than fail.
  }
  entries.set(key, { raw, value });
  return value;
}

function write(storage: PreferenceStorage, key: string, value: string[]) {
  const raw = JSON.stringify(value);
  try {
    storage.setItem(key, raw);
    unsaved.get(storage)?.delete(key);
  } catch {
    // Quota or a storage that throws: keep the change in memory until reload.
    perStorage(unsaved, storage).set(key, raw);
  }
  listeners.get(key)?.forEach((l) => l());
}

function subscribe(key: string, listener: () => void) {
  let set = listeners.get(key);
  if (!set) listeners.set(key, (set = new Set()));
  set.add(listener);
  const onStorage = (e: StorageEvent) => e.key === key && listener();
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return () => {
    set!.delete(listener);
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

function useStoredList(storage: PreferenceStorage | undefined, key: string): string[] {
  const sub = useCallback((l: () => void) => subscribe(key, l), [key]);
  return useSyncExternalStore(
    sub,
    () => read(storage, key),
    () => EMPTY, // Server render: nothing stored yet, so server and client markup agree.
  );
}

/**
 * Favourite and recently used model ids, kept across reloads. Safe on a server (empty
 * there), with blocked storage (kept in memory), and across tabs (storage events).
 */
export function useModelPreferences({
  storage,
  storageKey = 'react-openrouter-models',
  maxRecents = 5,
}: { storage?: PreferenceStorage | null; storageKey?: string; maxRecents?: number } = {}): ModelPreferences {
  // `null`: remember nothing across reloads (memory only).
  const store = useMemo(() => (storage === null ? memoryStorage : (storage ?? defaultStorage())), [storage]);
  const favKey = `${storageKey}:favourites`;
  const recentKey = `${storageKey}:recents`;
  const favourites = useStoredList(store, favKey);
  const recents = useStoredList(store, recentKey);
  return useMemo(() => {
    const favSet = new Set(favourites);
    return {
      favourites,
      recents,
      isFavourite: (id) => favSet.has(id),
      toggleFavourite: (id) => {
        const now = read(store, favKey);
        write(store, favKey, now.includes(id) ? now.filter((x) => x !== id) : [...now, id]);
      },
      addRecent: (id) => {
        const now = read(store, recentKey);
        write(store, recentKey, [id, ...now.filter((x) => x !== id)].slice(0, maxRecents));
      },
      clearRecents: () => write(store, recentKey, []),
    };
  }, [favourites, recents, store, favKey, recentKey, maxRecents]);
}
