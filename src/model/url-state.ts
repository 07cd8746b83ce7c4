import { FILTERS, normalizeModelsFilters, type Filter } from '../core/encode-query';
import { InvalidRequestError } from '../core/errors';
import { modelIdOf } from '../core/model-id';
import type { ModelSort, ModelsListFilters } from '../core/types';
import { plainDecimal, snake } from '../core/util';

/** The filters a URL keeps: every filter of `GET /models` but sort, search and paging. */
export type UrlModelsFilters = Omit<ModelsListFilters, 'sort' | 'q' | 'offset' | 'limit'>;

/**
 * What a catalogue's URL holds: its filters, its sort, its search, and the model whose details are
 * open. Paging is not URL state.
 */
export interface ModelsUrlState {
  filters: UrlModelsFilters;
  sort?: ModelSort;
  q?: string;
  /**
   * The id of the model whose details are open (`anthropic/claude-sonnet-4.5`, `openai/gpt-4o:free`),
   * in the URL as `details=`. Not a filter: never in the API's query.
   */
  details?: string;
}

/** A parameter of a URL that could not be read as URL state, and why. */
export interface DroppedSearchParam {
  /** The parameter's name as written, e.g. `max_price`. */
  param: string;
  /** Its value as written. */
  value: string;
  /** Why it was left out, e.g. `maxPrice must be a number of at least 0`. */
  reason: string;
}

/** Search parameters as `URLSearchParams` (or a read-only one, as routers give), a query string (`?a=1` or `a=1`) or a record (Next.js's `searchParams`). */
export type SearchParamsInput =
  | Pick<URLSearchParams, 'forEach'>
  | string
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Paging parameters: read from no URL, written to none. */
const PAGING = new Set(['offset', 'limit']);
/** Wire name → the filter's table entry, for every filter a URL holds. */
const BY_PARAM = new Map<string, Filter>(
  FILTERS.filter((f) => !PAGING.has(f.name)).map((f) => [snake(f.name), f]),
);
const PAGING_PARAMS = new Set([...PAGING].map(snake));
/** The open details' parameter: a model id, not one of the API's filters. */
const DETAILS_PARAM = 'details';

