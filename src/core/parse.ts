import type { Model, ModelsCountResponse, ModelsListResponse } from './types';
import { obj, snake } from './util';

/**
 * Tolerant parsing: the server's snake_case JSON becomes the kit's camelCase types.
 * Unknown fields are ignored, unknown enum values kept, missing or null optional
 * fields get safe values. Only an entry without an id or a name is dropped, and
 * every drop is reported. Nothing here throws on any input: the callers decide
 * what a wrong top-level shape means.
 *
 * Most fields are only renamed, so most objects are read through tables: each field's
 * camelCase name (its wire name is that in snake_case) and the reader of its type, which
 * turns the wire value into the kit's, or into `undefined` to leave the key out. The fields
 * every model has are written out in `parseModel` (faster: the parse must stay within
 * 1.5× `JSON.parse`).
 */

type Obj = Record<string, any>;
/** Reads one wire value: the kit's value, or `undefined` to leave the key out. */
type Reader = (v: any) => unknown;
type Table = Array<[key: string, wire: string, read: Reader]>;

// ---------------------------------------------------------------------------------------
// Readers, one per field type

/** A string, else absent. */
const readString = (v: unknown) => (typeof v == 'string' ? v : undefined);
/** A string or null, else absent. */
const readStringOrNull = (v: unknown) => (v === null ? v : readString(v));
/** A number (a numeric string too), else absent. */
const readNumber = (v: unknown): number | undefined => {
  if (typeof v == 'string' && v.trim()) v = +v;
  return typeof v == 'number' && isFinite(v) ? v : undefined;
};
/** A number, else null. */
const readNumberOrNull = (v: unknown) => readNumber(v) ?? null;
/** A number, else 0. */
const readNumberOrZero = (v: unknown) => readNumber(v) ?? 0;
/** A number when sent, null when sent but unreadable, absent when not sent. */
const readSentNumber = (v: unknown) => (v === undefined ? v : (readNumber(v) ?? null));
/** A price: decimal strings stay as they are; numbers become strings; anything else is absent. */
const readPrice = (v: unknown) => (typeof v == 'number' && isFinite(v) ? '' + v : readString(v));
/** A price, else '' (unknown; never "0", which would read as free). */
const readPriceOrUnknown = (v: unknown) => readPrice(v) ?? '';
/** A boolean, else absent. */
const readBoolean = (v: unknown) => (typeof v == 'boolean' ? v : undefined);
/** True only for `true`, else false. */
const readTrue = (v: unknown) => v === true;
/** The strings of an array, else absent. */
const readStrings = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x == 'string') : undefined);
/** Reasoning efforts: null, or the strings and nulls of an array, else absent. */
const readEfforts = (v: unknown) =>
  v === null ? v : Array.isArray(v) ? v.filter((e) => e === null || typeof e == 'string') : undefined;
/** Design-arena entries that have a readable elo; the other fields fall back to '' and 0. */
const readDesignArena = (v: unknown) => {
  const out = [];
  if (Array.isArray(v)) {
    for (const e of v) {
      const elo = readNumber(obj(e)?.elo);
      if (elo === undefined) continue;
      out.push({
        arena: readString(e.arena) ?? '',
        category: readString(e.category) ?? '',
        elo,
        rank: readNumber(e.rank) ?? 0,
        winRate: readNumber(e.win_rate) ?? 0,
      });
    }
  }
  return out;
};
/** An alias target with a slug; its name falls back to the slug. */
const readAliasTarget = (v: unknown) => {
  const o = obj(v);
  return typeof o?.slug == 'string' ? { slug: o.slug, name: readString(o.name) ?? o.slug } : undefined;
};
// Objects read through their tables (below):
/** Pricing overrides: the objects of an array, else absent. */
const readOverrides = (v: unknown) =>
  Array.isArray(v) ? v.filter(obj).map((o) => pick(o, OVERRIDE)) : undefined;
const readReasoning = (v: unknown) => obj(v) && pick(v as Obj, REASONING);
const readBenchmarks = (v: unknown) => obj(v) && pick(v as Obj, BENCHMARKS);
const readIndices = (v: unknown) => obj(v) && pick(v as Obj, INDICES);

// ---------------------------------------------------------------------------------------
// Tables: camelCase name → reader

/** A table from `{ camelName: reader }`, in that order. */
const table = (fields: Record<string, Reader>): Table =>
  Object.entries(fields).map(([key, read]) => [key, snake(key), read]);

