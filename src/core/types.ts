/**
 * The kit's types for OpenRouter's model API. Field names and nesting follow the
 * official TypeScript SDK (`@openrouter/sdk`): camelCase, `architecture.inputModalities`,
 * `topProvider.maxCompletionTokens`, `pricing.inputCacheRead`, `totalCount`, ...
 *
 * Enum-like values are "open": the known values autocomplete, yet any string the
 * server adds later is still accepted (`(string & {})`).
 */

/** A string type that suggests the known values but accepts any string. */
export type OpenString<Known extends string> = Known | (string & {});

/** `'a b c'` split into its words: `['a', 'b', 'c']`, typed as that tuple. */
type Words<S extends string> = S extends `${infer Head} ${infer Tail}` ? [Head, ...Words<Tail>] : [S];
const words = <S extends string>(list: S) => list.split(' ') as unknown as Readonly<Words<S>>;

export const MODEL_SORTS = /* @__PURE__ */ words(
  'most-popular newest top-weekly pricing-low-to-high pricing-high-to-low context-high-to-low throughput-high-to-low latency-low-to-high intelligence-high-to-low coding-high-to-low agentic-high-to-low design-arena-elo-high-to-low',
);
export type ModelSort = OpenString<(typeof MODEL_SORTS)[number]>;

export const MODEL_CATEGORIES = /* @__PURE__ */ words(
  'programming roleplay marketing marketing/seo technology science translation legal finance health trivia academia',
);
export type ModelCategory = OpenString<(typeof MODEL_CATEGORIES)[number]>;

export const INPUT_MODALITIES = /* @__PURE__ */ words('text image file audio video');
export type InputModality = OpenString<(typeof INPUT_MODALITIES)[number]>;

export const OUTPUT_MODALITIES = /* @__PURE__ */ words(
  'text image embeddings audio video rerank speech transcription',
);
export type OutputModality = OpenString<(typeof OUTPUT_MODALITIES)[number]>;

export const SUPPORTED_PARAMETERS = /* @__PURE__ */ words(
  'temperature top_p top_k min_p top_a frequency_penalty presence_penalty repetition_penalty max_tokens max_completion_tokens logit_bias logprobs top_logprobs prediction seed response_format structured_outputs stop tools tool_choice parallel_tool_calls include_reasoning reasoning reasoning_effort web_search_options verbosity',
);
export type SupportedParameter = OpenString<(typeof SUPPORTED_PARAMETERS)[number]>;

export const MODEL_REGIONS = /* @__PURE__ */ words('eu us');
export type ModelRegion = OpenString<(typeof MODEL_REGIONS)[number]>;

export type ReasoningEffort = OpenString<'max' | 'xhigh' | 'high' | 'medium' | 'low' | 'minimal' | 'none'>;

/** Filters of `GET /models`. Lists are arrays here and comma-separated on the wire. */
export interface ModelsListFilters {
  /** Use-case category, e.g. `programming`. */
  category?: ModelCategory;
  /** Only models that support every one of these request parameters. */
  supportedParameters?: readonly SupportedParameter[];
  /**
   * Output modalities to include. The server defaults to text only; pass a list,
   * or `'all'`, to see image / embedding / audio models.
   */
  outputModalities?: readonly OutputModality[] | 'all';
  /** Server-side sort. Omitted: the server's default order. */
  sort?: ModelSort;
  /** Free-text search by model name or slug. */
  q?: string;
  /** Input modalities the model must accept. */
  inputModalities?: readonly InputModality[];
  /** Minimum context length in tokens (a positive integer). */
  context?: number;
  /** Minimum prompt price, USD per million tokens. */
  minPrice?: number;
  /** Maximum prompt price, USD per million tokens. */
  maxPrice?: number;
  /** Minimum completion (output) price, USD per million tokens. */
  minOutputPrice?: number;
  /** Maximum completion (output) price, USD per million tokens. */
  maxOutputPrice?: number;
  /** Architecture / model family, e.g. `GPT`, `Claude`. */
  arch?: string;
  /** Author slugs, e.g. `['openai', 'anthropic']`. */
  modelAuthors?: readonly string[];
  /** Hosting provider names, e.g. `['OpenAI', 'Anthropic']`. */
  providers?: readonly string[];
  /** `true`: only distillable models; `false`: exclude them. */
  distillable?: boolean;
  /** `true`: only models with zero-data-retention endpoints. `false` is the same as unset. */
  zdr?: boolean;
  /** Data region of the endpoints. */
  region?: ModelRegion;
  /** Minimum age in days since creation (integer ≥ 0). */
  minAgeDays?: number;
  /** Maximum age in days since creation (integer ≥ 0). */
  maxAgeDays?: number;
  /** Artificial Analysis index bounds (≥ 0). */
  minIntelligenceIndex?: number;
  maxIntelligenceIndex?: number;
  minCodingIndex?: number;
  maxCodingIndex?: number;
  minAgenticIndex?: number;
  maxAgenticIndex?: number;
  /** Tool-calling success rate bounds, fractions in [0, 1]. */
  minToolSuccessRate?: number;
  maxToolSuccessRate?: number;
  /** Records to skip. With neither offset nor limit, the whole list comes back. */
  offset?: number;
  /** Page size, 1 to 1000. */
  limit?: number;
}

