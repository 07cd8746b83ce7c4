import type { InputModality, ModelCategory, OutputModality, SupportedParameter } from '../core/types';

/** A choice in a filter: the value sent to the server and what a person reads. */
export interface FilterChoice<V extends string | number = string> {
  value: V;
  label: string;
  /** How many models have it, when known. */
  count?: number;
}

export const INPUT_MODALITY_LABELS: Record<string, string> = {
  text: 'Text',
  image: 'Image',
  file: 'File',
  audio: 'Audio',
  video: 'Video',
};

export const OUTPUT_MODALITY_LABELS: Record<string, string> = {
  text: 'Text',
  image: 'Image',
  audio: 'Audio',
  embeddings: 'Embeddings',
  video: 'Video',
  speech: 'Speech',
  transcription: 'Transcription',
  rerank: 'Rerank',
};

export const INPUT_MODALITY_CHOICES: ReadonlyArray<FilterChoice<InputModality>> = [
  'text',
  'image',
  'file',
  'audio',
  'video',
].map((value) => ({
  value,
  label: INPUT_MODALITY_LABELS[value],
}));

export const OUTPUT_MODALITY_CHOICES: ReadonlyArray<FilterChoice<OutputModality>> = [
  'text',
  'image',
  'audio',
  'embeddings',
  'video',
  'speech',
  'transcription',
  'rerank',
].map((value) => ({ value, label: OUTPUT_MODALITY_LABELS[value] }));

/** Minimum context length, in tokens. Decimal thousands, so `128K` also keeps 131,072-token models. */
export const CONTEXT_CHOICES: ReadonlyArray<FilterChoice<number>> = [
  { value: 8_000, label: '8K' },
  { value: 32_000, label: '32K' },
  { value: 128_000, label: '128K' },
  { value: 200_000, label: '200K' },
  { value: 1_000_000, label: '1M' },
];

/** Human names for request parameters. */
export const PARAMETER_LABELS: Record<string, string> = {
  tools: 'Tools',
  structured_outputs: 'Structured outputs',
  reasoning: 'Reasoning',
  response_format: 'Response format',
  web_search_options: 'Web search',
  logprobs: 'Logprobs',
  seed: 'Seed',
  tool_choice: 'Tool choice',
  parallel_tool_calls: 'Parallel tool calls',
  include_reasoning: 'Include reasoning',
  reasoning_effort: 'Reasoning effort',
  verbosity: 'Verbosity',
  temperature: 'Temperature',
  top_p: 'Top P',
  top_k: 'Top K',
  min_p: 'Min P',
  top_a: 'Top A',
  frequency_penalty: 'Frequency penalty',
  presence_penalty: 'Presence penalty',
  repetition_penalty: 'Repetition penalty',
  max_tokens: 'Max tokens',
  max_completion_tokens: 'Max completion tokens',
  logit_bias: 'Logit bias',
  top_logprobs: 'Top logprobs',
  prediction: 'Predicted output',
  stop: 'Stop sequences',
};

/** Shown first: what apps usually need. */
export const FEATURED_PARAMETERS: readonly SupportedParameter[] = [
  'tools',
  'structured_outputs',
  'reasoning',
  'response_format',
  'web_search_options',
  'logprobs',
  'seed',
];

/** The rest, behind "More parameters". */
export const OTHER_PARAMETERS: readonly SupportedParameter[] = Object.keys(PARAMETER_LABELS).filter(
  (p) => !(FEATURED_PARAMETERS as readonly string[]).includes(p),
);

export const CATEGORY_LABELS: Record<string, string> = {
  programming: 'Programming',
  roleplay: 'Roleplay',
  marketing: 'Marketing',
  'marketing/seo': 'Marketing / SEO',
  technology: 'Technology',
  science: 'Science',
  translation: 'Translation',
  legal: 'Legal',
  finance: 'Finance',
  health: 'Health',
  trivia: 'Trivia',
  academia: 'Academia',
};