/** Reads `o` through `fields` into `out`. */
function pick(o: Obj, fields: Table, out: Obj = {}): Obj {
  for (let i = 0; i < fields.length; i++) {
    const [key, wire, read] = fields[i];
    const v = read(o[wire]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** The prices beside prompt and completion, in `pricing` and in each of its overrides. */
const OTHER_PRICES = {
  audio: readPrice,
  audioOutput: readPrice,
  image: readPrice,
  imageOutput: readPrice,
  imageToken: readPrice,
  inputAudioCache: readPrice,
  inputCacheRead: readPrice,
  inputCacheWrite: readPrice,
  inputCacheWrite1h: readPrice,
  internalReasoning: readPrice,
  request: readPrice,
  webSearch: readPrice,
};

const MODEL = /* @__PURE__ */ table({
  description: readString,
  huggingFaceId: readStringOrNull,
  knowledgeCutoff: readStringOrNull,
  expirationDate: readStringOrNull,
  reasoning: readReasoning,
  benchmarks: readBenchmarks,
  aliasTarget: readAliasTarget,
});
const ARCHITECTURE = /* @__PURE__ */ table({
  tokenizer: readString,
  instructType: readStringOrNull,
});
const PRICING = /* @__PURE__ */ table({
  prompt: readPriceOrUnknown,
  completion: readPriceOrUnknown,
  ...OTHER_PRICES,
  discount: readNumber,
  overrides: readOverrides,
});
const OVERRIDE = /* @__PURE__ */ table({
  prompt: readPrice,
  completion: readPrice,
  ...OTHER_PRICES,
  minPromptTokens: readNumber,
  utcStart: readNumber,
  utcEnd: readNumber,
  utcDays: readStrings,
});
const LIMITS = /* @__PURE__ */ table({
  promptTokens: readNumberOrZero,
  completionTokens: readNumberOrZero,
});
const DEFAULTS = /* @__PURE__ */ table({
  temperature: readSentNumber,
  topP: readSentNumber,
  topK: readSentNumber,
  frequencyPenalty: readSentNumber,
  presencePenalty: readSentNumber,
  repetitionPenalty: readSentNumber,
});
const REASONING = /* @__PURE__ */ table({
  mandatory: readTrue,
  defaultEffort: readStringOrNull,
  defaultEnabled: readBoolean,
  supportedEfforts: readEfforts,
  supportsMaxTokens: readBoolean,
});
const BENCHMARKS = /* @__PURE__ */ table({
  artificialAnalysis: readIndices,
  designArena: readDesignArena,
});
const INDICES = /* @__PURE__ */ table({
  intelligenceIndex: readNumberOrNull,
  codingIndex: readNumberOrNull,
  agenticIndex: readNumberOrNull,
});

// ---------------------------------------------------------------------------------------
// Models, lists and counts

/** "text+image->text" → side 0: [text, image], side 1: [text]. */
const modalities = (modality: string | null, side: number) => {
  const part = modality?.split('->')[side];
  return (
    part
      ?.split('+')
      .map((s) => s.trim())
      .filter(Boolean) ?? []
  );
};

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
  const modality = readString(a.modality) ?? null;
  return pick(m, MODEL, {
    id: m.id,
    name: m.name,
    canonicalSlug: readString(m.canonical_slug) ?? m.id,
    created: readNumber(m.created) ?? 0,
    contextLength: readNumber(m.context_length) ?? null,
    architecture: pick(a, ARCHITECTURE, {
      inputModalities: readStrings(a.input_modalities) ?? modalities(modality, 0),
      outputModalities: readStrings(a.output_modalities) ?? modalities(modality, 1),
      modality,
    }),
    pricing: pick(obj(m.pricing) ?? {}, PRICING),
    topProvider: {
      isModerated: top.is_moderated === true,
      contextLength: readNumber(top.context_length) ?? null,
      maxCompletionTokens: readNumber(top.max_completion_tokens) ?? null,
    },
    perRequestLimits: limits ? pick(limits, LIMITS) : null,
    supportedParameters: readStrings(m.supported_parameters) ?? [],
    defaultParameters: defaults ? pick(defaults, DEFAULTS) : null,
    supportedVoices: readStrings(m.supported_voices) ?? null,
    links: { details: readString(obj(m.links)?.details) ?? '' },
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
  const total = readNumber(b.total_count);
  const known = total! >= 0;
  const next = readString(obj(b.links)?.next) ?? null;
  return { data, totalCount: known ? total! : data.length, totalCountKnown: known, links: { next }, dropped };
}

/** A count body, or undefined when it holds no readable count. */
export function parseModelsCount(body: unknown): ModelsCountResponse | undefined {
  const count = readNumber(obj(obj(body)?.data)?.count);
  return count! >= 0 ? { data: { count: count! } } : undefined;
}
