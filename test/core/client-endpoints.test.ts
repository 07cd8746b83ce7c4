import { createOpenRouterClient, type OpenRouterClientOptions } from '../../src/core/client';
import {
  InvalidRequestError,
  NotFoundError,
  ResponseParseError,
  UnauthorizedError,
} from '../../src/core/errors';
import { fixtureText } from './fixtures';

type FetchFn = typeof globalThis.fetch;
const KEY = 'sk-or-v1-0123456789abcdef0123456789abcdef';

const json = (body: unknown, status = 200) =>
  new Response(typeof body == 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

function setup(
  respond: () => Response = () => new Response(fixtureText('endpoints-2025-05-23.json')),
  options: OpenRouterClientOptions = {},
) {
  const fetch = vi.fn<FetchFn>(async () => respond());
  const client = createOpenRouterClient({ fetch, retries: { strategy: 'none' }, ...options });
  return {
    fetch,
    client,
    url: (i = 0) => String(fetch.mock.calls[i][0]),
    headers: (i = 0) => new Headers(fetch.mock.calls[i][1]?.headers),
  };
}

async function caught(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('client.models.endpoints', () => {
  it('GET /models/{author}/{slug}/endpoints (plural models), parsed', async () => {
    const { client, url } = setup();
    const { data } = await client.models.endpoints('google/gemini-2.5-pro-preview');
    expect(url()).toBe('https://openrouter.ai/api/v1/models/google/gemini-2.5-pro-preview/endpoints');
    expect(data.endpoints.map((e) => e.tag)).toEqual(['google-vertex', 'google-ai-studio']);
  });

  it('the same refs as get: variants, ~aliases, { author, slug }, a regional base URL', async () => {
    const { client, url } = setup(undefined, { baseUrl: 'https://eu.openrouter.ai/api/v1/' });
    await client.models.endpoints('openai/gpt-4:free');
    await client.models.endpoints('~anthropic/claude-sonnet-latest');
    await client.models.endpoints({ author: 'openai', slug: 'gpt-4o', variant: 'nitro' });
    expect([url(0), url(1), url(2)]).toEqual([
      'https://eu.openrouter.ai/api/v1/models/openai/gpt-4:free/endpoints',
      'https://eu.openrouter.ai/api/v1/models/~anthropic/claude-sonnet-latest/endpoints',
      'https://eu.openrouter.ai/api/v1/models/openai/gpt-4o:nitro/endpoints',
    ]);
  });

  it('bad ids are refused with no request', async () => {
    const { client, fetch } = setup();
    for (const bad of [
      'gpt-4',
      'a/b/c',
      '../x/y',
      'openai/gpt 4',
      'openai/gpt?x',
      'openai/%2e%2e',
      '/slug',
      'openai/',
      'a/b:c:d',
      { author: 'a/b', slug: 'c' },
      null,
      42,
    ] as never[]) {
      const error = await caught(client.models.endpoints(bad));
      expect(error).toBeInstanceOf(InvalidRequestError);
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the client key as a bearer header (so latency and throughput come back), never in the URL', async () => {
    const { client, headers, url } = setup(undefined, { apiKey: KEY });
    await client.models.endpoints('google/gemini-2.5-pro-preview');
    expect(headers().get('authorization')).toBe(`Bearer ${KEY}`);
    expect(url()).not.toContain(KEY);
  });

  it('without a key: no Authorization header at all', async () => {
    const { client, headers } = setup();
    await client.models.endpoints('google/gemini-2.5-pro-preview');
    expect(headers().has('authorization')).toBe(false);
  });

  it('an error that echoes the key: typed, and the key is nowhere in it', async () => {
    const { client } = setup(
      () => json({ error: { code: 401, message: `Invalid key ${KEY}`, metadata: { key: KEY } } }, 401),
      { apiKey: KEY },
    );
    const error = await caught(client.models.endpoints('openai/gpt-4'));
    expect(error).toBeInstanceOf(UnauthorizedError);
    const everything = JSON.stringify({
      message: error.message,
      body: error.body,
      metadata: error.metadata,
      request: error.request,
      stack: error.stack,
    });
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain(KEY.slice(-12));
    expect(error.message).toContain('[redacted]');
  });

  it('404 for an unknown model is a NotFoundError; a 200 without data is a ResponseParseError', async () => {
    const missing = setup(() => json({ error: { code: 404, message: 'Model not found' } }, 404));
    expect(await caught(missing.client.models.endpoints('openai/nope'))).toBeInstanceOf(NotFoundError);
    const empty = setup(() => json({ nope: true }));
    const error = await caught(empty.client.models.endpoints('openai/gpt-4'));
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error.request).toBe('GET /models/openai/gpt-4/endpoints');
  });

  it('an older body without model id or endpoints parses, named by the ref', async () => {
    const { client } = setup(() => json({ data: { name: 'GPT-4' } }));
    const { data } = await client.models.endpoints('openai/gpt-4');
    expect(data).toMatchObject({ id: 'openai/gpt-4', name: 'GPT-4', endpoints: [], dropped: [] });
  });
});