export const CATEGORY_CHOICES: ReadonlyArray<FilterChoice<ModelCategory>> = Object.entries(
  CATEGORY_LABELS,
).map(([value, label]) => ({ value, label }));

/** Model families the `arch` filter takes. More are added from the tokenizers in the data. */
export const ARCHITECTURES: readonly string[] = [
  'GPT',
  'Claude',
  'Gemini',
  'Llama',
  'Mistral',
  'Qwen',
  'DeepSeek',
  'Grok',
  'Gemma',
  'Nova',
  'Cohere',
];

/** Tokenizer names that are not a model family. */
export const NON_FAMILY_TOKENIZERS: ReadonlySet<string> = new Set(['Other', 'Router', 'Unknown', '']);

/** Tokenizer → family: `Llama3` → `Llama`, `Qwen3` → `Qwen`. */
export function familyOfTokenizer(tokenizer: string | undefined): string | undefined {
  if (!tokenizer) return undefined;
  const family = tokenizer.trim().replace(/[\d.]+$/, '');
  return NON_FAMILY_TOKENIZERS.has(family) ? undefined : family;
}

/** Well-known hosting providers, as OpenRouter names them. The model list has no provider field. */
export const KNOWN_PROVIDERS: readonly string[] = [
  'OpenAI',
  'Anthropic',
  'Google',
  'Google AI Studio',
  'Amazon Bedrock',
  'Azure',
  'Mistral',
  'xAI',
  'DeepSeek',
  'Groq',
  'Together',
  'Fireworks',
  'DeepInfra',
  'Cerebras',
  'Novita',
  'Parasail',
  'SambaNova',
  'Nebius',
  'Chutes',
  'SiliconFlow',
  'Friendli',
  'BaseTen',
  'AtlasCloud',
  'Cloudflare',
  'Cohere',
  'Alibaba',
  'Moonshot AI',
  'Z.AI',
  'Minimax',
  'Perplexity',
  'Nvidia',
  'Crusoe',
  'Featherless',
  'Venice',
];

/** Display names for author slugs; any other slug is shown as it is. */
export const AUTHOR_LABELS: Record<string, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google',
  'meta-llama': 'Meta Llama',
  mistralai: 'Mistral AI',
  'x-ai': 'xAI',
  deepseek: 'DeepSeek',
  qwen: 'Qwen',
  'z-ai': 'Z.AI',
  moonshotai: 'Moonshot AI',
  minimax: 'MiniMax',
  nvidia: 'NVIDIA',
  amazon: 'Amazon',
  cohere: 'Cohere',
  microsoft: 'Microsoft',
  perplexity: 'Perplexity',
  openrouter: 'OpenRouter',
  'ibm-granite': 'IBM Granite',
  'arcee-ai': 'Arcee AI',
  'bytedance-seed': 'ByteDance Seed',
  bytedance: 'ByteDance',
  'aion-labs': 'Aion Labs',
  ai21: 'AI21',
  baidu: 'Baidu',
  tencent: 'Tencent',
  xiaomi: 'Xiaomi',
  stepfun: 'StepFun',
  allenai: 'Ai2',
  nousresearch: 'Nous Research',
  liquid: 'Liquid',
  inception: 'Inception',
  inflection: 'Inflection',
  upstage: 'Upstage',
  rekaai: 'Reka',
  writer: 'Writer',
};

export function authorLabel(slug: string): string {
  return AUTHOR_LABELS[slug] ?? slug;
}

/** `choices`, plus any selected value that is not among them (a controlled value from elsewhere), so that it can be seen and unset. */
export function withSelected<V extends string | number>(
  choices: ReadonlyArray<FilterChoice<V>>,
  selected: readonly V[],
  label: (value: V) => string = String,
): FilterChoice<V>[] {
  const known = new Set(choices.map((c) => c.value));
  return [
    ...choices,
    ...selected.filter((v) => !known.has(v)).map((value) => ({ value, label: label(value) })),
  ];
}
