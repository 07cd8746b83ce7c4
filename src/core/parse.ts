import type { Model, ModelsCountResponse, ModelsListResponse } from './types';
import { obj, snake } from './util';

/**
 * Tolerant parsing: the server's snake_case JSON becomes the kit's camelCase types.
 * Unknown fields are ignored, unknown enum values kept, missing or null optional
 * fields get safe values. Only an entry without an id or a name is dropped, and
 * every drop is reported. Nothing here throws on any input: the callers decide
 * what a wrong top-level shape means.
 *
 * Most fields are only renamed, so most objects are read through tables of `camelName:kind`
 * (the wire name is the camel name in snake_case); the reader of each kind turns the wire
 * value into the kit's, or into `undefined` to leave the key out. The fields every model has
 * are written out in `parseModel` (faster: the parse must stay within 1.5× `JSON.parse`).
 */

type Obj = Record<string, any>;
type Reader = (v: any) => unknown;
type Table = Array<[key: string, wire: string, read: Reader]>;

const str = (v: unknown) => (typeof v == 'string' ? v : undefined);
const num = (v: unknown): number | undefined => {
  if (typeof v == 'string' && v.trim()) v = +v;
  return typeof v == 'number' && isFinite(v) ? v : undefined;
};
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x == 'string') : undefined);
/** A price: decimal strings stay as they are; numbers become strings; anything else is absent. */
const price = (v: unknown) => (typeof v == 'number' && isFinite(v) ? '' + v : str(v));

