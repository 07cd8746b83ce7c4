import { InvalidRequestError } from './errors';
import type { ModelsListFilters } from './types';

type Kind = 'list' | 'string' | 'bool' | 'true-only' | 'int>=0' | 'int>=1' | 'limit' | 'num>=0' | 'fraction' | 'modalities';

/** Each filter: its camelCase name, its wire name, and what values it takes. Sorted by wire name so the query is canonical. */
const FIELDS: ReadonlyArray<readonly [keyof ModelsListFilters, string, Kind]> = (
  [
    ['arch', 'arch', 'string'],
    ['category', 'category', 'string'],
    ['context', 'context', 'int>=1'],
    ['distillable', 'distillable', 'bool'],
    ['inputModalities', 'input_modalities', 'list'],
    ['limit', 'limit', 'limit'],
    ['maxAgeDays', 'max_age_days', 'int>=0'],
    ['maxAgenticIndex', 'max_agentic_index', 'num>=0'],
    ['maxCodingIndex', 'max_coding_index', 'num>=0'],
    ['maxIntelligenceIndex', 'max_intelligence_index', 'num>=0'],
    ['maxOutputPrice', 'max_output_price', 'num>=0'],
    ['maxPrice', 'max_price', 'num>=0'],
    ['maxToolSuccessRate', 'max_tool_success_rate', 'fraction'],
    ['minAgeDays', 'min_age_days', 'int>=0'],
    ['minAgenticIndex', 'min_agentic_index', 'num>=0'],
    ['minCodingIndex', 'min_coding_index', 'num>=0'],
    ['minIntelligenceIndex', 'min_intelligence_index', 'num>=0'],
    ['minOutputPrice', 'min_output_price', 'num>=0'],
    ['minPrice', 'min_price', 'num>=0'],
    ['minToolSuccessRate', 'min_tool_success_rate', 'fraction'],
    ['modelAuthors', 'model_authors', 'list'],
    ['offset', 'offset', 'int>=0'],
    ['outputModalities', 'output_modalities', 'modalities'],
    ['providers', 'providers', 'list'],
    ['q', 'q', 'string'],
    ['region', 'region', 'string'],
    ['sort', 'sort', 'string'],
    ['supportedParameters', 'supported_parameters', 'list'],
    ['zdr', 'zdr', 'true-only'],
  ] as const
);

/** Pairs whose minimum must not exceed their maximum. */
const RANGES: ReadonlyArray<readonly [keyof ModelsListFilters, keyof ModelsListFilters]> = [
  ['minPrice', 'maxPrice'],
  ['minOutputPrice', 'maxOutputPrice'],
  ['minAgeDays', 'maxAgeDays'],
  ['minIntelligenceIndex', 'maxIntelligenceIndex'],
  ['minCodingIndex', 'maxCodingIndex'],
  ['minAgenticIndex', 'maxAgenticIndex'],
  ['minToolSuccessRate', 'maxToolSuccessRate'],
];

const KNOWN = new Set<string>(FIELDS.map((f) => f[0]));

function encodeList(field: string, value: unknown): string | undefined {
  if (!Array.isArray(value)) throw new InvalidRequestError(field, 'must be an array of strings');
  const items = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'string') throw new InvalidRequestError(field, 'must be an array of strings');
    const v = item.trim();
    if (v.includes(',')) throw new InvalidRequestError(field, `"${v}" must not contain ","`);
    if (v) items.add(v);
  }
  return items.size ? [...items].sort().join(',') : undefined;
}

function encodeNumber(field: string, value: unknown, kind: Kind): string {
  if (typeof value !== 'number' || Number.isNaN(value)) throw new InvalidRequestError(field, 'must be a number');
  if (!Number.isFinite(value)) throw new InvalidRequestError(field, 'must be finite');
  const integer = kind === 'int>=0' || kind === 'int>=1' || kind === 'limit';
  if (integer && !Number.isInteger(value)) throw new InvalidRequestError(field, 'must be a whole number');
  const min = kind === 'int>=1' || kind === 'limit' ? 1 : 0;
  if (value < min) throw new InvalidRequestError(field, `must be at least ${min}`);
  if (kind === 'limit' && value > 1000) throw new InvalidRequestError(field, 'must be at most 1000');
  if (kind === 'fraction' && value > 1) throw new InvalidRequestError(field, 'must be a fraction between 0 and 1');
  return String(value);
}

function encodeValue(field: string, value: unknown, kind: Kind): string | undefined {
  switch (kind) {
    case 'list':
      return encodeList(field, value);
    case 'modalities':
      if (value === 'all') return 'all';
      {
        const list = encodeList(field, value);
        return list?.split(',').includes('all') ? 'all' : list;
      }
    case 'string':
      if (typeof value !== 'string') throw new InvalidRequestError(field, 'must be a string');
      return value.trim() || undefined;
    case 'bool':
      if (typeof value !== 'boolean') throw new InvalidRequestError(field, 'must be true or false');
      return String(value);
    case 'true-only':
      if (typeof value !== 'boolean') throw new InvalidRequestError(field, 'must be true or false');
      return value ? 'true' : undefined;
    default:
      return encodeNumber(field, value, kind);
  }
}

/**
 * Checks the filters of `GET /models` and encodes them as a canonical query string
 * (without `?`): wire names in alphabetical order, list values trimmed, de-duplicated,
 * sorted and comma-joined, unset and empty values left out. Equal filters give equal strings.
 * Throws `InvalidRequestError` naming the field for a value that cannot be right.
 */
export function encodeModelsQuery(filters: ModelsListFilters = {}, allowed?: ReadonlySet<string>): string {
  if (typeof filters !== 'object' || filters === null) throw new InvalidRequestError('filters', 'must be an object');
  for (const key of Object.keys(filters)) {
    const value = (filters as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (!KNOWN.has(key) || (allowed && !allowed.has(key))) throw new InvalidRequestError(key, 'is not a filter of this endpoint');
  }
  for (const [lo, hi] of RANGES) {
    const a = filters[lo];
    const b = filters[hi];
    if (typeof a === 'number' && typeof b === 'number' && a > b) throw new InvalidRequestError(lo, `must not exceed ${hi} (${a} > ${b})`);
  }
  const parts: string[] = [];
  for (const [name, wire, kind] of FIELDS) {
    const value = filters[name];
    if (value === undefined || value === null) continue;
    const encoded = encodeValue(name, value, kind);
    if (encoded !== undefined) parts.push(`${wire}=${encodeURIComponent(encoded).replace(/%2C/g, ',')}`);
  }
  return parts.join('&');
}

/**
 * The filters in a canonical form: unset, empty and default-equivalent values removed,
 * lists sorted and de-duplicated. Two filter objects that ask the same question
 * normalise to equal objects (and equal query keys).
 */
export function normalizeModelsFilters<F extends ModelsListFilters>(filters: F = {} as F): F {
  const query = encodeModelsQuery(filters);
  const out: Record<string, unknown> = {};
  if (!query) return out as F;
  const byWire = new Map(FIELDS.map((f) => [f[1], f] as const));
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const [name, , kind] = byWire.get(pair.slice(0, eq))!;
    const raw = decodeURIComponent(pair.slice(eq + 1));
    out[name] =
      kind === 'list' ? raw.split(',')
      : kind === 'modalities' ? (raw === 'all' ? 'all' : raw.split(','))
      : kind === 'bool' || kind === 'true-only' ? raw === 'true'
      : kind === 'string' ? raw
      : Number(raw);
  }
  return out as F;
}
