import { parseEndpoint, parseEndpointsList } from '../../src/core/parse-endpoints';
import { fixtureJson } from './fixtures';

const FIXTURE = 'endpoints-2025-05-23.json';

/** The spec's example endpoint, as the newer API sends it (latency in ms, as real responses are). */
const FULL = {
  name: 'Amazon Bedrock | anthropic/claude-sonnet-4',
  model_id: 'anthropic/claude-sonnet-4',
  model_name: 'Anthropic: Claude Sonnet 4',
  context_length: 200000,
  pricing: {
    prompt: '0.000003',
    completion: '0.000015',
    discount: 0.1,
    overrides: [{ min_prompt_tokens: 200000, prompt: '0.000006', completion: '0.0000225' }],
  },
  provider_name: 'Amazon Bedrock',
  tag: 'amazon-bedrock',
  quantization: 'fp16',
  max_completion_tokens: 64000,
  max_prompt_tokens: null,
  supported_parameters: ['tools', 'tool_choice', 'max_tokens'],
  supports_tool_choice: { auto: true, function: true, none: true, required: false },
  supports_implicit_caching: true,
  status: 0,
  uptime_last_5m: 100,
  uptime_last_30m: 99.5,
  uptime_last_1d: 99.8,
  latency_last_30m: { p50: 1234.5, p75: 1500, p90: 2100, p99: 4000 },
  throughput_last_30m: { p50: 46.2, p75: 40, p90: 31, p99: 12 },
};

const body = (endpoints: unknown[], extra: Record<string, unknown> = {}) => ({
  data: {
    id: 'anthropic/claude-sonnet-4',
    name: 'Anthropic: Claude Sonnet 4',
    created: 1747930371,
    architecture: { modality: 'text+image->text' },
    endpoints,
    ...extra,
  },
});

