/**
 * Contract test for the providers endpoint against the official SDK (`@openrouter/sdk`):
 * the same request path and bearer for the same model, and our parse of a body in the
 * current spec's shape equals the SDK's on every field both have (names and values).
 */
import { HTTPClient, OpenRouter } from '@openrouter/sdk';
import { createOpenRouterClient } from '../../src/core/client';

const KEY = 'sk-or-contract-0123456789';

/** One endpoint with every field the SDK requires (it rejects a body without them; ours does not). */
const ENDPOINT = {
  name: 'Amazon Bedrock | anthropic/claude-sonnet-4',
  model_id: 'anthropic/claude-4-sonnet-20250522',
  model_name: 'Anthropic: Claude Sonnet 4',
  context_length: 200000,
  pricing: {
    prompt: '0.000003',
    completion: '0.000015',
    input_cache_read: '0.0000003',
    discount: 0.1,
    overrides: [{ min_prompt_tokens: 200000, prompt: '0.000006', completion: '0.0000225' }],
  },
  provider_name: 'Amazon Bedrock',
  tag: 'amazon-bedrock/eu-west-1',
  quantization: 'fp8',
  max_completion_tokens: 64000,
  max_prompt_tokens: null,
  supported_parameters: ['tools', 'tool_choice', 'max_tokens'],
  supports_tool_choice: { auto: true, function: true, none: true, required: false },
  supports_implicit_caching: true,
  supports_voice_cloning: false,
  status: -2,
  uptime_last_5m: null,
  uptime_last_30m: 97.5,
  uptime_last_1d: 99.1,
  latency_last_30m: { p50: 1234.5, p75: 1500, p90: 2100, p99: 4000 },
  throughput_last_30m: null,
};
const BODY = JSON.stringify({
  data: {
    id: 'anthropic/claude-sonnet-4',
    name: 'Anthropic: Claude Sonnet 4',
    created: 1747930371,
    description: 'Claude Sonnet 4',
    architecture: {
      tokenizer: 'Claude',
      instruct_type: null,
      modality: 'text+image->text',
      input_modalities: ['text', 'image'],
      output_modalities: ['text'],
    },
    endpoints: [ENDPOINT],
  },
});

const answer = () => new Response(BODY, { status: 200, headers: { 'content-type': 'application/json' } });

test('same path and bearer; the same fields with the same values', async () => {
  const ourUrls: string[] = [];
  const ourAuth: Array<string | null> = [];
  const ours = createOpenRouterClient({
    apiKey: KEY,
    retries: { strategy: 'none' },
    fetch: async (input, init) => {
      ourUrls.push(String(input));
      ourAuth.push(new Headers(init?.headers).get('authorization'));
      return answer();
    },
  });
  const sdkUrls: string[] = [];
  const sdkAuth: Array<string | null> = [];
  const httpClient = new HTTPClient({
    fetcher: async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      sdkUrls.push(request.url);
      sdkAuth.push(request.headers.get('authorization'));
      return answer();
    },
  });
  const sdk = new OpenRouter({ apiKey: KEY, httpClient, retryConfig: { strategy: 'none' } });

  const mine = (await ours.models.endpoints('anthropic/claude-sonnet-4')).data;
  const theirs = (await sdk.endpoints.list({ author: 'anthropic', slug: 'claude-sonnet-4' })).data;

  expect(ourUrls[0]).toBe(sdkUrls[0]);
  expect(ourAuth[0]).toBe(sdkAuth[0]);

  expect({ id: mine.id, name: mine.name, created: mine.created, description: mine.description }).toEqual({
    id: theirs.id,
    name: theirs.name,
    created: theirs.created,
    description: theirs.description,
  });
  const a = mine.endpoints[0] as unknown as Record<string, unknown>;
  const b = theirs.endpoints[0] as unknown as Record<string, unknown>;
  // Every field of ours exists in the SDK's type under the same name, with the same value.
  const shared = Object.keys(a).filter((k) => k in b);
  expect(Object.keys(a).filter((k) => !(k in b))).toEqual([]);
  for (const key of shared) expect([key, a[key]]).toEqual([key, b[key]]);
  // What the SDK adds that we leave out.
  expect(Object.keys(b).filter((k) => !(k in a))).toEqual(['supportsVoiceCloning']);
});
