import { InvalidRequestError } from './errors';
import type { ModelsListFilters } from './types';
import { plainDecimal, snake } from './util';

type FilterName = keyof ModelsListFilters;

/** How a filter's value is checked, put in normal form and written on the wire. (Internal: `model/url-state.ts` reads it too.) */
export type Filter =
  /** Text, trimmed; not sent when empty. */
  | { name: FilterName; kind: 'string' }
  /** An array of strings: trimmed, de-duplicated, sorted and comma-joined; not sent when empty. */
  | { name: FilterName; kind: 'list' }
  /** A list, or `'all'` (also when `'all'` is one of the items). */
  | { name: FilterName; kind: 'modalities' }
  /** `true` or `false`, both sent. */
  | { name: FilterName; kind: 'boolean' }
  /** A boolean of which only `true` is sent (`false` asks the same as unset). */
  | { name: FilterName; kind: 'trueOnly' }
  /**
   * A number from `min` to `max` (no upper limit without `max`). `atMost`: the filter this
   * minimum must not exceed, when that one is set.
   */
  | { name: FilterName; kind: 'number' | 'wholeNumber'; min: number; max?: number; atMost?: FilterName };

/**
 * Every filter of `GET /models`, sorted by wire name (the name in snake_case) so the query
 * is canonical. Each maximum comes before its minimum, so it is checked first.
 */
export const FILTERS: readonly Filter[] = [
  { name: 'arch', kind: 'string' },
  { name: 'category', kind: 'string' },
  { name: 'context', kind: 'wholeNumber', min: 1 },
  { name: 'distillable', kind: 'boolean' },
  { name: 'inputModalities', kind: 'list' },
  { name: 'limit', kind: 'wholeNumber', min: 1, max: 1000 },
  { name: 'maxAgeDays', kind: 'wholeNumber', min: 0 },
  { name: 'maxAgenticIndex', kind: 'number', min: 0 },
  { name: 'maxCodingIndex', kind: 'number', min: 0 },
  { name: 'maxIntelligenceIndex', kind: 'number', min: 0 },
  { name: 'maxOutputPrice', kind: 'number', min: 0 },
  { name: 'maxPrice', kind: 'number', min: 0 },
  { name: 'maxToolSuccessRate', kind: 'number', min: 0, max: 1 },
  { name: 'minAgeDays', kind: 'wholeNumber', min: 0, atMost: 'maxAgeDays' },
  { name: 'minAgenticIndex', kind: 'number', min: 0, atMost: 'maxAgenticIndex' },
  { name: 'minCodingIndex', kind: 'number', min: 0, atMost: 'maxCodingIndex' },
  { name: 'minIntelligenceIndex', kind: 'number', min: 0, atMost: 'maxIntelligenceIndex' },
  { name: 'minOutputPrice', kind: 'number', min: 0, atMost: 'maxOutputPrice' },
  { name: 'minPrice', kind: 'number', min: 0, atMost: 'maxPrice' },
  { name: 'minToolSuccessRate', kind: 'number', min: 0, max: 1, atMost: 'maxToolSuccessRate' },
  { name: 'modelAuthors', kind: 'list' },
  { name: 'offset', kind: 'wholeNumber', min: 0 },
  { name: 'outputModalities', kind: 'modalities' },
  { name: 'providers', kind: 'list' },
  { name: 'q', kind: 'string' },
  { name: 'region', kind: 'string' },
  { name: 'sort', kind: 'string' },
  { name: 'supportedParameters', kind: 'list' },
  { name: 'zdr', kind: 'trueOnly' },
];

/**
 * The value of `filter` checked and in normal form (`given` holds all the filters, for the
 * bounds). Throws `InvalidRequestError` naming the filter for a value that cannot be right.
 */
