import type { PublicEndpoint } from '../../src/core/types';
import { compareEndpoints } from '../../src/model/compare-endpoints';
import {
  endpointLabel,
  endpointPrices,
  endpointState,
  formatLatency,
  formatThroughput,
  formatUptime,
  summarizeEndpoints,
} from '../../src/model/endpoint-figures';

function ep(tag: string, extra: Partial<PublicEndpoint> = {}): PublicEndpoint {
  const provider = tag
    .split('/')[0]
    .replace(/(^|-)(\w)/g, (_, s, c: string) => (s ? ' ' : '') + c.toUpperCase());
  return {
    name: `${provider} | m`,
    modelId: 'a/m',
    modelName: 'M',
    providerName: provider,
    tag,
    quantization: null,
    contextLength: 200_000,
    maxCompletionTokens: 64_000,
    maxPromptTokens: null,
    pricing: { prompt: '0.000003', completion: '0.000015' },
    supportedParameters: [],
    supportsImplicitCaching: false,
    status: 0,
    uptimeLast5m: 100,
    uptimeLast30m: 99.5,
    uptimeLast1d: 99.5,
    latencyLast30m: { p50: 800, p75: 900, p90: 1000, p99: 2000 },
    throughputLast30m: { p50: 50, p75: 45, p90: 40, p99: 20 },
    ...extra,
  };
}

const anthropic = ep('anthropic', {
  uptimeLast1d: 99.9,
  latencyLast30m: { p50: 600, p75: null, p90: null, p99: null },
});
const bedrock = ep('amazon-bedrock', {
  throughputLast30m: { p50: 70, p75: null, p90: null, p99: null },
  pricing: {
    prompt: '0.000003',
    completion: '0.000015',
    overrides: [{ minPromptTokens: 200_000, prompt: '0.000006', completion: '0.0000225' }],
  },
  contextLength: 1_000_000,
});
const bedrockEu = ep('amazon-bedrock/eu-west-1', {
  pricing: { prompt: '0.0000033', completion: '0.0000165' },
  contextLength: 1_000_000,
});
const vertex = ep('google-vertex', {
  pricing: { prompt: '0.000003', completion: '0.000015', discount: 0.2 },
  status: -2,
  uptimeLast1d: 96,
});
const down = ep('broken-host', {
  pricing: { prompt: '0.000001', completion: '0.000001' },
  status: -5,
  uptimeLast1d: 40,
  latencyLast30m: { p50: 10, p75: null, p90: null, p99: null },
});
const all = [anthropic, bedrock, bedrockEu, vertex, down];

