import { parseModel } from './parse';
import type {
  DroppedEntry,
  ListEndpointsResponse,
  PercentileStats,
  PublicEndpoint,
  PublicPricing,
  ToolChoiceSupport,
} from './types';
import { obj } from './util';

/**
 * Tolerant parsing of `GET /models/{author}/{slug}/endpoints`, as `parse.ts` does for models:
 * snake_case JSON becomes the kit's camelCase types, unknown fields are ignored, missing or
 * null fields get safe values (null, never 0: a missing latency is not "0 ms"), unknown
 * status numbers and quantizations are kept. Nothing here throws on any input.
 *
 * Latency and throughput are null without an API key; any percentile, uptime or whole
 * percentile object may be null or missing (older bodies have none of them). Two regions of
 * one provider (`amazon-bedrock`, `amazon-bedrock/eu-west-1`) are two entries, both kept.
 */

const str = (v: unknown) => (typeof v == 'string' ? v : undefined);
const num = (v: unknown): number | null => {
  if (typeof v == 'string' && v.trim()) v = +v;
  return typeof v == 'number' && isFinite(v) ? v : null;
};
/** A count of tokens: a positive number, else null. */
const count = (v: unknown) => {
  const n = num(v);
  return n !== null && n > 0 ? n : null;
};
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x == 'string') : []);

/** `{ p50, p75, p90, p99 }`, each a number or null; null when it is not an object or holds no number at all. */
function percentiles(v: unknown): PercentileStats | null {
  const o = obj(v);
  if (!o) return null;
  const stats = { p50: num(o.p50), p75: num(o.p75), p90: num(o.p90), p99: num(o.p99) };
  return stats.p50 === null && stats.p75 === null && stats.p90 === null && stats.p99 === null ? null : stats;
}

function toolChoice(v: unknown): ToolChoiceSupport | undefined {
  const o = obj(v);
  return (
    o && {
      auto: o.auto === true,
      function: o.function === true,
      none: o.none === true,
      required: o.required === true,
    }
  );
}

/** Pricing through the model parser's tables (prices, discount, overrides). */
function pricingOf(v: unknown): PublicPricing {
  return parseModel({ id: '-', name: '-', pricing: obj(v) ?? {} })!.pricing;
}

/** `amazon-bedrock/eu-west-1` from a provider name: `Amazon Bedrock` → `amazon-bedrock`. */
const tagOf = (provider: string) =>
  provider
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, '-')
    .replace(/^-|-$/g, '');

/** One endpoint, or undefined when nothing in it names a provider (no provider name, tag or name). */
export function parseEndpoint(
  raw: unknown,
  model: { id: string; name: string } = { id: '', name: '' },
): PublicEndpoint | undefined {
  const e = obj(raw);
  if (!e) return undefined;
  const name = str(e.name)?.trim() ?? '';
  const providerName = str(e.provider_name)?.trim() || name.split(' | ')[0].trim();
  const tag = str(e.tag)?.trim() || tagOf(providerName);
  if (!providerName && !tag) return undefined;
  const out: PublicEndpoint = {
    name: name || providerName || tag,
    modelId: str(e.model_id) || model.id,
    modelName: str(e.model_name) || model.name,
    providerName: providerName || tag,
    tag,
    quantization: str(e.quantization) || null,
    contextLength: count(e.context_length),
    maxCompletionTokens: count(e.max_completion_tokens),
    maxPromptTokens: count(e.max_prompt_tokens),
    pricing: pricingOf(e.pricing),
    supportedParameters: strings(e.supported_parameters),
    supportsImplicitCaching: e.supports_implicit_caching === true,
    status: num(e.status),
    uptimeLast5m: num(e.uptime_last_5m),
    uptimeLast30m: num(e.uptime_last_30m),
    uptimeLast1d: num(e.uptime_last_1d),
    latencyLast30m: percentiles(e.latency_last_30m),
    throughputLast30m: percentiles(e.throughput_last_30m),
  };
  const tools = toolChoice(e.supports_tool_choice);
  if (tools) out.supportsToolChoice = tools;
  return out;
}

/**
 * The `data` of an endpoints body, or undefined when there is no `data` object (the caller
 * decides what that means). `fallbackId` names the model when the body does not.
 */
export function parseEndpointsList(body: unknown, fallbackId = ''): ListEndpointsResponse | undefined {
  const d = obj(obj(body)?.data);
  if (!d) return undefined;
  const id = (str(d.id)?.trim() && d.id) || fallbackId;
  const name = (str(d.name)?.trim() && d.name) || id;
  // The envelope is a model's head: read it with the model parser (architecture, description).
  const head = parseModel({ ...d, id: id || '-', name: name || '-' })!;
  const endpoints: PublicEndpoint[] = [];
  const dropped: DroppedEntry[] = [];
  (Array.isArray(d.endpoints) ? d.endpoints : []).forEach((entry: unknown, index: number) => {
    const endpoint = parseEndpoint(entry, { id, name });
    if (endpoint) endpoints.push(endpoint);
    else dropped.push({ index, reason: obj(entry) ? 'no provider' : 'not an object' });
  });
  const out: ListEndpointsResponse = {
    id,
    name,
    created: head.created,
    architecture: head.architecture,
    endpoints,
    dropped,
  };
  if (head.description !== undefined) out.description = head.description;
  return out;
}