function normalValue(filter: Filter, value: unknown, given: Record<string, unknown>): unknown {
  const { name } = filter;
  switch (filter.kind) {
    case 'string':
      if (typeof value != 'string') throw new InvalidRequestError(name, 'must be a string');
      return value.trim();
    case 'boolean':
    case 'trueOnly':
      if (typeof value != 'boolean') throw new InvalidRequestError(name, 'must be a boolean');
      return value;
    case 'list':
    case 'modalities': {
      const all = filter.kind == 'modalities';
      const items: unknown = all && value == 'all' ? ['all'] : value;
      if (!Array.isArray(items) || items.some((v) => typeof v != 'string' || v.includes(','))) {
        throw new InvalidRequestError(name, 'must be an array of strings without ","');
      }
      const list = [...new Set(items.map((v: string) => v.trim()).filter(Boolean))].sort();
      return all && list.includes('all') ? 'all' : list;
    }
    default: {
      const { min, max = 1 / 0, atMost } = filter;
      const whole = filter.kind == 'wholeNumber';
      const inRange = typeof value == 'number' && isFinite(value) && value >= min && value <= max;
      if (!inRange || (whole && value % 1)) {
        const range = max < 1 / 0 ? `from ${min} to ${max}` : `of at least ${min}`;
        throw new InvalidRequestError(name, `must be a${whole ? ' whole' : ''} number ${range}`);
      }
      // A null or undefined maximum is no bound.
      const bound = atMost && given[atMost];
      if (bound != null && value > (bound as number)) {
        throw new InvalidRequestError(name, `must not exceed ${atMost}`);
      }
      // −0 becomes 0.
      return value || 0;
    }
  }
}

/**
 * One filter's value in canonical form, or `undefined` when it asks nothing: unset, blank,
 * an empty list, `zdr: false`, and the server's default output (text only). Throws
 * `InvalidRequestError` naming the filter for a value that cannot be right (bounds between
 * filters are checked only with `given`, all the filters). The one rule for "set" in the kit:
 * the query, the query keys and the model layer's filter helpers all read it.
 */
export function canonicalFilterValue(
  name: string,
  value: unknown,
  given: Record<string, unknown> = {},
): unknown {
  const filter = FILTERS.find((f) => f.name == name);
  if (!filter) throw new InvalidRequestError(name, 'is not a filter of this endpoint');
  if (value == null) return undefined;
  const normal = normalValue(filter, value, given);
  const wire = typeof normal == 'number' ? plainDecimal(normal) : String(normal);
  // A lone surrogate (a cut emoji) cannot be percent-encoded: encodeURIComponent would throw.
  if (/\p{Cs}/u.test(wire)) throw new InvalidRequestError(name, 'must be valid Unicode (no lone surrogate)');
  if (!wire || (filter.kind == 'trueOnly' && !normal)) return undefined;
  // Output modalities default to text on the server: asking for text alone asks nothing.
  if (filter.kind == 'modalities' && wire == 'text') return undefined;
  return normal;
}

/** The filters that are set, checked, in canonical order: [name, wire value, normal value]. */
function canonical(filters: ModelsListFilters, allowed?: Iterable<string>): Array<[string, string, unknown]> {
  if (!filters || typeof filters != 'object') throw new InvalidRequestError('filters', 'must be an object');
  const given = filters as Record<string, unknown>;
  const takes = allowed && new Set(allowed);
  for (const key of Object.keys(given)) {
    if (given[key] !== undefined && (!FILTERS.some((f) => f.name == key) || (takes && !takes.has(key)))) {
      throw new InvalidRequestError(key, 'is not a filter of this endpoint');
    }
  }
  const out: Array<[string, string, unknown]> = [];
  for (const { name } of FILTERS) {
    const value = canonicalFilterValue(name, given[name], given);
    if (value !== undefined)
      out.push([name, typeof value == 'number' ? plainDecimal(value) : String(value), value]);
  }
  return out;
}

/**
 * Checks the filters of `GET /models` and encodes them as a canonical query string
 * (without `?`): wire names in alphabetical order, list values trimmed, de-duplicated,
 * sorted and comma-joined, unset and empty values left out. Equal filters give equal strings.
 * `allowed`: the filters an endpoint takes (default: all).
 * Throws `InvalidRequestError` naming the field for a value that cannot be right.
 */
export function encodeModelsQuery(filters: ModelsListFilters = {}, allowed?: Iterable<string>): string {
  return canonical(filters, allowed)
    .map(([name, value]) => `${snake(name)}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
    .join('&');
}

/**
 * The filters in a canonical form: unset, empty and default-equivalent values removed,
 * lists sorted and de-duplicated. Two filter objects that ask the same question
 * normalise to equal objects (and equal query keys).
 */
export function normalizeModelsFilters<F extends ModelsListFilters>(filters: F = {} as F): F {
  return Object.fromEntries(canonical(filters).map(([name, , value]) => [name, value])) as unknown as F;
}
