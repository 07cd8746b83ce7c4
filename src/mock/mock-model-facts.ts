import { perMillionValue } from '../model/pricing';
import { hashFraction } from './hash-fraction';
import type { RawModel } from './raw-model';

/**
 * What the mock needs to know about a model that the `GET /models` data does not hold.
 * Every field here is a STAND-IN: deterministic, derived from the model's own fields
 * (author, price, open weights, parameters, text), so that filters and sorts on them
 * give plausible, stable answers in tests and stories. None of it is real data.
 *
 * - `providers`: the data has no provider list. Stand-in: the author's own first-party
 *   hosts (`openai` → OpenAI, and Azure for about a third; `anthropic` → Anthropic, Amazon
 *   Bedrock, Google; `google` → Google AI Studio, and Google for about a third; `mistralai` →
 *   Mistral; … see AUTHOR_PROVIDERS),
 *   plus, for open-weight models (a non-empty `hugging_face_id`), hosts from a pool of
 *   inference providers (DeepInfra, Together, Fireworks, …) picked by a hash of the id: two
 *   to four for the big labs' models (POPULAR_AUTHORS tiers 10 and 5), one for most others
 *   (two for about a quarter), as on the real site, where most models have one provider. Names are OpenRouter's `ProviderName` values. Routers
 *   (`openrouter/…`) have none.
 * - `distillable`: the data lacks it. Stand-in: open-weight models (non-empty
 *   `hugging_face_id`) are distillable, closed ones are not.
 * - `zdr`: stand-in: the model has a zero-data-retention endpoint when one of its
 *   providers is in ZDR_PROVIDERS; `:free` variants never do (free endpoints may log).
 * - `regions`: stand-in: `eu` when a provider is in EU_PROVIDERS; `us` when a provider
 *   is not EU-only (Mistral and Nebius are EU-only here).
 * - `categories`: the data has no use-case category. Stand-in: keywords in the name and
 *   description (CATEGORY_KEYWORDS), e.g. `programming` ← "code", "coding", "coder",
 *   "software", "developer", "SWE-bench".
 * - `throughputTps` (tokens/s, median): cheaper models are smaller and faster:
 *   `20 + 250 / (1 + avg $/M / 3)`, × 0.7–1.3 jitter, halved for `:free` variants
 *   (shared capacity); 60 for variable-price routers.
 * - `latencyMs` (time to first token, median): `250 + 60 × avg $/M`, +800 when the model
 *   takes `reasoning`, × 0.7–1.3 jitter, doubled for `:free` variants; 900 for routers.
 * - `popularity` (a unitless all-time usage score): big labs (POPULAR_AUTHORS tiers 10/5,
 *   others 1) × cheapness `1 / (1 + avg $/M / 5)` (free: 1.2) × 0.5–1.5 jitter.
 * - `toolSuccessRate`: models that take `tools` get 0.85–0.99 by hash; others null
 *   (left out by the tool-success-rate filters).
 *
 * "avg $/M" is the mean of the prompt and completion prices in USD per million tokens.
 */
export interface MockModelFacts {
  /** The author slug before `/`, without an alias's `~`. */
  author: string;
  providers: string[];
  distillable: boolean;
  zdr: boolean;
  regions: Array<'eu' | 'us'>;
  categories: string[];
  /** Prompt price, USD per million tokens; null when variable or unknown. */
  promptPerMillion: number | null;
  /** Completion price, USD per million tokens; null when variable or unknown. */
  completionPerMillion: number | null;
  /** Mean of the two above; null when either is. */
  averagePerMillion: number | null;
  throughputTps: number;
  latencyMs: number;
  popularity: number;
  toolSuccessRate: number | null;
}

