import endpointsFixture from '../../fixtures/endpoints-2025-05-23.json';
import { hashFraction } from './hash-fraction';
import { mockModelFacts } from './mock-model-facts';
import type { RawModel } from './raw-model';

/** The recorded `GET /models/google/gemini-2.5-pro-preview/endpoints` body (cline/cline, Apache-2.0). */
export const mockEndpointsFixture = endpointsFixture as { data: { id: string; [key: string]: unknown } };

export interface MockEndpointsOptions {
  /**
   * Whether the request carried `Authorization: Bearer …`. Without it latency and throughput
   * are null, as the real API sends them to anonymous callers. Default false.
   */
  authorized?: boolean;
}

const QUANTIZATIONS = ['fp8', 'bf16', 'fp16', 'fp4', 'int8'];

/**
 * OpenRouter's tags for the stand-in providers that differ from the provider name in
 * kebab-case (`Google` is Vertex AI, `google-vertex`), and the second, regional endpoint
 * some of them get (`amazon-bedrock/eu-west-1`), as the real API lists one entry per region.
 */
const TAGS: Record<string, string> = {
  Google: 'google-vertex',
  'Google AI Studio': 'google-ai-studio',
  Azure: 'azure',
  xAI: 'xai',
  'Z.AI': 'z-ai',
};
const REGIONS: Record<string, string> = {
  'Amazon Bedrock': 'eu-west-1',
  Google: 'europe',
  Azure: 'sweden-central',
};

const tagOf = (provider: string) => TAGS[provider] ?? provider.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function percentiles(p50: number, spread: number, rising: boolean, digits: number) {
  const f = 10 ** digits;
  const r = (n: number) => Math.round(n * f) / f;
  const k = rising ? 1 : -1;
  return {
    p50: r(p50),
    p75: r(p50 * (1 + k * spread)),
    p90: r(p50 * (1 + k * spread * 2)),
    p99: r(Math.max(p50 * (1 + k * spread * 3.5), p50 / 10)),
  };
}

/** A per-token price string times `factor`; `"0"`, variable (`"-1"`) and unreadable prices as they are. */
function scalePrice(value: unknown, factor: number): unknown {
  const n = typeof value === 'string' ? Number(value) : NaN;
  if (!(n > 0) || factor === 1) return value;
  return String(Number((n * factor).toPrecision(4)));
}

