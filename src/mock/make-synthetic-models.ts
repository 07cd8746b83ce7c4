import { mockModels } from './mock-models';
import type { RawModel } from './raw-model';

/** Seeded PRNG (mulberry32): the same seed gives the same sequence everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

const AUTHORS: ReadonlyArray<
  readonly [slug: string, display: string, families: readonly string[], tokenizer: string]
> = [
  ['openai', 'OpenAI', ['GPT', 'o', 'Codex'], 'GPT'],
  ['anthropic', 'Anthropic', ['Claude Sonnet', 'Claude Haiku', 'Claude Opus'], 'Claude'],
  ['google', 'Google', ['Gemini Flash', 'Gemini Pro', 'Gemma'], 'Gemini'],
  ['meta-llama', 'Meta', ['Llama', 'Llama Guard'], 'Llama3'],
  ['mistralai', 'Mistral', ['Mistral Small', 'Mistral Large', 'Codestral', 'Ministral'], 'Mistral'],
  ['qwen', 'Qwen', ['Qwen', 'Qwen Coder', 'QwQ'], 'Qwen3'],
  ['deepseek', 'DeepSeek', ['DeepSeek V', 'DeepSeek R'], 'DeepSeek'],
  ['x-ai', 'xAI', ['Grok', 'Grok Code'], 'Grok'],
  ['z-ai', 'Z.ai', ['GLM'], 'Other'],
  ['moonshotai', 'MoonshotAI', ['Kimi'], 'Other'],
  ['minimax', 'MiniMax', ['MiniMax M'], 'Other'],
  ['nvidia', 'NVIDIA', ['Nemotron'], 'Other'],
  ['cohere', 'Cohere', ['Command', 'Embed', 'Rerank'], 'Cohere'],
  ['amazon', 'Amazon', ['Nova Lite', 'Nova Pro'], 'Nova'],
  ['microsoft', 'Microsoft', ['Phi'], 'Other'],
  ['ibm-granite', 'IBM', ['Granite'], 'Other'],
  ['perplexity', 'Perplexity', ['Sonar'], 'Other'],
  ['nousresearch', 'Nous', ['Hermes'], 'Llama3'],
  ['thedrummer', 'TheDrummer', ['Rocinante', 'Cydonia'], 'Mistral'],
  ['liquid', 'Liquid', ['LFM'], 'Other'],
  ['ai21', 'AI21', ['Jamba'], 'Other'],
  ['baidu', 'Baidu', ['ERNIE'], 'Other'],
  ['tencent', 'Tencent', ['Hunyuan'], 'Other'],
  ['stepfun', 'StepFun', ['Step'], 'Other'],
  ['acme-labs', 'Acme Labs', ['Anvil', 'Rocket'], 'Other'],
  ['northwind', 'Northwind AI', ['Breeze', 'Gale'], 'Other'],
  ['blackforestlabs', 'Black Forest Labs', ['FLUX'], 'Other'],
  ['voyage', 'Voyage AI', ['Voyage'], 'Other'],
];

const SIZES = [
  'Nano',
  'Mini',
  'Small',
  'Medium',
  'Large',
  'Pro',
  'Max',
  'Turbo',
  'Flash',
  'Lite',
  'Instruct',
  'Chat',
  'Thinking',
  'Vision',
  '7B',
  '32B',
  '70B',
  '405B',
  'A3B',
  'Ultra',
];
const CONTEXTS = [
  4096, 8192, 16384, 32768, 65536, 128000, 131072, 163840, 200000, 262144, 400000, 1000000, 1048576, 2000000,
];
const INPUTS: readonly string[][] = [
  ['text'],
  ['text', 'image'],
  ['text', 'image', 'file'],
  ['text', 'image', 'video'],
  ['text', 'file'],
  ['text', 'image', 'file', 'audio', 'video'],
  ['text', 'audio'],
];
const BLURBS = [
  'It is tuned for coding and agentic software engineering.',
  'It is built for roleplay, storytelling and creative writing.',
  'It handles translation across dozens of languages.',
  'It is strong at math and science questions.',
  'It answers general knowledge and trivia questions.',
  'It suits marketing copy and SEO content.',
  'It is trained on legal and finance documents.',
  'It was fine-tuned on medical and health data.',
  'It is meant for academic research and education.',
  'It is a general-purpose assistant for enterprise technology work.',
];
const DAY = 86_400;

/** A per-token price as a plain decimal string, as the API sends it: 1.4e-6 → "0.0000014". */
function priceString(perToken: number): string {
  if (perToken === 0) return '0';
  return perToken.toFixed(14).replace(/0+$/, '').replace(/\.$/, '');
}