const AUTHOR_PROVIDERS: Record<string, string[]> = {
  openai: ['OpenAI', 'Azure?'],
  anthropic: ['Anthropic', 'Amazon Bedrock', 'Google'],
  google: ['Google AI Studio', 'Google?'],
  mistralai: ['Mistral'],
  'x-ai': ['xAI'],
  amazon: ['Amazon Bedrock'],
  cohere: ['Cohere'],
  deepseek: ['DeepSeek'],
  qwen: ['Alibaba'],
  moonshotai: ['MoonshotAI'],
  'z-ai': ['Z.AI'],
  minimax: ['Minimax'],
  perplexity: ['Perplexity'],
  nvidia: ['Nvidia'],
  'meta-llama': ['Meta'],
  ai21: ['AI21'],
  'aion-labs': ['AionLabs'],
  'arcee-ai': ['Arcee AI'],
  baidu: ['Baidu'],
  'bytedance-seed': ['Seed'],
  bytedance: ['BytePlus'],
  inception: ['Inception'],
  inflection: ['Inflection'],
  liquid: ['Liquid'],
  mancer: ['Mancer 2'],
  morph: ['Morph'],
  'nex-agi': ['NexAGI'],
  perceptron: ['Perceptron'],
  poolside: ['Poolside'],
  rekaai: ['Reka'],
  relace: ['Relace'],
  stepfun: ['StepFun'],
  switchpoint: ['Switchpoint'],
  tencent: ['Tencent'],
  upstage: ['Upstage'],
  xiaomi: ['Xiaomi'],
  cognitivecomputations: ['Venice'],
  openrouter: [],
};

const OPEN_WEIGHT_HOSTS = [
  'DeepInfra',
  'Together',
  'Fireworks',
  'Groq',
  'Novita',
  'Chutes',
  'Parasail',
  'Nebius',
  'SambaNova',
  'Cerebras',
  'SiliconFlow',
  'AtlasCloud',
  'Friendli',
  'BaseTen',
];
const ZDR_PROVIDERS = new Set([
  'Anthropic',
  'Amazon Bedrock',
  'Google',
  'Azure',
  'Mistral',
  'Cohere',
  'DeepInfra',
  'Together',
  'Fireworks',
  'Groq',
  'Parasail',
  'Cerebras',
  'Nebius',
]);
const EU_PROVIDERS = new Set(['Mistral', 'Nebius', 'Google', 'Amazon Bedrock', 'Azure']);
const EU_ONLY_PROVIDERS = new Set(['Mistral', 'Nebius']);
const POPULAR_AUTHORS: Record<string, number> = {
  openai: 10,
  anthropic: 10,
  google: 10,
  'x-ai': 10,
  deepseek: 10,
  qwen: 10,
  'meta-llama': 5,
  mistralai: 5,
  'z-ai': 5,
  moonshotai: 5,
  minimax: 5,
  nvidia: 5,
  openrouter: 5,
};

/** Use-case categories (the values of `MODEL_CATEGORIES`) and the words that stand in for them. */
export const CATEGORY_KEYWORDS: Readonly<Record<string, RegExp>> = {
  programming: /\b(cod(e|es|ing|er)|codex|codestral|devstral|program|software|developer|swe-bench)/i,
  roleplay: /\b(role-?play|characters?\b|creative writing|storytelling|fiction|uncensored|persona)/i,
  marketing: /\b(marketing|copywrit|advertis|seo\b|brand)/i,
  'marketing/seo': /\b(seo\b|search engine)/i,
  technology: /\b(technolog|technical|engineering|enterprise)/i,
  science: /\b(scien|math|physics|chemistr|biolog)/i,
  translation: /\b(translat|multilingual|languages)/i,
  legal: /\b(legal|law\b|laws\b|compliance|contracts?\b)/i,
  finance: /\b(financ|banking|accounting|econom)/i,
  health: /\b(health|medical|clinical|biomedical)/i,
  trivia: /\b(knowledge|trivia|question answering|factual)/i,
  academia: /\b(academ|research|scholar|education)/i,
};

const cache = new WeakMap<RawModel, MockModelFacts>();

/** The author slug of an id: `~anthropic/claude-sonnet-latest` → `anthropic`. */
export function authorOf(id: string): string {
  const slash = id.indexOf('/');
  const author = slash < 0 ? id : id.slice(0, slash);
  return author.startsWith('~') ? author.slice(1) : author;
}

