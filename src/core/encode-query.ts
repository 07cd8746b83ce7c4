import { InvalidRequestError } from './errors';
import type { ModelsListFilters } from './types';
import { plainDecimal, snake } from './util';

/**
 * Every filter of `GET /models` as `name:kind`, sorted by wire name (the name in snake_case)
 * so the query is canonical. Kinds: `l` list, `m` modalities (a list or 'all'), `s` string,
 * `b` boolean, `t` only true is sent; numbers: `i` integer ≥ 0, `c` integer ≥ 1,
 * `L` integer 1–1000, `n` number ≥ 0, `f` fraction 0–1.
 */
const FILTERS =
  'arch:s category:s context:c distillable:b inputModalities:l limit:L maxAgeDays:i maxAgenticIndex:n maxCodingIndex:n maxIntelligenceIndex:n maxOutputPrice:n maxPrice:n maxToolSuccessRate:f minAgeDays:i minAgenticIndex:n minCodingIndex:n minIntelligenceIndex:n minOutputPrice:n minPrice:n minToolSuccessRate:f modelAuthors:l offset:i outputModalities:m providers:l q:s region:s sort:s supportedParameters:l zdr:t';

/** The filters that are set, checked, in canonical order: [name, wire value, normal value]. */
function canonical(filters: ModelsListFilters, allowed?: Iterable<string>): Array<[string, string, unknown]> {
  if (!filters || typeof filters != 'object') throw new InvalidRequestError('filters', 'must be an object');
  const f = filters as Record<string, any>;
  const known = FILTERS.split(' ').map((s) => s.split(':'));
  for (const key of Object.keys(f)) {
    if (f[key] !== undefined && (!known.some(([name]) => name == key) || (allowed && ![...allowed].includes(key)))) {
      throw new InvalidRequestError(key, 'is not a filter of this endpoint');
    }
  }
  const out: Array<[string, string, unknown]> = [];
  for (const [name, kind] of known) {
    let value = f[name];
    if (value == null) continue;
    const list = 'lm'.includes(kind);
    const type = list ? 'object' : kind == 's' ? 'string' : 'bt'.includes(kind) ? 'boolean' : 'number';
    const int = 'icL'.includes(kind);
    const min = +'cL'.includes(kind);
    const max = kind == 'L' ? 1000 : kind == 'f' ? 1 : 1 / 0;
    if (kind == 'm' && value == 'all') value = ['all'];
    if (
      list
        ? !Array.isArray(value) || value.some((v) => typeof v != 'string' || v.includes(','))
        : typeof value != type || (type == 'number' && !(isFinite(value) && value >= min && value <= max && !(int && value % 1)))
    ) {
      throw new InvalidRequestError(name, `must be ${list ? 'an array of strings without ","' : type == 'number' ? `a${int ? ' whole' : ''} number ${max < 1 / 0 ? `from ${min} to ${max}` : `of at least ${min}`}` : 'a ' + type}`);
    }
    if (list) {
      value = [...new Set(value.map((v: string) => v.trim()).filter(Boolean))].sort();
      if (kind == 'm' && value.includes('all')) value = 'all';
    } else if (type == 'string') {
      value = value.trim();
    } else if (type == 'number') {
      value = +String(value);
      // Each minimum must not exceed its maximum; a null or undefined maximum is no bound.
      const hi = 'max' + name.slice(3);
      if (name.startsWith('min') && f[hi] != null && value > f[hi]) throw new InvalidRequestError(name, `must not exceed ${hi}`);
    }
    const wire = type == 'number' ? plainDecimal(value) : String(value);
    // A lone surrogate (a cut emoji) cannot be percent-encoded: encodeURIComponent would throw a URIError.
    if (/\p{Cs}/u.test(wire)) throw new InvalidRequestError(name, 'must be valid Unicode (no lone surrogate)');
    if (wire && !(kind == 't' && !value)) out.push([name, wire, value]);
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
