import endpointsFixture from '../../fixtures/endpoints-2025-05-23.json';
import { hashFraction } from './hash-fraction';
import { mockModelFacts } from './mock-model-facts';
import type { RawModel } from './raw-model';

/** The recorded `GET /models/google/gemini-2.5-pro-preview/endpoints` body (cline/cline, Apache-2.0). */
export const mockEndpointsFixture = endpointsFixture as { data: { id: string; [key: string]: unknown } };

const QUANTIZATIONS = ['fp8', 'bf16', 'fp16', 'fp4', 'int8'];

function percentiles(p50: number, spread: number, rising: boolean, digits: number) {
  const f = 10 ** digits;
  const r = (n: number) => Math.round(n * f) / f;
  const k = rising ? 1 : -1;
  return { p50: r(p50), p75: r(p50 * (1 + k * spread)), p90: r(p50 * (1 + k * spread * 2)), p99: r(p50 * (1 + k * spread * 3.5)) };
}

/**
 * The body of `GET /models/{author}/{slug}/endpoints` for a model: the recorded fixture
 * when the model is the one it was recorded for; otherwise one endpoint per stand-in
 * provider (`mockModelFacts(model).providers`), each with the model's pricing, context
 * and parameters, a quantization for open-weight models, and latency / throughput
 * percentiles around the model's stand-in medians (± a per-provider jitter).
 */
export function mockEndpointsBody(model: RawModel): { data: Record<string, unknown> } {
  if (model.id === mockEndpointsFixture.data.id) return mockEndpointsFixture;
  const facts = mockModelFacts(model);
  const openWeights = facts.distillable;
  const endpoints = facts.providers.map((provider) => {
    const j = hashFraction(`${provider}:${model.id}`);
    return {
      name: `${provider} | ${model.id}`,
      model_id: model.id,
      model_name: model.name,
      context_length: model.context_length ?? null,
      pricing: { ...model.pricing, discount: 0 },
      provider_name: provider,
      tag: provider.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      quantization: openWeights ? QUANTIZATIONS[Math.floor(j * QUANTIZATIONS.length)] : null,
      max_completion_tokens: model.top_provider?.max_completion_tokens ?? null,
      max_prompt_tokens: null,
      supported_parameters: model.supported_parameters ?? [],
      status: 0,
      uptime_last_30m: Math.round((97 + 3 * j) * 10) / 10,
      supports_implicit_caching: typeof model.pricing?.input_cache_read === 'string',
      latency_last_30m: percentiles((facts.latencyMs / 1000) * (0.8 + 0.4 * j), 0.3, true, 3),
      throughput_last_30m: percentiles(facts.throughputTps * (0.8 + 0.4 * (1 - j)), 0.15, false, 1),
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