function titleCase(slug: string): string {
  return slug.replace(/(^|[-_])([a-z])/g, (_, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase());
}

function jitter(id: string, salt: string, lo: number, hi: number): number {
  return lo + (hi - lo) * hashFraction(`${salt}:${id}`);
}

function round(n: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** The stand-in facts of one model (cached per entry object). */
export function mockModelFacts(model: RawModel): MockModelFacts {
  const cached = cache.get(model);
  if (cached) return cached;
  const id = model.id;
  const author = authorOf(id);
  const isFree = id.endsWith(':free');
  const openWeights = typeof model.hugging_face_id === 'string' && model.hugging_face_id.trim() !== '';

  // A host marked `?` serves about a third of its author's models (by a hash of the id).
  const providers = (AUTHOR_PROVIDERS[author] ?? (openWeights ? [] : [titleCase(author)]))
    .filter((p) => !p.endsWith('?') || hashFraction(`second:${id.replace(/:.*$/, '')}`) < 0.3)
    .map((p) => p.replace(/\?$/, ''));
  if (openWeights) {
    // None to four more hosts for the big labs' open models (most have few), one for most
    // others; a `:free` variant at most one (free capacity is donated by few).
    const h = hashFraction(`hosts#:${id.replace(/:.*$/, '')}`);
    const count = Math.min(
      (POPULAR_AUTHORS[author] ?? 1) >= 5 ? Math.floor(h * h * 5) : h < 0.85 ? 1 : 2,
      isFree ? 1 : Infinity,
    );
    const start = Math.floor(hashFraction(`hosts:${id.replace(/:.*$/, '')}`) * OPEN_WEIGHT_HOSTS.length);
    for (let i = 0; i < count; i++) {
      const host = OPEN_WEIGHT_HOSTS[(start + i * 3) % OPEN_WEIGHT_HOSTS.length];
      if (!providers.includes(host)) providers.push(host);
    }
  }

  const regions: Array<'eu' | 'us'> = [];
  if (providers.some((p) => EU_PROVIDERS.has(p))) regions.push('eu');
  if (providers.some((p) => !EU_ONLY_PROVIDERS.has(p))) regions.push('us');

  const text = `${model.name ?? ''} ${id} ${model.description ?? ''}`;
  const categories = Object.keys(CATEGORY_KEYWORDS).filter((c) => CATEGORY_KEYWORDS[c].test(text));

  const promptPerMillion = perMillionValue(model.pricing?.prompt);
  const completionPerMillion = perMillionValue(model.pricing?.completion);
  const averagePerMillion =
    promptPerMillion === null || completionPerMillion === null
      ? null
      : (promptPerMillion + completionPerMillion) / 2;
  const params = model.supported_parameters ?? [];

  let throughputTps: number;
  let latencyMs: number;
  if (averagePerMillion === null) {
    throughputTps = 60;
    latencyMs = 900;
  } else {
    throughputTps =
      (20 + 250 / (1 + averagePerMillion / 3)) * jitter(id, 'tps', 0.7, 1.3) * (isFree ? 0.5 : 1);
    latencyMs =
      (250 + 60 * averagePerMillion + (params.includes('reasoning') ? 800 : 0)) *
      jitter(id, 'ttft', 0.7, 1.3) *
      (isFree ? 2 : 1);
  }
  const cheapness =
    averagePerMillion === null ? 1 : averagePerMillion === 0 ? 1.2 : 1 / (1 + averagePerMillion / 5);
  const popularity = (POPULAR_AUTHORS[author] ?? 1) * cheapness * jitter(id, 'pop', 0.5, 1.5);

  const facts: MockModelFacts = {
    author,
    providers,
    distillable: openWeights,
    zdr: !isFree && providers.some((p) => ZDR_PROVIDERS.has(p)),
    regions,
    categories,
    promptPerMillion,
    completionPerMillion,
    averagePerMillion,
    throughputTps: round(throughputTps, 1),
    latencyMs: Math.round(latencyMs),
    popularity: round(popularity, 4),
    toolSuccessRate: params.includes('tools') ? round(jitter(id, 'tools', 0.85, 0.99), 3) : null,
  };
  cache.set(model, facts);
  return facts;
}
