import type {
  DefaultParameters,
  DroppedEntry,
  Model,
  ModelArchitecture,
  ModelBenchmarks,
  ModelReasoning,
  ModelsCountResponse,
  ModelsListResponse,
  PricingOverride,
  PublicPricing,
} from './types';

/**
 * Tolerant parsing: the server's snake_case JSON becomes the kit's camelCase types.
 * Unknown fields are ignored, unknown enum values kept, missing or null optional
 * fields get safe values. Only an entry without an id or a name is dropped, and
 * every drop is reported. Nothing here throws on any input: the callers decide
 * what a wrong top-level shape means.
 */

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
};
const numOrNull = (v: unknown): number | null => num(v) ?? null;
const strOrNull = (v: unknown): string | null | undefined => (v === null ? null : str(v));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** A price: decimal strings stay as they are; numbers become strings; anything else is absent. */
const price = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);

function parseModalities(modality: string | null, side: 0 | 1): string[] {
  // "text+image->text" → side 0: [text, image], side 1: [text]
  if (!modality) return [];
  const half = modality.split('->')[side];
  return half ? half.split('+').map((s) => s.trim()).filter(Boolean) : [];
}

function parseArchitecture(v: unknown): ModelArchitecture {
  const a = isObj(v) ? v : {};
  const modality = str(a.modality) ?? null;
  const arch: ModelArchitecture = {
    inputModalities: Array.isArray(a.input_modalities) ? strings(a.input_modalities) : parseModalities(modality, 0),
    outputModalities: Array.isArray(a.output_modalities) ? strings(a.output_modalities) : parseModalities(modality, 1),
    modality,
  };
  const tokenizer = str(a.tokenizer);
  if (tokenizer !== undefined) arch.tokenizer = tokenizer;
  const instruct = strOrNull(a.instruct_type);
  if (instruct !== undefined) arch.instructType = instruct;
  return arch;
}

/** Optional price fields: wire name → kit name. */
const PRICE_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['audio', 'audio'],
  ['audio_output', 'audioOutput'],
  ['image', 'image'],
  ['image_output', 'imageOutput'],
  ['image_token', 'imageToken'],
  ['input_audio_cache', 'inputAudioCache'],
  ['input_cache_read', 'inputCacheRead'],
  ['input_cache_write', 'inputCacheWrite'],
  ['input_cache_write_1h', 'inputCacheWrite1h'],
  ['internal_reasoning', 'internalReasoning'],
  ['request', 'request'],
  ['web_search', 'webSearch'],
];

function parseOverride(o: Obj): PricingOverride {
  const out: PricingOverride = {};
  const prompt = price(o.prompt);
  if (prompt !== undefined) out.prompt = prompt;
  const completion = price(o.completion);
  if (completion !== undefined) out.completion = completion;
  for (const [wire, key] of PRICE_KEYS) {
    const p = price(o[wire]);
    if (p !== undefined) (out as Record<string, unknown>)[key] = p;
  }
  const min = num(o.min_prompt_tokens);
  if (min !== undefined) out.minPromptTokens = min;
  const start = num(o.utc_start);
  if (start !== undefined) out.utcStart = start;
  const end = num(o.utc_end);
  if (end !== undefined) out.utcEnd = end;
  if (Array.isArray(o.utc_days)) out.utcDays = strings(o.utc_days);
  return out;
}

