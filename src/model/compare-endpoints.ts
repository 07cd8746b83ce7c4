import type { PublicEndpoint } from '../core/types';
import {
  endpointLabel,
  endpointRequestCost,
  endpointState,
  formatLatency,
  formatThroughput,
  formatUptime,
} from './endpoint-figures';
import { formatTokenCount } from './format-token-count';
import { formatUsd } from './pricing';

/**
 * What a request needs from a provider:
 * - `cheapest`: the lowest cost of a request of `promptTokens` in and `completionTokens` out
 *   (defaults 1,000 and 1,000), with the discount and the long-context tier the prompt
 *   triggers; providers whose context or max output cannot hold the request rank last;
 * - `first-token`: the lowest median latency (time to first token);
 * - `throughput`: the highest median throughput (tokens per second);
 * - `reliable`: the highest uptime over the last day (then the last 30 minutes).
 */
export type EndpointNeed =
  | { goal: 'cheapest'; promptTokens?: number; completionTokens?: number }
  | { goal: 'first-token' }
  | { goal: 'throughput' }
  | { goal: 'reliable' };

export interface RankedEndpoint {
  endpoint: PublicEndpoint;
  /** The figure ranked on (USD, ms, tok/s or %); null when the provider does not report it. */
  value: number | null;
  /** The figure as text (`$0.012`, `420 ms`, `46 tok/s`, `99.8%`); null when unknown. */
  text: string | null;
  /** Why it cannot serve the request (down, too small a context); undefined when it can. */
  excluded?: string;
}

export interface EndpointComparison {
  /** Best first: eligible providers with a figure, then those without one, then excluded ones. */
  ranked: RankedEndpoint[];
  /** The pick, or null when no eligible provider reports the figure. */
  best: RankedEndpoint | null;
  /** The pick explained in a sentence, or why there is none. */
  explanation: string;
}

const rank = (state: string) => ['up', 'unknown', 'degraded', 'down'].indexOf(state);

/**
 * Ranks a model's providers for a stated need and explains the pick in a sentence:
 *
 * ```ts
 * compareEndpoints(endpoints, { goal: 'cheapest', promptTokens: 250_000, completionTokens: 2_000 }).explanation
 * // "Anthropic is the cheapest for 250K tokens in and 2K out: $1.53 a request (next: Amazon Bedrock, $1.68)."
 * ```
 *
 * Down providers are never picked and rank last; degraded ones rank after those that are up at an equal figure.
 */
export function compareEndpoints(
  endpoints: readonly PublicEndpoint[],
  need: EndpointNeed,
): EndpointComparison {
  const goal = need.goal;
  const promptTokens = goal === 'cheapest' ? Math.max(0, need.promptTokens ?? 1000) : 0;
  const completionTokens = goal === 'cheapest' ? Math.max(0, need.completionTokens ?? 1000) : 0;
  const lowerIsBetter = goal === 'cheapest' || goal === 'first-token';

  const rows: RankedEndpoint[] = endpoints.map((endpoint) => {
    let value: number | null;
    let text: string | null;
    if (goal === 'cheapest') {
      value = endpointRequestCost(endpoint, promptTokens, completionTokens);
      text = value === null ? null : value === 0 ? 'free' : formatUsd(value);
    } else if (goal === 'first-token') {
      value = endpoint.latencyLast30m?.p50 ?? null;
      text = formatLatency(value);
    } else if (goal === 'throughput') {
      value = endpoint.throughputLast30m?.p50 ?? null;
      text = formatThroughput(value);
    } else {
      value = endpoint.uptimeLast1d ?? endpoint.uptimeLast30m ?? null;
      text = formatUptime(value);
    }
    const row: RankedEndpoint = {
      endpoint,
      value: value !== null && Number.isFinite(value) ? value : null,
      text,
    };
    const state = endpointState(endpoint.status);
    if (state === 'down') row.excluded = 'down';
    else if (goal === 'cheapest') {
      const context = endpoint.contextLength;
      const maxOut = endpoint.maxCompletionTokens;
      const maxIn = endpoint.maxPromptTokens;
      if (context !== null && promptTokens + completionTokens > context)
        row.excluded = `its context (${formatTokenCount(context)}) is too small`;
      else if (maxOut !== null && completionTokens > maxOut)
        row.excluded = `its output is limited to ${formatTokenCount(maxOut)} tokens`;
      else if (maxIn !== null && promptTokens > maxIn)
        row.excluded = `its prompt is limited to ${formatTokenCount(maxIn)} tokens`;
    }
    return row;
  });

  const group = (r: RankedEndpoint) =>
    r.excluded === 'down' ? 3 : r.excluded ? 2 : r.value === null ? 1 : 0;
  rows.sort((a, b) => {
    const g = group(a) - group(b);
    if (g) return g;
    if (a.value !== null && b.value !== null && a.value !== b.value)
      return lowerIsBetter ? a.value - b.value : b.value - a.value;
    const s = rank(endpointState(a.endpoint.status)) - rank(endpointState(b.endpoint.status));
    if (s) return s;
    const u = (b.endpoint.uptimeLast1d ?? -1) - (a.endpoint.uptimeLast1d ?? -1);
    return u || endpointLabel(a.endpoint).localeCompare(endpointLabel(b.endpoint));
  });

  const best = rows[0] && group(rows[0]) === 0 ? rows[0] : null;
  return {
    ranked: rows,
    best,
    explanation: explain(goal, best, rows, promptTokens, completionTokens, endpoints.length),
  };
}

function explain(
  goal: EndpointNeed['goal'],
  best: RankedEndpoint | null,
  rows: RankedEndpoint[],
  promptTokens: number,
  completionTokens: number,
  total: number,
): string {
  const request = `${formatTokenCount(promptTokens)} tokens in and ${formatTokenCount(completionTokens)} out`;
  if (total === 0) return 'No provider serves this model.';
  if (!best) {
    if (rows.every((r) => r.excluded)) {
      return goal === 'cheapest'
        ? `No provider can take ${request}: ${rows.map((r) => `${endpointLabel(r.endpoint)} (${r.excluded})`).join(', ')}.`
        : 'Every provider is down.';
    }
    if (goal === 'first-token' || goal === 'throughput')
      return 'No provider reports its speed: sign in (send an API key) to see latency and throughput.';
    if (goal === 'reliable') return 'No provider reports its uptime yet.';
    return 'No provider has a fixed price for this request.';
  }
  const name = endpointLabel(best.endpoint);
  const next = rows[1] && rows[1].value !== null && !rows[1].excluded ? rows[1] : undefined;
  const then = next
    ? ` (next: ${endpointLabel(next.endpoint)}, ${next.text})`
    : rows.length === 1
      ? ' (the only provider)'
      : '';
  const degraded = endpointState(best.endpoint.status) === 'degraded' ? ' It is degraded right now.' : '';
  switch (goal) {
    case 'cheapest':
      return `${name} is the cheapest for ${request}: ${best.value === 0 ? 'free' : `${best.text} a request`}${then}.${degraded}`;
    case 'first-token':
      return `${name} answers first: ${best.text} to the first token, median over the last 30 minutes${then}.${degraded}`;
    case 'throughput':
      return `${name} writes fastest: ${best.text}, median over the last 30 minutes${then}.${degraded}`;
    default:
      return `${name} is the most reliable: ${best.text} uptime ${best.endpoint.uptimeLast1d != null ? 'over the last day' : 'over the last 30 minutes'}${then}.${degraded}`;
  }
}