export interface ModelsCountFilters {
  outputModalities?: readonly OutputModality[] | 'all';
}

export interface ModelsListForUserParams {
  /** The user's OpenRouter API key or OAuth token. Never logged, never in a URL. */
  bearer: string;
  outputModalities?: readonly OutputModality[] | 'all';
  offset?: number;
  limit?: number;
}

export interface ModelArchitecture {
  inputModalities: InputModality[];
  outputModalities: OutputModality[];
  /** e.g. `text+image->text`; null when the server sends none. */
  modality: string | null;
  tokenizer?: string;
  instructType?: string | null;
}

export interface PricingOverride {
  prompt?: string;
  completion?: string;
  audio?: string;
  inputAudioCache?: string;
  inputCacheRead?: string;
  inputCacheWrite?: string;
  inputCacheWrite1h?: string;
  /** Applies when the prompt has strictly more tokens than this. */
  minPromptTokens?: number;
  utcStart?: number;
  utcEnd?: number;
  utcDays?: string[];
}

/** Prices in USD per token (or per request / image / search), as decimal strings. `"-1"`: variable. */
export interface PublicPricing {
  prompt: string;
  completion: string;
  audio?: string;
  audioOutput?: string;
  discount?: number;
  image?: string;
  imageOutput?: string;
  imageToken?: string;
  inputAudioCache?: string;
  inputCacheRead?: string;
  inputCacheWrite?: string;
  inputCacheWrite1h?: string;
  internalReasoning?: string;
  overrides?: PricingOverride[];
  request?: string;
  webSearch?: string;
}

export interface TopProviderInfo {
  contextLength?: number | null;
  maxCompletionTokens?: number | null;
  isModerated: boolean;
}

export interface PerRequestLimits {
  promptTokens: number;
  completionTokens: number;
}

export interface DefaultParameters {
  temperature?: number | null;
  topP?: number | null;
  topK?: number | null;
  frequencyPenalty?: number | null;
  presencePenalty?: number | null;
  repetitionPenalty?: number | null;
}

export interface ModelReasoning {
  mandatory: boolean;
  defaultEffort?: ReasoningEffort | null;
  defaultEnabled?: boolean;
  supportedEfforts?: Array<ReasoningEffort | null> | null;
  supportsMaxTokens?: boolean;
}

export interface AABenchmarkEntry {
  intelligenceIndex: number | null;
  codingIndex: number | null;
  agenticIndex: number | null;
}

export interface DABenchmarkEntry {
  arena: string;
  category: string;
  elo: number;
  rank: number;
  winRate: number;
}

export interface ModelBenchmarks {
  artificialAnalysis?: AABenchmarkEntry;
  designArena: DABenchmarkEntry[];
}

export interface ModelAliasTarget {
  slug: string;
  name: string;
}

export interface ModelLinks {
  details: string;
}

/** One model, as the kit hands it to an app. */
export interface Model {
  id: string;
  name: string;
  /** Falls back to `id` when the server sends none (older responses). */
  canonicalSlug: string;
  /** Unix seconds; 0 when unknown. */
  created: number;
  description?: string;
  contextLength: number | null;
  architecture: ModelArchitecture;
  pricing: PublicPricing;
  topProvider: TopProviderInfo;
  perRequestLimits: PerRequestLimits | null;
  supportedParameters: SupportedParameter[];
  defaultParameters: DefaultParameters | null;
  supportedVoices: string[] | null;
  links: ModelLinks;
  huggingFaceId?: string | null;
  knowledgeCutoff?: string | null;
  expirationDate?: string | null;
  reasoning?: ModelReasoning;
  benchmarks?: ModelBenchmarks;
  aliasTarget?: ModelAliasTarget;
}