function parsePricing(v: unknown): PublicPricing {
  const p = isObj(v) ? v : {};
  // An unknown price is '' (never "0", which would read as free).
  const out: PublicPricing = { prompt: price(p.prompt) ?? '', completion: price(p.completion) ?? '' };
  for (const [wire, key] of PRICE_KEYS) {
    const value = price(p[wire]);
    if (value !== undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  const discount = num(p.discount);
  if (discount !== undefined) out.discount = discount;
  if (Array.isArray(p.overrides)) out.overrides = p.overrides.filter(isObj).map(parseOverride);
  return out;
}

function parseReasoning(v: unknown): ModelReasoning | undefined {
  if (!isObj(v)) return undefined;
  const r: ModelReasoning = { mandatory: v.mandatory === true };
  const effort = strOrNull(v.default_effort);
  if (effort !== undefined) r.defaultEffort = effort;
  if (typeof v.default_enabled === 'boolean') r.defaultEnabled = v.default_enabled;
  if (v.supported_efforts === null) r.supportedEfforts = null;
  else if (Array.isArray(v.supported_efforts)) r.supportedEfforts = v.supported_efforts.filter((e): e is string | null => e === null || typeof e === 'string');
  if (typeof v.supports_max_tokens === 'boolean') r.supportsMaxTokens = v.supports_max_tokens;
  return r;
}

function parseBenchmarks(v: unknown): ModelBenchmarks | undefined {
  if (!isObj(v)) return undefined;
  const out: ModelBenchmarks = { designArena: [] };
  const aa = v.artificial_analysis;
  if (isObj(aa)) {
    out.artificialAnalysis = {
      intelligenceIndex: numOrNull(aa.intelligence_index),
      codingIndex: numOrNull(aa.coding_index),
      agenticIndex: numOrNull(aa.agentic_index),
    };
  }
  if (Array.isArray(v.design_arena)) {
    for (const e of v.design_arena) {
      if (!isObj(e)) continue;
      const elo = num(e.elo);
      if (elo === undefined) continue;
      out.designArena.push({ arena: str(e.arena) ?? '', category: str(e.category) ?? '', elo, rank: num(e.rank) ?? 0, winRate: num(e.win_rate) ?? 0 });
    }
  }
  return out;
}

/** Default parameters: wire name → kit name. */
const DEFAULT_PARAMETER_KEYS: ReadonlyArray<readonly [string, keyof DefaultParameters]> = [
  ['temperature', 'temperature'],
  ['top_p', 'topP'],
  ['top_k', 'topK'],
  ['frequency_penalty', 'frequencyPenalty'],
  ['presence_penalty', 'presencePenalty'],
  ['repetition_penalty', 'repetitionPenalty'],
];

/** Only the keys the server sent (as the SDK does): an absent key stays absent, `null` stays `null`. */
function parseDefaultParameters(d: Obj): DefaultParameters {
  const out: DefaultParameters = {};
  for (const [wire, key] of DEFAULT_PARAMETER_KEYS) if (d[wire] !== undefined) out[key] = numOrNull(d[wire]);
  return out;
}

/** Why an entry cannot be kept, or undefined when it can. */
function dropReason(raw: unknown): string | undefined {
  if (!isObj(raw)) return 'not an object';
  if (typeof raw.id !== 'string' || raw.id.trim() === '') return 'no id';
  if (typeof raw.name !== 'string' || raw.name.trim() === '') return 'no name';
  return undefined;
}

/** One model from the server's JSON, or undefined when it lacks an id or a name. */
export function parseModel(raw: unknown): Model | undefined {
  if (dropReason(raw) !== undefined) return undefined;
  const m = raw as Obj;
  const id = m.id as string;
  const top = isObj(m.top_provider) ? m.top_provider : undefined;
  const limits = isObj(m.per_request_limits) ? m.per_request_limits : undefined;
  const defaults = isObj(m.default_parameters) ? m.default_parameters : undefined;
  const links = isObj(m.links) ? m.links : undefined;
  const model: Model = {
    id,
    name: m.name as string,
    canonicalSlug: str(m.canonical_slug) ?? id,
    created: num(m.created) ?? 0,
    contextLength: numOrNull(m.context_length),
    architecture: parseArchitecture(m.architecture),
    pricing: parsePricing(m.pricing),
    topProvider: {
      isModerated: top?.is_moderated === true,
      contextLength: numOrNull(top?.context_length),
      maxCompletionTokens: numOrNull(top?.max_completion_tokens),
    },
    perRequestLimits: limits ? { promptTokens: num(limits.prompt_tokens) ?? 0, completionTokens: num(limits.completion_tokens) ?? 0 } : null,
    supportedParameters: strings(m.supported_parameters),
    defaultParameters: defaults ? parseDefaultParameters(defaults) : null,
    supportedVoices: Array.isArray(m.supported_voices) ? strings(m.supported_voices) : null,
    links: { details: str(links?.details) ?? '' },
  };
  const description = str(m.description);
  if (description !== undefined) model.description = description;
  const hf = strOrNull(m.hugging_face_id);
  if (hf !== undefined) model.huggingFaceId = hf;
  const cutoff = strOrNull(m.knowledge_cutoff);
  if (cutoff !== undefined) model.knowledgeCutoff = cutoff;
  const expiration = strOrNull(m.expiration_date);
  if (expiration !== undefined) model.expirationDate = expiration;
  const reasoning = parseReasoning(m.reasoning);
  if (reasoning) model.reasoning = reasoning;
  const benchmarks = parseBenchmarks(m.benchmarks);
  if (benchmarks) model.benchmarks = benchmarks;
  const alias = m.alias_target;
  if (isObj(alias) && typeof alias.slug === 'string') model.aliasTarget = { slug: alias.slug, name: str(alias.name) ?? alias.slug };
  return model;
}

/** A list body, or undefined when its `data` is not an array (the caller throws). */
export function parseModelsList(body: unknown): ModelsListResponse | undefined {
  if (!isObj(body) || !Array.isArray(body.data)) return undefined;
  const data: Model[] = [];
  const dropped: DroppedEntry[] = [];
  const raw = body.data;
  for (let i = 0; i < raw.length; i++) {
    const entry = raw[i];
    const model = parseModel(entry);
    if (model) {
      data.push(model);
    } else {
      const id = isObj(entry) && typeof entry.id === 'string' && entry.id ? entry.id : undefined;
      dropped.push(id === undefined ? { index: i, reason: dropReason(entry)! } : { index: i, id, reason: dropReason(entry)! });
    }
  }
  const links = isObj(body.links) ? body.links : undefined;
  const total = num(body.total_count);
  return {
    data,
    totalCount: total !== undefined && total >= 0 ? total : data.length,
    links: { next: str(links?.next) ?? null },
    dropped,
  };
}

/** A count body, or undefined when it holds no readable count. */
export function parseModelsCount(body: unknown): ModelsCountResponse | undefined {
  if (!isObj(body) || !isObj(body.data)) return undefined;
  const count = num(body.data.count);
  return count === undefined || count < 0 ? undefined : { data: { count } };
}