/** Reads `o` through `table` into `out`. */
function pick(o: Obj, table: Table, out: Obj = {}): Obj {
  for (let i = 0; i < table.length; i++) {
    const [key, wire, read] = table[i];
    const v = read(o[wire]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

const READERS: Record<string, Reader> = {
  /** a string, else absent */ s: str,
  /** a string or null, else absent */ S: (v) => (v === null ? v : str(v)),
  /** a number, else absent */ n: num,
  /** a number, else null */ N: (v) => num(v) ?? null,
  /** a number, else 0 */ z: (v) => num(v) ?? 0,
  /** a number or null when sent, else absent */ M: (v) => (v === undefined ? v : num(v) ?? null),
  /** a price, else absent */ p: price,
  /** a price, else '' (unknown; never "0", which would read as free) */ P: (v) => price(v) ?? '',
  /** a boolean, else absent */ b: (v) => (typeof v == 'boolean' ? v : undefined),
  /** true, else false */ B: (v) => v === true,
  /** the strings of an array, else absent */ a: strings,
  /** efforts: null, or the strings and nulls of an array, else absent */
  E: (v) => (v === null ? v : Array.isArray(v) ? v.filter((e) => e === null || typeof e == 'string') : undefined),
  // Objects, read through their tables:
  O: (v) => (Array.isArray(v) ? v.filter(obj).map((o) => pick(o, OVERRIDE)) : undefined),
  Q: (v) => obj(v) && pick(v, REASONING),
  X: (v) => obj(v) && pick(v, BENCHMARKS),
  I: (v) => obj(v) && pick(v, INDICES),
  /** design-arena entries with a readable elo */
  G: (v) => {
    const out = [];
    if (Array.isArray(v)) {
      for (const e of v) {
        const elo = num(obj(e)?.elo);
        if (elo !== undefined) out.push({ arena: str(e.arena) ?? '', category: str(e.category) ?? '', elo, rank: num(e.rank) ?? 0, winRate: num(e.win_rate) ?? 0 });
      }
    }
    return out;
  },
  /** an alias target with a slug; its name falls back to the slug */
  Y: (v) => (typeof obj(v)?.slug == 'string' ? { slug: v.slug, name: str(v.name) ?? v.slug } : undefined),
};

/** A table from `'camelName:kind …'`. */
const table = (fields: string): Table =>
  fields.split(' ').map((f) => {
    const [key, kind] = f.split(':');
    return [key, snake(key), READERS[kind]];
  });

const PRICES = 'audio:p audioOutput:p image:p imageOutput:p imageToken:p inputAudioCache:p inputCacheRead:p inputCacheWrite:p inputCacheWrite1h:p internalReasoning:p request:p webSearch:p';
const MODEL = /* @__PURE__ */ table(
  'description:s huggingFaceId:S knowledgeCutoff:S expirationDate:S reasoning:Q benchmarks:X aliasTarget:Y',
);
const ARCHITECTURE = /* @__PURE__ */ table('tokenizer:s instructType:S');
const PRICING = /* @__PURE__ */ table(`prompt:P completion:P ${PRICES} discount:n overrides:O`);
const OVERRIDE = /* @__PURE__ */ table(`prompt:p completion:p ${PRICES} minPromptTokens:n utcStart:n utcEnd:n utcDays:a`);
const LIMITS = /* @__PURE__ */ table('promptTokens:z completionTokens:z');
const DEFAULTS = /* @__PURE__ */ table('temperature:M topP:M topK:M frequencyPenalty:M presencePenalty:M repetitionPenalty:M');
const REASONING = /* @__PURE__ */ table('mandatory:B defaultEffort:S defaultEnabled:b supportedEfforts:E supportsMaxTokens:b');
const BENCHMARKS = /* @__PURE__ */ table('artificialAnalysis:I designArena:G');
const INDICES = /* @__PURE__ */ table('intelligenceIndex:N codingIndex:N agenticIndex:N');

/** "text+image->text" → side 0: [text, image], side 1: [text]. */
const modalities = (modality: string | null, side: number) =>
  modality?.split('->')[side]?.split('+').map((s) => s.trim()).filter(Boolean) ?? [];

const blank = (v: unknown) => typeof v != 'string' || !v.trim();

/** Why an entry cannot be kept, or '' when it can. */
const dropReason = (raw: unknown) => {
  const o = obj(raw);
  return !o ? 'not an object' : blank(o.id) ? 'no id' : blank(o.name) ? 'no name' : '';
};

/** One model from the server's JSON, or undefined when it lacks an id or a name. */
export function parseModel(raw: unknown): Model | undefined {
  if (dropReason(raw)) return undefined;
  const m = raw as Obj;
  const a = obj(m.architecture) ?? {};
  const top = obj(m.top_provider) ?? {};
  const limits = obj(m.per_request_limits);
  const defaults = obj(m.default_parameters);
  const modality = str(a.modality) ?? null;
  return pick(m, MODEL, {
    id: m.id,
    name: m.name,
    canonicalSlug: str(m.canonical_slug) ?? m.id,
    created: num(m.created) ?? 0,
    contextLength: num(m.context_length) ?? null,
    architecture: pick(a, ARCHITECTURE, {
      inputModalities: strings(a.input_modalities) ?? modalities(modality, 0),
      outputModalities: strings(a.output_modalities) ?? modalities(modality, 1),
      modality,
    }),
    pricing: pick(obj(m.pricing) ?? {}, PRICING),
    topProvider: { isModerated: top.is_moderated === true, contextLength: num(top.context_length) ?? null, maxCompletionTokens: num(top.max_completion_tokens) ?? null },
    perRequestLimits: limits ? pick(limits, LIMITS) : null,
    supportedParameters: strings(m.supported_parameters) ?? [],
    defaultParameters: defaults ? pick(defaults, DEFAULTS) : null,
    supportedVoices: strings(m.supported_voices) ?? null,
    links: { details: str(obj(m.links)?.details) ?? '' },
  }) as Model;
}

/** A list body, or undefined when its `data` is not an array (the caller throws). */
export function parseModelsList(body: unknown): ModelsListResponse | undefined {
  const b = obj(body);
  if (!Array.isArray(b?.data)) return undefined;
  const data: Model[] = [];
  const dropped: ModelsListResponse['dropped'] = [];
  b.data.forEach((entry: unknown, index: number) => {
    const model = parseModel(entry);
    const reason = model ? '' : dropReason(entry);
    if (model) data.push(model);
    // The id goes along when it is readable (the entry lacks a name).
    else dropped.push(reason == 'no name' ? { index, id: (entry as Obj).id, reason } : { index, reason });
  });
  const total = num(b.total_count);
  const known = total! >= 0;
  const next = str(obj(b.links)?.next) ?? null;
  return { data, totalCount: known ? total! : data.length, totalCountKnown: known, links: { next }, dropped };
}

/** A count body, or undefined when it holds no readable count. */
export function parseModelsCount(body: unknown): ModelsCountResponse | undefined {
  const count = num(obj(obj(body)?.data)?.count);
  return count! >= 0 ? { data: { count: count! } } : undefined;
}