/** A model id as the core checks it, in canonical form (`modelIdOf`), or a reason it cannot be one. */
function readDetails(raw: string): { value: string } | { reason: string } {
  try {
    return { value: modelIdOf(raw.trim()) };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

/** `[name, value]` pairs of any accepted input, in their order. */
function entriesOf(input: SearchParamsInput | null | undefined): Array<[string, string]> {
  if (input == null) return [];
  if (typeof input === 'string')
    return [...new URLSearchParams(input.startsWith('?') ? input.slice(1) : input)];
  if (typeof (input as URLSearchParams).forEach === 'function') {
    const out: Array<[string, string]> = [];
    (input as URLSearchParams).forEach((value, name) => out.push([name, value]));
    return out;
  }
  const out: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(input as Record<string, unknown>)) {
    if (typeof value === 'string') out.push([name, value]);
    else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') out.push([name, v]);
  }
  return out;
}

/** A wire value read by its filter's kind, or a reason it cannot be one. */
function readValue(filter: Filter, raw: string): { value: unknown } | { reason: string } {
  const text = raw.trim();
  switch (filter.kind) {
    case 'string':
      return { value: text };
    case 'boolean':
    case 'trueOnly':
      if (text === 'true') return { value: true };
      if (text === 'false') return { value: false };
      return { reason: `${filter.name} must be true or false` };
    case 'list':
    case 'modalities':
      return { value: filter.kind === 'modalities' && text === 'all' ? 'all' : text.split(',') };
    default: {
      // Plain decimals only, as the core writes them: no hex, no exponent, no "Infinity".
      if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return { reason: `${filter.name} must be a number` };
      return { value: Number(text) };
    }
  }
}

/**
 * `filters` checked by the core, with every value the core refuses taken out (each refusal names
 * its filter; a maximum is checked before its minimum, so a minimum above it goes). `onDrop` is
 * told each filter taken out and why.
 */
function keepValid(
  filters: Record<string, unknown>,
  onDrop: (name: string, reason: string) => void,
): ModelsListFilters {
  const given = { ...filters };
  for (;;) {
    try {
      return normalizeModelsFilters(given as ModelsListFilters);
    } catch (error) {
      const field = error instanceof InvalidRequestError ? error.field : undefined;
      if (!field || !(field in given)) return {};
      onDrop(field, error instanceof Error ? error.message : String(error));
      delete given[field];
    }
  }
}

/** `{ filters, sort, q }` as one filter object, as the core takes it (`details` is not a filter). */
const flat = (state: ModelsUrlState): ModelsListFilters => ({
  ...state.filters,
  sort: state.sort,
  q: state.q,
});

/** A normalised filter object split back into URL state (no `undefined` keys). */
function split(filters: ModelsListFilters): ModelsUrlState {
  const { sort, q, offset: _offset, limit: _limit, ...rest } = filters;
  const state: ModelsUrlState = { filters: rest };
  if (sort !== undefined) state.sort = sort;
  if (q !== undefined) state.q = q;
  return state;
}

/**
 * `URLSearchParams` whose `toString()` writes commas as they are (`input_modalities=image,text`),
 * as the core writes the API's query, and a model id's `/`, `:`, `~` and `@` too
 * (`details=anthropic/claude-sonnet-4.5`). All four are allowed as they are in a query (RFC 3986),
 * and a value with them decodes the same either way.
 */
class ReadableSearchParams extends URLSearchParams {
  override toString(): string {
    return super
      .toString()
      .replace(/%(2C|2F|3A|7E|40)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/**
 * The search parameters of a catalogue URL for `state`: the API's own names and values
 * (`input_modalities=image,text&max_price=1&q=claude&sort=newest`), in the core's canonical
 * order, so the URL's query is also the API's query; then the open details, if any
 * (`details=anthropic/claude-sonnet-4.5`, last, written as it reads). Equal states give equal
 * strings.
 *
 * `keep`: the current URL's parameters; those that are not URL state (an app's own `?tab=`) are
 * kept, first and in their order. Values the core would refuse (a minimum above its maximum, a
 * `details` that is not a model id) are left out rather than thrown. Paging (`offset`, `limit`)
 * is never written.
 *
 * ```ts
 * filtersToSearchParams({ filters: { inputModalities: ['image'] }, sort: 'newest' }, { keep: location.search }).toString()
 * // 'tab=models&input_modalities=image&sort=newest'
 * ```
 */
export function filtersToSearchParams(
  state: ModelsUrlState,
  { keep }: { keep?: SearchParamsInput | null } = {},
): URLSearchParams {
  const out = new ReadableSearchParams();
  for (const [name, value] of entriesOf(keep)) {
    if (!BY_PARAM.has(name) && !PAGING_PARAMS.has(name) && name !== DETAILS_PARAM) out.append(name, value);
  }
  const filters = keepValid({ ...flat(state), offset: undefined, limit: undefined }, () => {});
  for (const filter of FILTERS) {
    const value = (filters as Record<string, unknown>)[filter.name];
    if (value === undefined || (filter.kind === 'trueOnly' && value === false)) continue;
    out.append(
      snake(filter.name),
      Array.isArray(value)
        ? value.join(',')
        : typeof value === 'number'
          ? plainDecimal(value)
          : String(value),
    );
  }
  if (state.details !== undefined) {
    const details = readDetails(String(state.details));
    if ('value' in details) out.append(DETAILS_PARAM, details.value);
  }
  return out;
}

/**
 * Reads a catalogue URL's search parameters back into `state` (`{ filters, sort, q, details }`), in
 * canonical form, and the same less `details` as the API's `filters` (for a server's prefetch).
 * `details` is checked by the core's model-id rules (`author/slug[:variant]`, as `parseModelId`).
 * Never throws: a value that cannot be right (`max_price=cheap`, `context=-1`, a minimum above its
 * maximum, `zdr=maybe`, `details=../x`, a repeated parameter, paging) is left out and listed in
 * `dropped` with the reason; parameters that are not URL state (an app's own `?tab=`) are ignored
 * here and kept by `filtersToSearchParams(state, { keep })`. Runs anywhere (no React, no DOM): a
 * server reads the same state from the request's URL.
 *
 * ```ts
 * const { state, dropped } = filtersFromSearchParams('?input_modalities=image&max_price=cheap&tab=2');
 * // state: { filters: { inputModalities: ['image'] } }, filters: { inputModalities: ['image'] }
 * // dropped: [{ param: 'max_price', value: 'cheap', reason: 'maxPrice must be a number' }]
 * ```
 */
export function filtersFromSearchParams(params: SearchParamsInput | null | undefined): {
  state: ModelsUrlState;
  /** The same state as the API's filters (`{ ...filters, sort, q }`, never `details`), for `client.models.list` or a prefetch. */
  filters: Omit<ModelsListFilters, 'offset' | 'limit'>;
  dropped: DroppedSearchParam[];
} {
  const dropped: DroppedSearchParam[] = [];
  const candidate: Record<string, unknown> = {};
  const raw = new Map<string, { param: string; value: string }>();
  let details: string | undefined;
  let detailsSeen = false;
  for (const [param, value] of entriesOf(params)) {
    if (PAGING_PARAMS.has(param)) {
      dropped.push({ param, value, reason: 'paging is not kept in the URL' });
      continue;
    }
    if (param === DETAILS_PARAM) {
      if (detailsSeen) {
        dropped.push({ param, value, reason: `${param} is repeated: the first one is used` });
        continue;
      }
      detailsSeen = true;
      const read = readDetails(value);
      if ('reason' in read) dropped.push({ param, value, reason: read.reason });
      else details = read.value;
      continue;
    }
    const filter = BY_PARAM.get(param);
    if (!filter) continue;
    if (raw.has(filter.name)) {
      dropped.push({ param, value, reason: `${param} is repeated: the first one is used` });
      continue;
    }
    raw.set(filter.name, { param, value });
    const read = readValue(filter, value);
    if ('reason' in read) dropped.push({ param, value, reason: read.reason });
    else candidate[filter.name] = read.value;
  }
  const filters = keepValid(candidate, (name, reason) => {
    const at = raw.get(name);
    if (at) dropped.push({ ...at, reason });
  });
  const state = split(filters);
  if (details !== undefined) state.details = details;
  return { state, filters, dropped };
}
