import type { PublicEndpoint, PublicPricing } from '../core/types';
import { formatTokenCount } from './format-token-count';
import { formatPrice, perMillion, type Price } from './pricing';

/**
 * A provider's figures, ready to read: status in words, prices per million tokens after
 * the discount (and the long-context tier a prompt length triggers), speed and uptime.
 * No React, no fetch: shared by `ModelProviders`, `compareEndpoints` and servers.
 */

export type EndpointState = 'up' | 'degraded' | 'down' | 'unknown';

/**
 * `status` in words. The spec lists 0, -1, -2, -3, -5 and -10 without naming them; the kit
 * reads 0 as up, -1 to -4 as degraded and -5 or lower as down (an assumption: OpenRouter
 * documents only that negative values are degraded or down). Anything else, or nothing, is
 * `unknown`: shown, never a crash.
 */
export function endpointState(status: number | null | undefined): EndpointState {
  if (typeof status !== 'number' || !Number.isFinite(status)) return 'unknown';
  if (status === 0) return 'up';
  if (status < 0 && status > -5) return 'degraded';
  if (status <= -5) return 'down';
  return 'unknown';
}

export const ENDPOINT_STATE_LABELS: Readonly<Record<EndpointState, string>> = {
  up: 'Up',
  degraded: 'Degraded',
  down: 'Down',
  unknown: 'Unknown',
};

/** The part of the tag after `/`: `amazon-bedrock/eu-west-1` → `eu-west-1` (a region, or a variant such as `fp8`). */
export function endpointRegion(endpoint: Pick<PublicEndpoint, 'tag'>): string | undefined {
  const slash = endpoint.tag.indexOf('/');
  return slash > 0 && slash < endpoint.tag.length - 1 ? endpoint.tag.slice(slash + 1) : undefined;
}

/** `Amazon Bedrock (eu-west-1)`: the provider, and its region when the tag names one. */
export function endpointLabel(endpoint: Pick<PublicEndpoint, 'tag' | 'providerName'>): string {
  const region = endpointRegion(endpoint);
  return region ? `${endpoint.providerName} (${region})` : endpoint.providerName;
}

export interface EndpointPrices {
  /** Input price per million tokens, after the discount and the tier. */
  prompt: Price;
  completion: Price;
  /** The discount applied (0–1), 0 when none. */
  discount: number;
  /** The long-context tier that applied, as `> 200K tokens`; undefined when the base price did. */
  tier?: string;
}

const applyDiscount = (price: Price, discount: number): Price =>
  price.kind === 'paid' && discount > 0
    ? { kind: 'paid', usd: Number((price.usd * (1 - discount)).toPrecision(12)) }
    : price;

/**
 * Prices per million tokens for a prompt of `promptTokens` (default: a short one): the
 * base prices, or those of the last long-context override whose `minPromptTokens` the
 * prompt exceeds (later entries win per key, as the spec says); then `× (1 − discount)`.
 * Overrides with a time window (`utcStart` / `utcEnd` / `utcDays`) are not applied: their
 * hours are shown as tiers, not guessed.
 */
export function endpointPrices(pricing: PublicPricing, promptTokens = 0): EndpointPrices {
  let prompt = pricing.prompt;
  let completion = pricing.completion;
  let tier: number | undefined;
  for (const o of pricing.overrides ?? []) {
    if (o.utcStart !== undefined || o.utcEnd !== undefined || (o.utcDays && o.utcDays.length > 0)) continue;
    if (typeof o.minPromptTokens !== 'number' || !(promptTokens > o.minPromptTokens)) continue;
    if (o.prompt !== undefined) prompt = o.prompt;
    if (o.completion !== undefined) completion = o.completion;
    tier = o.minPromptTokens;
  }
  const d = pricing.discount;
  const discount = typeof d === 'number' && d > 0 && d <= 1 ? d : 0;
  const out: EndpointPrices = {
    prompt: applyDiscount(perMillion(prompt), discount),
    completion: applyDiscount(perMillion(completion), discount),
    discount,
  };
  if (tier !== undefined) out.tier = `> ${formatTokenCount(tier)} tokens`;
  return out;
}

/** USD per million as a number for sorting (free 0); null when variable or unknown. */
export function priceValue(price: Price): number | null {
  return price.kind === 'paid' ? price.usd : price.kind === 'free' ? 0 : null;
}

/** What a request of `promptTokens` in and `completionTokens` out costs, in USD; null when a price is variable or unknown. */
export function endpointRequestCost(
  endpoint: Pick<PublicEndpoint, 'pricing'>,
  promptTokens: number,
  completionTokens: number,
): number | null {
  const prices = endpointPrices(endpoint.pricing, promptTokens);
  const p = priceValue(prices.prompt);
  const c = priceValue(prices.completion);
  return p === null || c === null ? null : (p * promptTokens + c * completionTokens) / 1_000_000;
}

/** `420 ms`, `1.2 s`; null for no figure (never "0 ms" for a missing one). Latency is in milliseconds. */
export function formatLatency(ms: number | null | undefined): string | null {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return null;
  if (ms < 1) return '< 1 ms';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** `46 tok/s`; null for no figure. */
export function formatThroughput(tps: number | null | undefined): string | null {
  if (typeof tps !== 'number' || !Number.isFinite(tps) || tps < 0) return null;
  return `${tps < 10 ? tps.toFixed(1).replace(/\.0$/, '') : Math.round(tps)} tok/s`;
}

/** `99.5%`, `100%`; null for no figure. */
export function formatUptime(percent: number | null | undefined): string | null {
  if (typeof percent !== 'number' || !Number.isFinite(percent)) return null;
  const p = Math.min(100, Math.max(0, percent));
  return `${p === 100 ? '100' : p >= 99.95 ? '99.9' : p.toFixed(1).replace(/\.0$/, '')}%`;
}

/** True when no endpoint reports latency or throughput: the caller sent no API key (or the data has none). */
export function endpointsLackSpeed(endpoints: readonly PublicEndpoint[]): boolean {
  return (
    endpoints.length > 0 &&
    endpoints.every((e) => e.latencyLast30m?.p50 == null && e.throughputLast30m?.p50 == null)
  );
}

/**
 * A one-line summary of a model's providers for a card:
 * `3 providers · $3.00–$3.30/M in · fastest 46 tok/s` (or `· sign in to see speed`).
 */
export function summarizeEndpoints(endpoints: readonly PublicEndpoint[]): string {
  if (endpoints.length === 0) return 'No providers';
  const providers = new Set(endpoints.map((e) => e.providerName)).size;
  const parts = [`${providers} provider${providers === 1 ? '' : 's'}`];
  const inputs = endpoints
    .map((e) => priceValue(endpointPrices(e.pricing).prompt))
    .filter((v): v is number => v !== null);
  if (inputs.length > 0) {
    const lo = Math.min(...inputs);
    const hi = Math.max(...inputs);
    const fmt = (usd: number) =>
      formatPrice(usd === 0 ? { kind: 'free' } : { kind: 'paid', usd }, { unit: '' });
    parts.push(lo === hi ? `${fmt(lo)}${lo ? '/M' : ''} in` : `${fmt(lo)}–${fmt(hi)}/M in`);
  }
  const fastest = Math.max(...endpoints.map((e) => e.throughputLast30m?.p50 ?? -1));
  if (fastest >= 0) parts.push(`fastest ${formatThroughput(fastest)}`);
  else if (endpointsLackSpeed(endpoints)) parts.push('sign in to see speed');
  return parts.join(' · ');
}