describe('parseEndpointsList', () => {
  it('the recorded fixture (2025-05, no stats at all): two endpoints, nothing dropped, stats null', () => {
    const parsed = parseEndpointsList(fixtureJson(FIXTURE))!;
    expect(parsed.id).toBe('google/gemini-2.5-pro-preview');
    expect(parsed.name).toBe('Google: Gemini 2.5 Pro Preview');
    expect(parsed.architecture.inputModalities).toEqual(['text', 'image', 'file']);
    expect(parsed.dropped).toEqual([]);
    expect(parsed.endpoints.map((e) => [e.providerName, e.tag])).toEqual([
      ['Google', 'google-vertex'],
      ['Google AI Studio', 'google-ai-studio'],
    ]);
    const [vertex] = parsed.endpoints;
    expect(vertex).toMatchObject({
      // no model_id / model_name in the old body: the envelope's
      modelId: 'google/gemini-2.5-pro-preview',
      modelName: 'Google: Gemini 2.5 Pro Preview',
      contextLength: 1048576,
      maxCompletionTokens: 65535,
      maxPromptTokens: null,
      quantization: null,
      status: 0,
      uptimeLast5m: null,
      uptimeLast30m: null,
      uptimeLast1d: null,
      latencyLast30m: null,
      throughputLast30m: null,
      supportsImplicitCaching: false,
    });
    expect(vertex.pricing).toMatchObject({
      prompt: '0.00000125',
      completion: '0.00001',
      inputCacheRead: '0.00000031',
      discount: 0,
    });
    expect(vertex.supportedParameters).toContain('tool_choice');
  });

  it('every field of the current spec, camelCase; latency kept in milliseconds as sent', () => {
    const [e] = parseEndpointsList(body([FULL]))!.endpoints;
    expect(e).toEqual({
      name: 'Amazon Bedrock | anthropic/claude-sonnet-4',
      modelId: 'anthropic/claude-sonnet-4',
      modelName: 'Anthropic: Claude Sonnet 4',
      providerName: 'Amazon Bedrock',
      tag: 'amazon-bedrock',
      quantization: 'fp16',
      contextLength: 200000,
      maxCompletionTokens: 64000,
      maxPromptTokens: null,
      pricing: {
        prompt: '0.000003',
        completion: '0.000015',
        discount: 0.1,
        overrides: [{ minPromptTokens: 200000, prompt: '0.000006', completion: '0.0000225' }],
      },
      supportedParameters: ['tools', 'tool_choice', 'max_tokens'],
      supportsToolChoice: { auto: true, function: true, none: true, required: false },
      supportsImplicitCaching: true,
      status: 0,
      uptimeLast5m: 100,
      uptimeLast30m: 99.5,
      uptimeLast1d: 99.8,
      latencyLast30m: { p50: 1234.5, p75: 1500, p90: 2100, p99: 4000 },
      throughputLast30m: { p50: 46.2, p75: 40, p90: 31, p99: 12 },
    });
  });

  it('the spec example latency (0.25) is kept as sent: no unit guessing', () => {
    const [e] = parseEndpointsList(
      body([{ ...FULL, latency_last_30m: { p50: 0.25, p75: 0.35, p90: 0.48, p99: 0.85 } }]),
    )!.endpoints;
    expect(e.latencyLast30m?.p50).toBe(0.25);
  });

  it('without an API key: null latency and throughput stay null (never 0)', () => {
    const [e] = parseEndpointsList(
      body([{ ...FULL, latency_last_30m: null, throughput_last_30m: null }]),
    )!.endpoints;
    expect(e.latencyLast30m).toBeNull();
    expect(e.throughputLast30m).toBeNull();
  });

  it('nulls and missing stats, uptimes, percentiles: each read on its own, nothing thrown', () => {
    const mutated = [
      { ...FULL, tag: 'a', uptime_last_5m: null, uptime_last_30m: undefined, uptime_last_1d: '99.1' },
      {
        ...FULL,
        tag: 'b',
        latency_last_30m: { p50: null, p75: 'x', p90: 2100 },
        throughput_last_30m: { p50: 30 },
      },
      {
        ...FULL,
        tag: 'c',
        latency_last_30m: {},
        throughput_last_30m: [],
        context_length: null,
        max_completion_tokens: -1,
      },
      {
        ...FULL,
        tag: 'd',
        latency_last_30m: 'fast',
        throughput_last_30m: 42,
        pricing: null,
        supported_parameters: 'tools',
        quantization: 7,
      },
    ];
    const { endpoints, dropped } = parseEndpointsList(body(mutated))!;
    expect(dropped).toEqual([]);
    expect(endpoints.map((e) => [e.uptimeLast5m, e.uptimeLast30m, e.uptimeLast1d])[0]).toEqual([
      null,
      null,
      99.1,
    ]);
    expect(endpoints[1].latencyLast30m).toEqual({ p50: null, p75: null, p90: 2100, p99: null });
    expect(endpoints[1].throughputLast30m).toEqual({ p50: 30, p75: null, p90: null, p99: null });
    expect(endpoints[2]).toMatchObject({
      latencyLast30m: null,
      throughputLast30m: null,
      contextLength: null,
      maxCompletionTokens: null,
    });
    // pricing null: '' (unknown, never "0" which reads as free)
    expect(endpoints[3]).toMatchObject({
      latencyLast30m: null,
      throughputLast30m: null,
      pricing: { prompt: '', completion: '' },
      supportedParameters: [],
      quantization: null,
    });
  });

  it('unknown and odd status values are kept or nulled, never thrown', () => {
    const statuses = [0, -1, -2, -3, -5, -10, -7, 3, '-2', 'down', null, undefined];
    const { endpoints } = parseEndpointsList(
      body(statuses.map((status, i) => ({ ...FULL, tag: `t${i}`, status }))),
    )!;
    expect(endpoints.map((e) => e.status)).toEqual([0, -1, -2, -3, -5, -10, -7, 3, -2, null, null, null]);
  });

  it('regional duplicates of one provider are both kept, told apart by tag', () => {
    const { endpoints } = parseEndpointsList(
      body([FULL, { ...FULL, tag: 'amazon-bedrock/eu-west-1', uptime_last_30m: 97 }]),
    )!;
    expect(endpoints.map((e) => e.tag)).toEqual(['amazon-bedrock', 'amazon-bedrock/eu-west-1']);
    expect(endpoints.map((e) => e.providerName)).toEqual(['Amazon Bedrock', 'Amazon Bedrock']);
  });

  it('an exact duplicate entry is kept too (the list is what the server said)', () => {
    expect(parseEndpointsList(body([FULL, FULL]))!.endpoints).toHaveLength(2);
  });

  it('entries that name no provider are dropped and reported; the provider falls back to the name, the tag to the provider', () => {
    const { endpoints, dropped } = parseEndpointsList(
      body([
        null,
        'x',
        {},
        { name: 'Groq | meta/llama' },
        { provider_name: 'Together AI' },
        { tag: 'deepinfra/fp8' },
      ]),
    )!;
    expect(dropped).toEqual([
      { index: 0, reason: 'not an object' },
      { index: 1, reason: 'not an object' },
      { index: 2, reason: 'no provider' },
    ]);
    expect(endpoints.map((e) => [e.providerName, e.tag])).toEqual([
      ['Groq', 'groq'],
      ['Together AI', 'together-ai'],
      ['deepinfra/fp8', 'deepinfra/fp8'],
    ]);
  });

  it('an envelope without id, name or endpoints still parses; no data object is undefined', () => {
    expect(parseEndpointsList({ data: {} }, 'openai/gpt-4')).toMatchObject({
      id: 'openai/gpt-4',
      name: 'openai/gpt-4',
      created: 0,
      endpoints: [],
      dropped: [],
    });
    expect(parseEndpointsList({ data: { endpoints: 'nope', architecture: null } })).toMatchObject({
      endpoints: [],
      architecture: { inputModalities: [], outputModalities: [] },
    });
    for (const bad of [null, undefined, 1, 'x', [], {}, { data: null }, { data: [] }])
      expect(parseEndpointsList(bad)).toBeUndefined();
  });

  it('never throws on hostile values anywhere', () => {
    const nasty = [
      undefined,
      null,
      0,
      -1,
      NaN,
      Infinity,
      '',
      'x',
      [],
      {},
      [null],
      { p50: {} },
      Object.create(null),
    ];
    for (const v of nasty) {
      for (const key of Object.keys(FULL)) {
        expect(() => parseEndpoint({ ...FULL, [key]: v })).not.toThrow();
      }
      expect(() =>
        parseEndpointsList({ data: { id: v, name: v, architecture: v, endpoints: [v] } }),
      ).not.toThrow();
    }
  });
});