describe('endpoint figures', () => {
  test('status in words; unknown values never break', () => {
    expect([0, -1, -2, -3, -5, -10, -7, 3, null, undefined, NaN].map(endpointState)).toEqual([
      'up',
      'degraded',
      'degraded',
      'degraded',
      'down',
      'down',
      'down',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
  });

  test('labels tell regions apart', () => {
    expect([bedrock, bedrockEu].map(endpointLabel)).toEqual(['Amazon Bedrock', 'Amazon Bedrock (eu-west-1)']);
  });

  test('prices: discount, long-context tier (strictly more than minPromptTokens), time windows not applied', () => {
    expect(endpointPrices(vertex.pricing)).toMatchObject({
      prompt: { kind: 'paid', usd: 2.4 },
      completion: { kind: 'paid', usd: 12 },
      discount: 0.2,
    });
    expect(endpointPrices(bedrock.pricing, 200_000)).toMatchObject({ prompt: { usd: 3 } });
    expect(endpointPrices(bedrock.pricing, 200_001)).toMatchObject({
      prompt: { usd: 6 },
      completion: { usd: 22.5 },
      tier: '> 200K tokens',
    });
    expect(
      endpointPrices(
        {
          prompt: '0.000001',
          completion: '0.000002',
          overrides: [{ utcStart: 100, utcEnd: 400, prompt: '0' }],
        },
        10,
      ),
    ).toMatchObject({ prompt: { usd: 1 } });
    expect(endpointPrices({ prompt: '', completion: '-1' })).toMatchObject({
      prompt: { kind: 'unknown' },
      completion: { kind: 'variable' },
    });
  });

  test('formats: latency in ms (null, never 0 ms, for a missing one), throughput, uptime', () => {
    expect([420.4, 1234, 0.25, 15_000, null, undefined, NaN].map(formatLatency)).toEqual([
      '420 ms',
      '1.2 s',
      '< 1 ms',
      '15 s',
      null,
      null,
      null,
    ]);
    expect([46.2, 7.25, null].map(formatThroughput)).toEqual(['46 tok/s', '7.3 tok/s', null]);
    expect([99.5, 100, 99.96, 97, null].map(formatUptime)).toEqual(['99.5%', '100%', '99.9%', '97%', null]);
  });

  test('summary for a card', () => {
    expect(summarizeEndpoints([anthropic, bedrock, bedrockEu])).toBe(
      '2 providers · $3.00–$3.30/M in · fastest 70 tok/s',
    );
    expect(
      summarizeEndpoints(
        [anthropic, bedrock].map((e) => ({ ...e, latencyLast30m: null, throughputLast30m: null })),
      ),
    ).toBe('2 providers · $3.00/M in · sign in to see speed');
    expect(summarizeEndpoints([])).toBe('No providers');
  });
});

describe('compareEndpoints', () => {
  test('cheapest for a short request: the discount wins; the down host is never picked', () => {
    const c = compareEndpoints(all, { goal: 'cheapest', promptTokens: 10_000, completionTokens: 1_000 });
    expect(c.best?.endpoint.tag).toBe('google-vertex');
    expect(c.ranked.at(-1)?.endpoint.tag).toBe('broken-host');
    expect(c.ranked.at(-1)?.excluded).toBe('down');
    expect(c.explanation).toBe(
      'Google Vertex is the cheapest for 10K tokens in and 1K out: $0.036 a request (next: Anthropic, $0.045). It is degraded right now.',
    );
  });

  test('cheapest for a long prompt: the tier applies, too-small contexts rank last with the reason', () => {
    const c = compareEndpoints(all, { goal: 'cheapest', promptTokens: 300_000, completionTokens: 2_000 });
    expect(c.ranked.map((r) => r.endpoint.tag)).toEqual([
      'amazon-bedrock/eu-west-1',
      'amazon-bedrock',
      'google-vertex',
      'anthropic',
      'broken-host',
    ]);
    expect(c.ranked[1].value).toBeCloseTo(300_000 * 6e-6 + 2_000 * 22.5e-6);
    expect(c.ranked[3].excluded).toBe('its context (200K) is too small');
    expect(c.explanation).toMatch(
      /^Amazon Bedrock \(eu-west-1\) is the cheapest for 300K tokens in and 2K out: \$1\.02 a request \(next: Amazon Bedrock, \$1\.84\)\.$/,
    );
  });

  test('fastest to first token, highest throughput, most reliable', () => {
    expect(compareEndpoints(all, { goal: 'first-token' }).explanation).toBe(
      'Anthropic answers first: 600 ms to the first token, median over the last 30 minutes (next: Amazon Bedrock, 800 ms).',
    );
    expect(compareEndpoints(all, { goal: 'throughput' }).best?.endpoint.tag).toBe('amazon-bedrock');
    const reliable = compareEndpoints(all, { goal: 'reliable' });
    expect(reliable.best?.endpoint.tag).toBe('anthropic');
    expect(reliable.explanation).toBe(
      'Anthropic is the most reliable: 99.9% uptime over the last day (next: Amazon Bedrock, 99.5%).',
    );
  });

  test('no stats without a key: no pick, and the sentence says to sign in', () => {
    const anon = all.map((e) => ({ ...e, latencyLast30m: null, throughputLast30m: null }));
    const c = compareEndpoints(anon, { goal: 'first-token' });
    expect(c.best).toBeNull();
    expect(c.explanation).toMatch(/sign in/);
    expect(c.ranked).toHaveLength(5);
  });

  test('empty, single, and all excluded', () => {
    expect(compareEndpoints([], { goal: 'reliable' })).toEqual({
      ranked: [],
      best: null,
      explanation: 'No provider serves this model.',
    });
    expect(compareEndpoints([anthropic], { goal: 'throughput' }).explanation).toMatch(
      /\(the only provider\)\.$/,
    );
    expect(compareEndpoints([anthropic], { goal: 'cheapest', promptTokens: 500_000 }).explanation).toBe(
      'No provider can take 500K tokens in and 1K out: Anthropic (its context (200K) is too small).',
    );
  });
});