/** An entry that the tolerant parser could not keep, and why. */
export interface DroppedEntry {
  /** Position in the response's `data` array. */
  index: number;
  /** The entry's id, when it had a readable one. */
  id?: string;
  reason: string;
}

export interface ModelsListResponse {
  data: Model[];
  /** From the server when it sends it; else the number of models kept. */
  totalCount: number;
  /** Whether `totalCount` is the server's `total_count` (older servers send none). */
  totalCountKnown?: boolean;
  links: { next: string | null };
  /** Entries left out because they lacked an id or a name. Empty when nothing was dropped. */
  dropped: DroppedEntry[];
}

export interface ModelResponse {
  data: Model;
}

export interface ModelsCountResponse {
  data: { count: number };
}

/** A model id split into its parts: `author/slug:variant`. */
export interface ModelIdParts {
  author: string;
  slug: string;
  variant?: string;
}

// ---------------------------------------------------------------- providers (GET /models/{author}/{slug}/endpoints)

export const QUANTIZATIONS = /* @__PURE__ */ words(
  'int4 int8 fp4 mxfp4 nvfp4 fp6 fp8 mxfp8 fp16 bf16 fp32 unknown',
);
export type Quantization = OpenString<(typeof QUANTIZATIONS)[number]>;

/**
 * An endpoint's health: `0` is up; negative values say it is degraded or down (the spec
 * lists 0, -1, -2, -3, -5, -10). Any other number the server adds later is kept.
 */
export type EndpointStatus = 0 | -1 | -2 | -3 | -5 | -10 | (number & {});

/**
 * Percentiles over the last 30 minutes. Latency (time to first token) is in milliseconds in
 * real responses (the spec's example shows 0.25); throughput is in tokens per second.
 * A percentile the server did not send is null.
 */
export interface PercentileStats {
  p50: number | null;
  p75: number | null;
  p90: number | null;
  p99: number | null;
}

/** Which `tool_choice` values passed testing on an endpoint (only when the server says). */
export interface ToolChoiceSupport {
  auto: boolean;
  function: boolean;
  none: boolean;
  required: boolean;
}

/** One provider (one region of one provider) serving a model. Named like the official SDK's `PublicEndpoint`. */
export interface PublicEndpoint {
  /** e.g. `Google AI Studio | google/gemini-2.5-pro-preview-03-25`. */
  name: string;
  /** The model's permaslug (falls back to the response's model id). */
  modelId: string;
  modelName: string;
  /** e.g. `Amazon Bedrock`. Two regions of one provider share it; `tag` tells them apart. */
  providerName: string;
  /** e.g. `amazon-bedrock` and `amazon-bedrock/eu-west-1`. Unique per endpoint in practice, not guaranteed. */
  tag: string;
  quantization: Quantization | null;
  contextLength: number | null;
  maxCompletionTokens: number | null;
  maxPromptTokens: number | null;
  /** Prices (USD per token, decimal strings), with `discount` and `overrides` (long-context tiers) when sent. */
  pricing: PublicPricing;
  supportedParameters: SupportedParameter[];
  supportsToolChoice?: ToolChoiceSupport;
  supportsImplicitCaching: boolean;
  /** `0` up, negative degraded or down; null when not sent. */
  status: EndpointStatus | null;
  /** Uptime percentages (0–100); null without enough data or when not sent. */
  uptimeLast5m: number | null;
  uptimeLast30m: number | null;
  uptimeLast1d: number | null;
  /** Time to first token, ms. Null without an API key (and when not sent). */
  latencyLast30m: PercentileStats | null;
  /** Output tokens per second. Null without an API key (and when not sent). */
  throughputLast30m: PercentileStats | null;
}

/** `GET /models/{author}/{slug}/endpoints` `data`: the model and its providers. Named like the SDK's `ListEndpointsResponse`. */
export interface ListEndpointsResponse {
  id: string;
  name: string;
  /** Unix seconds; 0 when unknown. */
  created: number;
  description?: string;
  architecture: ModelArchitecture;
  endpoints: PublicEndpoint[];
  /** Entries left out because nothing in them names a provider. Empty when nothing was dropped. */
  dropped: DroppedEntry[];
}

export interface ModelEndpointsResponse {
  data: ListEndpointsResponse;
}