function scalePricing(pricing: RawModel['pricing'], factor: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(pricing ?? {}))
    out[key] = key === 'discount' || key === 'overrides' ? value : scalePrice(value, factor);
  return out;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The body of `GET /models/{author}/{slug}/endpoints` for a model: the recorded fixture
 * when the model is the one it was recorded for (served exactly as recorded: it predates the
 * stats); otherwise a STAND-IN, deterministic (every number from `hashFraction` of the
 * provider and model), shaped as the spec says. None of the numbers are real data:
 *
 * - one endpoint per stand-in provider (`mockModelFacts(model).providers`: one for most
 *   models, several for the big labs' and for open-weight models), and a second, regional
 *   endpoint for Amazon Bedrock (`amazon-bedrock/eu-west-1`), Google Vertex
 *   (`google-vertex/europe`) and Azure (`azure/sweden-central`) with the same provider name
 *   and a 10 % regional surcharge;
 * - the model's pricing, at the first provider's price; other hosts of open weights
 *   0.7–1.2× it; a few with a `discount` (0.2); Google Vertex endpoints of models with a
 *   context of 1M tokens or more get a long-context tier (`overrides`: above 200K prompt
 *   tokens, input ×2, output ×1.5), as Gemini Pro prices them;
 * - context and max output of the model; a quantization for open-weight models;
 * - `status` 0, but about 1 in 11 endpoints degraded (-2) and 1 in 33 down (-5), with
 *   uptimes to match (30 min and 1 day; 5 min null on a few: "insufficient data");
 * - latency (time to first token, ms) and throughput (tokens/s) percentiles around the
 *   model's stand-in medians ± a per-endpoint jitter; null without a bearer token.
 */
export function mockEndpointsBody(
  model: RawModel,
  options: MockEndpointsOptions = {},
): { data: Record<string, unknown> } {
  if (model.id === mockEndpointsFixture.data.id) return mockEndpointsFixture;
  const authorized = options.authorized ?? false;
  const facts = mockModelFacts(model);
  const openWeights = facts.distillable;
  const longContext = (model.context_length ?? 0) >= 1_000_000;
  const hosts = facts.providers.flatMap((provider, i) => {
    const tag = tagOf(provider);
    const j = hashFraction(`${provider}:${model.id}`);
    // The first (author's own) host sells at the model's price; other open-weight hosts vary.
    const factor = i === 0 || !openWeights ? 1 : round1(0.7 + 0.5 * j) || 1;
    const region = REGIONS[provider];
    return [
      { provider, tag, factor, j },
      ...(region
        ? [
            {
              provider,
              tag: `${tag}/${region}`,
              factor: factor * 1.1,
              j: hashFraction(`${provider}/${region}:${model.id}`),
            },
          ]
        : []),
    ];
  });
  const endpoints = hosts.map(({ provider, tag, factor, j }) => {
    const s = hashFraction(`status:${tag}:${model.id}`);
    const status = s < 0.03 ? -5 : s < 0.12 ? -2 : 0;
    const uptime = (lo: number, hi: number, salt: string) =>
      round1(lo + (hi - lo) * hashFraction(`${salt}:${tag}:${model.id}`));
    const [u30, u1d] =
      status === -5
        ? [uptime(20, 60, 'u30'), uptime(70, 92, 'u1d')]
        : status < 0
          ? [uptime(80, 95, 'u30'), uptime(93, 98.5, 'u1d')]
          : [uptime(98.5, 100, 'u30'), uptime(98, 100, 'u1d')];
    const pricing = scalePricing(model.pricing, factor);
    pricing.discount = hashFraction(`discount:${tag}:${model.id}`) < 0.08 ? 0.2 : 0;
    if (longContext && tag === 'google-vertex') {
      pricing.overrides = [
        {
          min_prompt_tokens: 200_000,
          prompt: scalePrice(pricing.prompt, 2),
          completion: scalePrice(pricing.completion, 1.5),
        },
      ];
    }
    const tools = (model.supported_parameters ?? []).includes('tools');
    return {
      name: `${provider} | ${model.id}`,
      model_id: model.canonical_slug ?? model.id,
      model_name: model.name,
      context_length: model.context_length ?? null,
      pricing,
      provider_name: provider,
      tag,
      quantization: openWeights ? QUANTIZATIONS[Math.floor(j * QUANTIZATIONS.length)] : null,
      max_completion_tokens: model.top_provider?.max_completion_tokens ?? null,
      max_prompt_tokens: null,
      supported_parameters: model.supported_parameters ?? [],
      ...(tools
        ? { supports_tool_choice: { auto: true, function: true, none: true, required: j > 0.3 } }
        : {}),
      status,
      uptime_last_5m:
        hashFraction(`u5:${tag}:${model.id}`) < 0.06
          ? null
          : status === -5
            ? 0
            : uptime(status < 0 ? 70 : 99, 100, 'u5'),
      uptime_last_30m: u30,
      uptime_last_1d: u1d,
      supports_implicit_caching: typeof model.pricing?.input_cache_read === 'string',
      // Time to first token in milliseconds, as real responses send it (the spec's example shows 0.25).
      latency_last_30m: authorized
        ? percentiles(facts.latencyMs * (0.8 + 0.4 * j) * (status < 0 ? 1.8 : 1), 0.3, true, 0)
        : null,
      throughput_last_30m: authorized
        ? percentiles(facts.throughputTps * (0.8 + 0.4 * (1 - j)) * (status < 0 ? 0.6 : 1), 0.15, false, 1)
        : null,
    };
  });
  return {
    data: {
      id: model.id,
      name: model.name,
      created: model.created,
      description: model.description,
      architecture: model.architecture,
      endpoints,
    },
  };
}
