import { MODEL_CATEGORIES, MODEL_REGIONS, MODEL_SORTS } from '../core/types';

/** The query of `GET /models` after checking, with the server's defaults applied. */
export interface MockModelsQuery {
  category?: string;
  supportedParameters?: string[];
  /** `'all'`, or the modalities of which a model must output at least one. Default `['text']`. */
  outputModalities: string[] | 'all';
  sort?: string;
  /** Lower-cased search terms; each must occur in the name or the id. */
  q?: string[];
  inputModalities?: string[];
  context?: number;
  minPrice?: number;
  maxPrice?: number;
  minOutputPrice?: number;
  maxOutputPrice?: number;
  arch?: string;
  modelAuthors?: string[];
  providers?: string[];
  distillable?: boolean;
  zdr?: boolean;
  region?: string;
  minAgeDays?: number;
  maxAgeDays?: number;
  minIntelligenceIndex?: number;
  maxIntelligenceIndex?: number;
  minCodingIndex?: number;
  maxCodingIndex?: number;
  minAgenticIndex?: number;
  maxAgenticIndex?: number;
  minToolSuccessRate?: number;
  maxToolSuccessRate?: number;
  offset?: number;
  limit?: number;
}

export type ParsedModelsQuery = { ok: true; query: MockModelsQuery } | { ok: false; message: string };

class QueryError extends Error {}

/** Which parameters an endpoint reads; others are ignored, as the real server ignores unknown parameters. */
export type ModelsQueryScope = 'list' | 'count' | 'user';

const NUMBERS: ReadonlyArray<
  readonly [keyof MockModelsQuery, string, 'int>=0' | 'int>=1' | 'num>=0' | 'fraction']
> = [
  ['context', 'context', 'int>=1'],
  ['minPrice', 'min_price', 'num>=0'],
  ['maxPrice', 'max_price', 'num>=0'],
  ['minOutputPrice', 'min_output_price', 'num>=0'],
  ['maxOutputPrice', 'max_output_price', 'num>=0'],
  ['minAgeDays', 'min_age_days', 'int>=0'],
  ['maxAgeDays', 'max_age_days', 'int>=0'],
  ['minIntelligenceIndex', 'min_intelligence_index', 'num>=0'],
  ['maxIntelligenceIndex', 'max_intelligence_index', 'num>=0'],
  ['minCodingIndex', 'min_coding_index', 'num>=0'],
  ['maxCodingIndex', 'max_coding_index', 'num>=0'],
  ['minAgenticIndex', 'min_agentic_index', 'num>=0'],
  ['maxAgenticIndex', 'max_agentic_index', 'num>=0'],
  ['minToolSuccessRate', 'min_tool_success_rate', 'fraction'],
  ['maxToolSuccessRate', 'max_tool_success_rate', 'fraction'],
];

const RANGES: ReadonlyArray<readonly [keyof MockModelsQuery, keyof MockModelsQuery, string, string]> = [
  ['minPrice', 'maxPrice', 'min_price', 'max_price'],
  ['minOutputPrice', 'maxOutputPrice', 'min_output_price', 'max_output_price'],
  ['minAgeDays', 'maxAgeDays', 'min_age_days', 'max_age_days'],
  ['minIntelligenceIndex', 'maxIntelligenceIndex', 'min_intelligence_index', 'max_intelligence_index'],
  ['minCodingIndex', 'maxCodingIndex', 'min_coding_index', 'max_coding_index'],
  ['minAgenticIndex', 'maxAgenticIndex', 'min_agentic_index', 'max_agentic_index'],
  ['minToolSuccessRate', 'maxToolSuccessRate', 'min_tool_success_rate', 'max_tool_success_rate'],
];