/** A per-million price with 2 significant digits, as a per-token string. */
function perMillionToString(perMillion: number): string {
  return priceString(Number(perMillion.toPrecision(2)) / 1_000_000);
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/** Output modalities: mostly text, some image / embeddings / audio / rerank / video only. */
function outputs(rand: () => number): string[] {
  const r = rand();
  if (r < 0.8) return ['text'];
  if (r < 0.84) return ['text', 'image'];
  if (r < 0.86) return ['text', 'audio'];
  if (r < 0.9) return ['image'];
  if (r < 0.95) return ['embeddings'];
  if (r < 0.97) return ['speech'];
  if (r < 0.98) return ['audio'];
  if (r < 0.99) return ['rerank'];
  return ['video'];
}

/**
 * `n` realistic synthetic models in the raw `GET /models` shape, for scale tests and
 * benchmarks (50,000 and more). Deterministic: the same `n` and `seed` give the same
 * models, and a smaller `n` gives a prefix of a larger one. Ids and names are unique
 * (and never collide with the fixture's). Shapes come from the real fixture's entries
 * (parameters, default parameters, tokenizers); authors, prices (about 8 % free),
 * context lengths, input and output modalities (about 20 % not text-only, about 14 %
 * without text output), creation dates (three years up to the fixture's newest),
 * benchmarks (about half) and descriptions (with use-case words) vary. About 3 % are
 * `:free` variants of the entry before them.
 */
export function makeSyntheticModels(n: number, seed = 1): RawModel[] {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError('makeSyntheticModels: n must be a whole number ≥ 0');
  const rand = prng(seed);
  const templates = mockModels.filter((m) => !m.id.startsWith('~') && !m.id.includes(':'));
  const newest = Math.max(...mockModels.map((m) => m.created ?? 0));
  const out: RawModel[] = [];
  for (let i = 0; i < n; i++) {
    const prev = out[out.length - 1];
    if (prev && !prev.id.includes(':') && rand() < 0.03) {
      out.push({
        ...prev,
        id: `${prev.id}:free`,
        name: `${prev.name} (free)`,
        pricing: { prompt: '0', completion: '0' },
      });
      continue;
    }
    const template = pick(rand, templates);
    const [author, display, families, tokenizer] = pick(rand, AUTHORS);
    const family = pick(rand, families);
    const version = `${1 + Math.floor(rand() * 5)}.${Math.floor(rand() * 10)}`;
    const size = pick(rand, SIZES);
    const tag = i.toString(36);
    const slug = `${family}-${version}-${size}`.toLowerCase().replace(/[^a-z0-9.]+/g, '-') + `-s${tag}`;
    const id = `${author}/${slug}`;
    const name = `${display}: ${family} ${version} ${size} (S${tag.toUpperCase()})`;
    const output = outputs(rand);
    const input = output.includes('embeddings') || output.includes('rerank') ? ['text'] : pick(rand, INPUTS);
    const context = pick(rand, CONTEXTS);
    const created = newest - Math.floor(rand() * 3 * 365 * DAY);
    const free = rand() < 0.08;
    const promptPerMillion = free ? 0 : Math.exp(Math.log(0.02) + rand() * (Math.log(30) - Math.log(0.02)));
    const completionPerMillion =
      output.includes('embeddings') || output.includes('rerank') ? 0 : promptPerMillion * (1 + rand() * 7);
    const openWeights = rand() < 0.45;
    const pricing: RawModel['pricing'] = {
      prompt: perMillionToString(promptPerMillion),
      completion: perMillionToString(completionPerMillion),
    };
    if (!free && rand() < 0.4) pricing.input_cache_read = perMillionToString(promptPerMillion / 10);
    const maxCompletion = Math.min(context, pick(rand, [4096, 8192, 16384, 32768, 65536, 131072]));
    const hasBenchmarks = rand() < 0.5;
    const intelligence = Math.round((10 + rand() * 60) * 10) / 10;
    const model: RawModel = {
      id,
      canonical_slug: `${id}-${new Date(created * 1000).toISOString().slice(0, 10).replace(/-/g, '')}`,
      hugging_face_id: openWeights ? `${author}/${family.replace(/\s+/g, '-')}-${version}-${size}` : '',
      name,
      created,
      description: `${family} ${version} ${size} is a synthetic ${output.join('+')} model by ${display}, generated for scale tests. ${pick(rand, BLURBS)}`,
      context_length: context,
      architecture: {
        modality: `${input.join('+')}->${output.join('+')}`,
        input_modalities: input,
        output_modalities: output,
        tokenizer,
        instruct_type: null,
      },
      pricing,
      top_provider: {
        context_length: context,
        max_completion_tokens: maxCompletion,
        is_moderated: rand() < 0.2,
      },
      per_request_limits: null,
      supported_parameters: [...(template.supported_parameters ?? [])],
      default_parameters: template.default_parameters ? { ...template.default_parameters } : null,
      supported_voices: output.includes('speech') ? ['alloy', 'echo', 'nova'] : null,
      knowledge_cutoff: null,
      expiration_date: null,
      links: { details: `/api/v1/models/${id}/endpoints` },
    };
    if (hasBenchmarks) {
      model.benchmarks = {
        design_arena:
          rand() < 0.5
            ? [
                {
                  arena: 'models',
                  category: 'website',
                  elo: Math.round(1000 + rand() * 400),
                  win_rate: Math.round(rand() * 700) / 10,
                  rank: 1 + Math.floor(rand() * 40),
                },
              ]
            : [],
        artificial_analysis: {
          intelligence_index: intelligence,
          coding_index: Math.round(intelligence * (0.7 + rand() * 0.5) * 10) / 10,
          agentic_index: Math.round(intelligence * (0.6 + rand() * 0.8) * 10) / 10,
        },
      };
    }
    out.push(model);
  }
  return out;
}
