import { canonicalFilterValue } from '../core/encode-query';
import type { ModelsListFilters } from '../core/types';

type Patch = { [K in keyof ModelsListFilters]?: ModelsListFilters[K] | undefined };

/** Keys that are not filters a person sets in a filter panel: clearing keeps them. */
export const NON_FILTER_KEYS: ReadonlyArray<keyof ModelsListFilters> = ['sort', 'q', 'offset', 'limit'];

/**
 * One value in the core's canonical form (`canonicalFilterValue`), or `undefined` when it
 * means "any": blank strings, empty lists, `zdr: false`, text-only output, and a number that
 * is no number (a cleared field). A value the client would refuse is kept as it is, so that
 * the request names it ("Invalid filter: minPrice") instead of the filter vanishing.
 */
function canonicalValue(key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  try {
    return canonicalFilterValue(key, value);
  } catch {
    return value;
  }
}

/**
 * `filters` with `patch` applied, canonical: a key set back to "any" is removed, never
 * sent as an empty list or an empty string. Keys not in the patch are kept as they are.
 *
 * ```ts
 * updateFilters({ sort: 'newest' }, { inputModalities: [] }) // → { sort: 'newest' }
 * ```
 */
export function updateFilters(filters: ModelsListFilters, patch: Patch): ModelsListFilters {
  const next: Record<string, unknown> = { ...filters };
  for (const [key, value] of Object.entries(patch)) {
    const v = canonicalValue(key, value);
    if (v === undefined) delete next[key];
    else next[key] = v;
  }
  return next as ModelsListFilters;
}

/** The filters with every filter removed; `keep` (default: sort, search, paging) stays. */
export function clearFilters(
  filters: ModelsListFilters,
  keep: ReadonlyArray<keyof ModelsListFilters> = NON_FILTER_KEYS,
): ModelsListFilters {
  const next: Record<string, unknown> = {};
  for (const key of keep) if (filters[key] !== undefined) next[key] = filters[key];
  return next as ModelsListFilters;
}

/** True when some filter outside `keep` has a value. */
export function hasActiveFilters(
  filters: ModelsListFilters,
  keep: ReadonlyArray<keyof ModelsListFilters> = NON_FILTER_KEYS,
): boolean {
  return (Object.keys(filters) as (keyof ModelsListFilters)[]).some(
    (key) => !keep.includes(key) && isFilterSet(filters, key),
  );
}

/** The same keys with the same values (lists compared item by item, in order). */
/** Whether `key` is set as `hasActiveFilters` reads it: text-only output, `zdr: false`, empty lists and blank strings are "any". */
export function isFilterSet(filters: ModelsListFilters, key: keyof ModelsListFilters): boolean {
  return canonicalValue(key, filters[key]) !== undefined;
}

export function sameFilters(a: ModelsListFilters, b: ModelsListFilters): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((v, i) => v !== y[i])) return false;
    } else if (x !== y) return false;
  }
  return true;
}

/** `list` with `item` added, or removed when it was there. */
export function toggleItem<T>(list: readonly T[] | undefined, item: T): T[] {
  const current = list ?? [];
  return current.includes(item) ? current.filter((v) => v !== item) : [...current, item];
}

/** Filters that one control sets as a pair (a range): counted once. */
const RANGES: ReadonlyArray<readonly [keyof ModelsListFilters, keyof ModelsListFilters]> = [
  ['minPrice', 'maxPrice'],
  ['minOutputPrice', 'maxOutputPrice'],
  ['minAgeDays', 'maxAgeDays'],
  ['minIntelligenceIndex', 'maxIntelligenceIndex'],
  ['minCodingIndex', 'maxCodingIndex'],
  ['minAgenticIndex', 'maxAgenticIndex'],
  ['minToolSuccessRate', 'maxToolSuccessRate'],
];

/**
 * How many filters a person has set, counted as the controls that set them: a price range
 * is one, "free only" (both prices at most 0) is one; sort, `q` and paging are not filters.
 *
 * ```ts
 * countActiveFilters({ maxPrice: 0, maxOutputPrice: 0, inputModalities: ['image'] }) // → 2
 * ```
 */
export function countActiveFilters(filters: ModelsListFilters): number {
  const isSet = (key: keyof ModelsListFilters) => isFilterSet(filters, key);
  // As the "Free models only" toggle reads it (a minimum beside a maximum of 0 can only be 0).
  const freeOnly = filters.maxPrice === 0 && filters.maxOutputPrice === 0;
  const groups = new Set<string>();
  for (const key of Object.keys(filters) as (keyof ModelsListFilters)[]) {
    if (NON_FILTER_KEYS.includes(key) || !isSet(key)) continue;
    // The two price ranges (the first two) are one control then.
    if (freeOnly && (RANGES[0].includes(key) || RANGES[1].includes(key))) groups.add('free');
    else groups.add(RANGES.find((range) => range.includes(key))?.[0] ?? key);
  }
  return groups.size;
}