function scalar(params: URLSearchParams, wire: string): string | undefined {
  const v = params.get(wire);
  if (v === null) return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

function list(params: URLSearchParams, wire: string): string[] | undefined {
  const items = params
    .getAll(wire)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return items.length ? [...new Set(items)] : undefined;
}

function number(
  params: URLSearchParams,
  wire: string,
  kind: 'int>=0' | 'int>=1' | 'num>=0' | 'fraction' | 'limit',
): number | undefined {
  const raw = scalar(params, wire);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw) || !Number.isFinite(n))
    throw new QueryError(`Invalid query parameter "${wire}": expected a number, got "${raw}"`);
  const integer = kind === 'int>=0' || kind === 'int>=1' || kind === 'limit';
  if (integer && !Number.isInteger(n))
    throw new QueryError(`Invalid query parameter "${wire}": expected an integer, got "${raw}"`);
  const min = kind === 'int>=1' || kind === 'limit' ? 1 : 0;
  if (n < min) throw new QueryError(`Invalid query parameter "${wire}": must be at least ${min}`);
  if (kind === 'limit' && n > 1000)
    throw new QueryError(`Invalid query parameter "${wire}": must be at most 1000`);
  if (kind === 'fraction' && n > 1)
    throw new QueryError(`Invalid query parameter "${wire}": must be at most 1`);
  return n;
}

function oneOf(params: URLSearchParams, wire: string, allowed: readonly string[]): string | undefined {
  const raw = scalar(params, wire);
  if (raw === undefined) return undefined;
  if (!allowed.includes(raw))
    throw new QueryError(
      `Invalid query parameter "${wire}": expected one of ${allowed.join(', ')}, got "${raw}"`,
    );
  return raw;
}

/** `output_modalities`: absent or empty → `['text']`; `all` anywhere in the list → `'all'`. */
function outputModalities(params: URLSearchParams): string[] | 'all' {
  const items = list(params, 'output_modalities')?.map((m) => m.toLowerCase());
  if (!items) return ['text'];
  return items.includes('all') ? 'all' : items;
}

function paging(params: URLSearchParams, query: MockModelsQuery): void {
  const offset = number(params, 'offset', 'int>=0');
  const limit = number(params, 'limit', 'limit');
  if (offset !== undefined) query.offset = offset;
  if (limit !== undefined) query.limit = limit;
}

/**
 * Checks and reads the query string of `GET /models` (or, with `scope`, of `/models/count`
 * and `/models/user`) the way the real server does: a value that cannot be right
 * (`context=-1`, `limit=0`, `min_price=abc`, an unknown `sort`, `min_price` above `max_price`)
 * is a 400; unknown parameters are ignored.
 */
export function parseModelsQuery(
  params: URLSearchParams,
  scope: ModelsQueryScope = 'list',
): ParsedModelsQuery {
  try {
    const query: MockModelsQuery = { outputModalities: outputModalities(params) };
    if (scope === 'count') return { ok: true, query };
    paging(params, query);
    if (scope === 'user') return { ok: true, query };

    const category = oneOf(params, 'category', MODEL_CATEGORIES);
    if (category) query.category = category;
    const sort = oneOf(params, 'sort', MODEL_SORTS);
    if (sort) query.sort = sort;
    const region = oneOf(params, 'region', MODEL_REGIONS);
    if (region) query.region = region;
    const distillable = oneOf(params, 'distillable', ['true', 'false']);
    if (distillable) query.distillable = distillable === 'true';
    // `zdr=true` filters; `zdr=false` is the same as leaving it out.
    const zdr = oneOf(params, 'zdr', ['true', 'false']);
    if (zdr === 'true') query.zdr = true;

    const supported = list(params, 'supported_parameters');
    if (supported) query.supportedParameters = supported;
    const input = list(params, 'input_modalities')?.map((m) => m.toLowerCase());
    if (input) query.inputModalities = input;
    const authors = list(params, 'model_authors')?.map((a) => a.toLowerCase());
    if (authors) query.modelAuthors = authors;
    const providers = list(params, 'providers');
    if (providers) query.providers = providers;

    const q = scalar(params, 'q');
    if (q) query.q = q.toLowerCase().split(/\s+/).filter(Boolean);
    const arch = scalar(params, 'arch');
    if (arch) query.arch = arch.toLowerCase();

    for (const [key, wire, kind] of NUMBERS) {
      const n = number(params, wire, kind);
      if (n !== undefined) (query as unknown as Record<string, unknown>)[key] = n;
    }
    for (const [lo, hi, loWire, hiWire] of RANGES) {
      const a = query[lo] as number | undefined;
      const b = query[hi] as number | undefined;
      if (a !== undefined && b !== undefined && a > b)
        throw new QueryError(
          `Invalid query parameters: "${loWire}" (${a}) must not exceed "${hiWire}" (${b})`,
        );
    }
    return { ok: true, query };
  } catch (error) {
    if (error instanceof QueryError) return { ok: false, message: error.message };
    throw error;
  }
}
