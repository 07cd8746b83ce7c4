import {
  createOpenRouterClient,
  DEFAULT_BASE_URL,
  type OpenRouterClientOptions,
} from '../../src/core/client';
import {
  APIError,
  BadRequestError,
  ForbiddenError,
  InternalServerError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  OpenRouterError,
  RateLimitError,
  ResponseParseError,
  TimeoutError,
  UnauthorizedError,
  isAbortError,
  isRetryableError,
} from '../../src/core/errors';
import { parseRetryAfter, type RetryConfig } from '../../src/core/retry';
import { fixtureText, MODELS_2026 } from './fixtures';

// ---------------------------------------------------------------------------
// helpers

const MODEL = {
  id: 'openai/gpt-4',
  name: 'OpenAI: GPT-4',
  pricing: { prompt: '0.00003', completion: '0.00006' },
};
const LIST = { data: [MODEL] };
const NONE: RetryConfig = { strategy: 'none' };

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  });
}

function errorBody(
  status: number,
  code: number | string,
  message: string,
  metadata?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Response {
  return json({ error: { code, message, ...(metadata ? { metadata } : {}) } }, { status, headers });
}

type FetchFn = typeof globalThis.fetch;

/** A fetch spy that answers with each of `responses` in turn (the last one repeats). */
function fetchSeq(...responses: Array<Response | Error | (() => Response | Promise<Response>)>) {
  let i = 0;
  return vi.fn<FetchFn>(async () => {
    const next = responses[Math.min(i++, responses.length - 1)];
    if (next instanceof Error) throw next;
    if (typeof next === 'function') return next();
    return next.clone();
  });
}

function client(fetch: FetchFn, options: OpenRouterClientOptions = {}) {
  return createOpenRouterClient({ fetch, retries: NONE, ...options });
}

function urlOf(fetch: ReturnType<typeof vi.fn<FetchFn>>, call = 0): string {
  return String(fetch.mock.calls[call][0]);
}

function headersOf(fetch: ReturnType<typeof vi.fn<FetchFn>>, call = 0): Headers {
  return new Headers(fetch.mock.calls[call][1]?.headers);
}

async function caught(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** Settles without throwing, so a pending promise under fake timers never rejects unhandled. */
function settle<T>(promise: Promise<T>): Promise<{ value?: T; error?: any }> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

/** A fetch that never settles and ignores its signal. */
const hangingFetch = (): Promise<Response> => new Promise<Response>(() => {});

/** A fetch that never settles until its signal aborts, then rejects like the platform's fetch. */
const abortableFetch: FetchFn = (_input, init) =>
  new Promise<Response>((_resolve, reject) => {
    const signal = init?.signal;
    signal?.addEventListener(
      'abort',
      () => reject(new DOMException('This operation was aborted', 'AbortError')),
      { once: true },
    );
  });

// ---------------------------------------------------------------------------

describe('URLs', () => {
  it('defaults to https://openrouter.ai/api/v1', async () => {
    const fetch = fetchSeq(json(LIST));
    const c = client(fetch);
    expect(c.baseUrl).toBe(DEFAULT_BASE_URL);
    expect(DEFAULT_BASE_URL).toBe('https://openrouter.ai/api/v1');
    await c.models.list();
    expect(urlOf(fetch)).toBe('https://openrouter.ai/api/v1/models');
    expect(fetch.mock.calls[0][1]?.method).toBe('GET');
  });

  it('works with a regional host by configuration alone', async () => {
    const fetch = fetchSeq(json(LIST), json({ data: MODEL }), json({ data: { count: 1 } }), json(LIST));
    const c = client(fetch, { baseUrl: 'https://eu.openrouter.ai/api/v1' });
    await c.models.list({ sort: 'newest' });
    await c.models.get('openai/gpt-4');
    await c.models.count();
    await c.models.listForUser({ bearer: 'user-token-123' });
    expect(fetch.mock.calls.map((call) => String(call[0]))).toEqual([
      'https://eu.openrouter.ai/api/v1/models?sort=newest',
      'https://eu.openrouter.ai/api/v1/model/openai/gpt-4',
      'https://eu.openrouter.ai/api/v1/models/count',
      'https://eu.openrouter.ai/api/v1/models/user',
    ]);
  });

  it('works with a proxy URL that has a path of its own (and a port)', async () => {
    const fetch = fetchSeq(json(LIST), json({ data: MODEL }));
    const c = client(fetch, { baseUrl: 'http://localhost:8787/proxy/openrouter/api/v1' });
    await c.models.list({ q: 'gpt' });
    await c.models.get({ author: 'openai', slug: 'gpt-4' });
    expect(urlOf(fetch, 0)).toBe('http://localhost:8787/proxy/openrouter/api/v1/models?q=gpt');
    expect(urlOf(fetch, 1)).toBe('http://localhost:8787/proxy/openrouter/api/v1/model/openai/gpt-4');
  });

  it('drops trailing slashes of the base URL', async () => {
    const fetch = fetchSeq(json(LIST));
    const c = client(fetch, { baseUrl: 'https://proxy.example.com/or/api/v1//' });
    expect(c.baseUrl).toBe('https://proxy.example.com/or/api/v1');
    await c.models.list();
    expect(urlOf(fetch)).toBe('https://proxy.example.com/or/api/v1/models');
  });

  it('puts the canonical query on the URL', async () => {
    const fetch = fetchSeq(json(LIST));
    await client(fetch).models.list({
      modelAuthors: ['openai', 'anthropic'],
      outputModalities: 'all',
      context: 8000,
      distillable: true,
    });
    expect(urlOf(fetch)).toBe(
      'https://openrouter.ai/api/v1/models?context=8000&distillable=true&model_authors=anthropic,openai&output_modalities=all',
    );
  });

  it.each([
    ['not a URL', 'openrouter.ai/api/v1'],
    ['a relative path', '/api/v1'],
    ['another scheme', 'ftp://openrouter.ai/api/v1'],
    ['credentials', 'https://user:pass@openrouter.ai/api/v1'],
    ['a query', 'https://openrouter.ai/api/v1?key=x'],
    ['a fragment', 'https://openrouter.ai/api/v1#x'],
  ])('refuses a base URL with %s', (_label, baseUrl) => {
    expect(() => createOpenRouterClient({ baseUrl })).toThrow(InvalidRequestError);
  });

  it('looks up globalThis.fetch at call time when none is injected', async () => {
    const fetch = fetchSeq(json(LIST));
    const c = createOpenRouterClient({ retries: NONE });
    vi.stubGlobal('fetch', fetch);
    try {
      await c.models.list();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('headers', () => {
  it('sends Accept, and no Authorization without an apiKey', async () => {
    const fetch = fetchSeq(json(LIST));
    await client(fetch).models.list();
    const h = headersOf(fetch);
    expect(h.get('accept')).toBe('application/json');
    expect(h.has('authorization')).toBe(false);
    expect(h.has('http-referer')).toBe(false);
    expect(h.has('x-openrouter-title')).toBe(false);
    expect(h.has('x-openrouter-categories')).toBe(false);
  });

  it('sends the attribution headers', async () => {
    const fetch = fetchSeq(json(LIST));
    const options = {
      httpReferer: 'https://myapp.example',
      appTitle: 'My App',
      appCategories: ['cli-agent', 'cloud-agent'],
    };
    await client(fetch, { ...options, sendAttribution: 'always' }).models.list();
    const h = headersOf(fetch);
    expect(h.get('HTTP-Referer')).toBe('https://myapp.example');
    expect(h.get('X-OpenRouter-Title')).toBe('My App');
    expect(h.get('X-OpenRouter-Categories')).toBe('cli-agent,cloud-agent');
  });

  describe("attribution by default ('auto'): no preflight for nothing in a browser", () => {
    const attribution = { httpReferer: 'https://myapp.example', appTitle: 'My App' };
    const sent = (fetch: ReturnType<typeof fetchSeq>) => headersOf(fetch).get('X-OpenRouter-Title');

    it('a page calling another origin sends none on a public request (jsdom is such a page)', async () => {
      expect(globalThis.location.origin).not.toBe('https://openrouter.ai');
      const fetch = fetchSeq(json(LIST));
      await client(fetch, attribution).models.list();
      expect(sent(fetch)).toBeNull();
      expect(headersOf(fetch).get('HTTP-Referer')).toBeNull();
    });

    it('sends them on a request that carries a key (preflighted anyway)', async () => {
      const withKey = fetchSeq(json(LIST));
      await client(withKey, { ...attribution, apiKey: 'sk-or-v1-abc123' }).models.list();
      expect(sent(withKey)).toBe('My App');
      const withBearer = fetchSeq(json(LIST));
      await client(withBearer, attribution).models.listForUser({ bearer: 'sk-or-v1-user' });
      expect(sent(withBearer)).toBe('My App');
    });

    it('sends them to a same-origin proxy and from a server (no location)', async () => {
      const proxy = fetchSeq(json(LIST));
      const baseUrl = `${globalThis.location.origin}/api/openrouter`;
      await createOpenRouterClient({ fetch: proxy, baseUrl, ...attribution }).models.list();
      expect(sent(proxy)).toBe('My App');
      vi.stubGlobal('location', undefined);
      try {
        const server = fetchSeq(json(LIST));
        await client(server, attribution).models.list();
        expect(sent(server)).toBe('My App');
      } finally {
        vi.unstubAllGlobals();
      }
    });
  });

  it('takes the categories as a string too', async () => {
    const fetch = fetchSeq(json(LIST));
    await client(fetch, { appCategories: 'cli-agent', sendAttribution: 'always' }).models.list();
    expect(headersOf(fetch).get('X-OpenRouter-Categories')).toBe('cli-agent');
  });

  it('sends Authorization only when an apiKey is given', async () => {
    const fetch = fetchSeq(json(LIST));
    await client(fetch, { apiKey: 'sk-or-v1-abc123' }).models.list();
    expect(headersOf(fetch).get('authorization')).toBe('Bearer sk-or-v1-abc123');
    expect(urlOf(fetch)).not.toContain('sk-or-v1-abc123');
  });

  it('adds client-wide and per-call headers; per-call ones win', async () => {
    const fetch = fetchSeq(json(LIST));
    await client(fetch, { headers: { 'X-Client': 'a', 'X-Both': 'client' } }).models.list(
      {},
      { headers: { 'X-Call': 'b', 'X-Both': 'call' } },
    );
    const h = headersOf(fetch);
    expect(h.get('x-client')).toBe('a');
    expect(h.get('x-call')).toBe('b');
    expect(h.get('x-both')).toBe('call');
  });

  it('passes an AbortSignal to fetch', async () => {
    const fetch = fetchSeq(json(LIST));
    await client(fetch).models.list();
    expect(fetch.mock.calls[0][1]?.signal).toBeDefined();
    expect(fetch.mock.calls[0][1]?.signal?.aborted).toBe(false);
  });

  it.each(['httpReferer', 'appTitle', 'apiKey'] as const)(
    'refuses a line break in %s (header injection)',
    (field) => {
      const error = (() => {
        try {
          createOpenRouterClient({ [field]: 'x\r\nX-Evil: 1' });
        } catch (e) {
          return e as InvalidRequestError;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect(error!.field).toBe(field);
      expect(error!.message).not.toContain('X-Evil');
    },
  );
});

describe('header names and values are checked when the client is made (issue 13)', () => {
  const SECRET = 'tok-SECRET-1234';

  /** The error `fn` throws, which must be an InvalidRequestError that never holds the secret. */
  function refusedWithoutSecret(fn: () => unknown): InvalidRequestError {
    let error: unknown;
    try {
      fn();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRequestError);
    const e = error as InvalidRequestError;
    for (const text of [e.message, e.field, String(e.body), JSON.stringify(e)])
      expect(text).not.toContain('SECRET');
    return e;
  }

  it.each([
    ['a line break', `${SECRET}\nX-Evil: 1`],
    ['a carriage return', `${SECRET}\r`],
    ['a NUL', `${SECRET}\u0000`],
    ['a character fetch cannot send (above U+00FF)', `${SECRET}\u2603`],
  ])('an extra header value with %s: refused, naming the header, never its value', (_label, value) => {
    const fetch = fetchSeq(json(LIST));
    const error = refusedWithoutSecret(() =>
      createOpenRouterClient({ fetch, headers: { 'X-Proxy-Token': value } }),
    );
    expect(error.field).toBe('headers.X-Proxy-Token');
    expect(error.message).toContain('X-Proxy-Token');
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each(['X Proxy', 'X-Proxy:', '', 'Ünicode'])(
    'an extra header name that is no HTTP token (%j) is refused',
    (name) => {
      const error = refusedWithoutSecret(() => createOpenRouterClient({ headers: { [name]: SECRET } }));
      expect(error.field).toBe('headers');
    },
  );

  it.each(['appTitle', 'httpReferer', 'appCategories', 'apiKey'] as const)(
    '%s that fetch cannot send is refused, naming it',
    (field) => {
      const error = refusedWithoutSecret(() => createOpenRouterClient({ [field]: `${SECRET} \u2603` }));
      expect(error.field).toBe(field);
    },
  );

  it('a per-call header: refused before any request, and never retried', async () => {
    const fetch = fetchSeq(json(LIST));
    const c = createOpenRouterClient({
      fetch,
      retries: { strategy: 'backoff', backoff: { initialInterval: 1 } },
    });
    const error = await caught(c.models.list({}, { headers: { 'X-Proxy-Token': `${SECRET}\nX: 1` } }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.field).toBe('headers.X-Proxy-Token');
    expect(error.message).not.toContain('SECRET');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('values Headers takes are sent as they are (Latin-1 included)', async () => {
    const fetch = fetchSeq(json(LIST));
    await createOpenRouterClient({
      fetch,
      appTitle: 'Café',
      sendAttribution: 'always',
      headers: { 'X-Tab': 'a\tb' },
    }).models.list();
    expect(headersOf(fetch).get('x-openrouter-title')).toBe('Café');
    expect(headersOf(fetch).get('x-tab')).toBe('a\tb');
  });
});

describe('models.list / get / count / listForUser', () => {
  it('list returns parsed models', async () => {
    const fetch = fetchSeq(
      new Response(fixtureText(MODELS_2026), { headers: { 'content-type': 'application/json' } }),
    );
    const result = await client(fetch).models.list();
    expect(result.data).toHaveLength(337);
    expect(result.dropped).toEqual([]);
    expect(result.totalCount).toBe(337);
  });

  it('list reports dropped entries instead of throwing', async () => {
    const fetch = fetchSeq(json({ data: [MODEL, { id: 'x/no-name' }], total_count: 2 }));
    const result = await client(fetch).models.list();
    expect(result.data.map((m) => m.id)).toEqual(['openai/gpt-4']);
    expect(result.dropped).toEqual([{ index: 1, id: 'x/no-name', reason: 'no name' }]);
  });

  it('list refuses bad filters before any request', async () => {
    const fetch = fetchSeq(json(LIST));
    const c = client(fetch);
    for (const filters of [
      { context: -1 },
      { minPrice: 2, maxPrice: 1 },
      { offset: -1 },
      { limit: 0 },
      { nope: 1 },
    ]) {
      const error = await caught(c.models.list(filters as never));
      expect(error).toBeInstanceOf(InvalidRequestError);
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('get calls GET /model/{author}/{slug} (singular) and parses the model', async () => {
    const fetch = fetchSeq(json({ data: MODEL }));
    const result = await client(fetch).models.get({ author: 'openai', slug: 'gpt-4' });
    expect(urlOf(fetch)).toBe('https://openrouter.ai/api/v1/model/openai/gpt-4');
    expect(result.data).toMatchObject({
      id: 'openai/gpt-4',
      name: 'OpenAI: GPT-4',
      canonicalSlug: 'openai/gpt-4',
      pricing: { prompt: '0.00003' },
    });
  });

  it('get passes variants and aliases through', async () => {
    const fetch = fetchSeq(json({ data: MODEL }));
    const c = client(fetch);
    await c.models.get('openai/gpt-4:free');
    await c.models.get('~anthropic/claude-sonnet-latest');
    await c.models.get({ author: 'deepseek', slug: 'deepseek-r1', variant: 'thinking' });
    expect(urlOf(fetch, 0)).toBe('https://openrouter.ai/api/v1/model/openai/gpt-4:free');
    expect(urlOf(fetch, 1)).toBe('https://openrouter.ai/api/v1/model/~anthropic/claude-sonnet-latest');
    expect(urlOf(fetch, 2)).toBe('https://openrouter.ai/api/v1/model/deepseek/deepseek-r1:thinking');
  });

  it('get: a 200 with data null is a NotFoundError; a model without a name is a ResponseParseError', async () => {
    expect(await caught(client(fetchSeq(json({ data: null }))).models.get('a/b'))).toBeInstanceOf(
      NotFoundError,
    );
    const error = await caught(client(fetchSeq(json({ data: { id: 'a/b' } }))).models.get('a/b'));
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error.request).toBe('GET /model/a/b');
  });

  it('count calls GET /models/count with output_modalities', async () => {
    const fetch = fetchSeq(json({ data: { count: 337 } }));
    const c = client(fetch);
    expect(await c.models.count()).toEqual({ data: { count: 337 } });
    await c.models.count({ outputModalities: 'all' });
    await c.models.count({ outputModalities: ['text', 'image'] });
    expect(urlOf(fetch, 0)).toBe('https://openrouter.ai/api/v1/models/count');
    expect(urlOf(fetch, 1)).toBe('https://openrouter.ai/api/v1/models/count?output_modalities=all');
    expect(urlOf(fetch, 2)).toBe('https://openrouter.ai/api/v1/models/count?output_modalities=image,text');
  });

  it('count refuses filters it does not take, and a body without a count', async () => {
    const fetch = fetchSeq(json({ data: {} }));
    const c = client(fetch);
    const refused = await caught(c.models.count({ q: 'x' } as never));
    expect(refused).toBeInstanceOf(InvalidRequestError);
    expect(refused.field).toBe('q');
    expect(fetch).not.toHaveBeenCalled();
    expect(await caught(c.models.count())).toBeInstanceOf(ResponseParseError);
  });

  it('listForUser calls GET /models/user with the bearer token', async () => {
    const fetch = fetchSeq(json(LIST));
    const result = await client(fetch).models.listForUser({
      bearer: 'sk-or-v1-user',
      outputModalities: 'all',
      offset: 0,
      limit: 50,
    });
    expect(urlOf(fetch)).toBe(
      'https://openrouter.ai/api/v1/models/user?limit=50&offset=0&output_modalities=all',
    );
    expect(headersOf(fetch).get('authorization')).toBe('Bearer sk-or-v1-user');
    expect(urlOf(fetch)).not.toContain('sk-or-v1-user');
    expect(result.data).toHaveLength(1);
  });

  it('listForUser: the bearer beats the client apiKey, which is the fallback', async () => {
    const fetch = fetchSeq(json(LIST));
    const c = client(fetch, { apiKey: 'sk-or-v1-client' });
    await c.models.listForUser({ bearer: 'sk-or-v1-user' });
    await c.models.listForUser();
    expect(headersOf(fetch, 0).get('authorization')).toBe('Bearer sk-or-v1-user');
    expect(headersOf(fetch, 1).get('authorization')).toBe('Bearer sk-or-v1-client');
  });

  it.each([undefined, '', '   '])(
    'listForUser without a token (%j) is an UnauthorizedError, with no request',
    async (bearer) => {
      const fetch = fetchSeq(json(LIST));
      const error = await caught(client(fetch).models.listForUser({ bearer }));
      expect(error).toBeInstanceOf(UnauthorizedError);
      expect(error).toBeInstanceOf(OpenRouterError);
      expect(error.status).toBe(401);
      expect(error.request).toBe('GET /models/user');
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it('listForUser refuses list-only filters', async () => {
    const fetch = fetchSeq(json(LIST));
    const error = await caught(
      client(fetch).models.listForUser({ bearer: 'tok-1234', sort: 'newest' } as never),
    );
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.field).toBe('sort');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('listForUser passes a server 401 through as UnauthorizedError', async () => {
    const fetch = fetchSeq(errorBody(401, 401, 'No auth credentials found'));
    const error = await caught(client(fetch).models.listForUser({ bearer: 'sk-or-v1-expired' }));
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error.message).toContain('No auth credentials found');
  });
});

describe('errors from real-shaped responses', () => {
  const table: Array<[number, new (...args: any[]) => OpenRouterError, string]> = [
    [400, BadRequestError, 'BadRequestError'],
    [401, UnauthorizedError, 'UnauthorizedError'],
    [403, ForbiddenError, 'ForbiddenError'],
    [404, NotFoundError, 'NotFoundError'],
    [429, RateLimitError, 'RateLimitError'],
    [500, InternalServerError, 'InternalServerError'],
    [502, APIError, 'APIError'],
    [503, APIError, 'APIError'],
    [402, APIError, 'APIError'],
    [408, APIError, 'APIError'],
    [504, APIError, 'APIError'],
  ];

  describe.each(['number', 'string'] as const)('error.code as a %s', (codeType) => {
    it.each(table)('%i → %o', async (status, Type, name) => {
      const code = codeType === 'number' ? status : `E${status}`;
      const metadata = { provider_name: 'OpenAI', raw: { detail: 'x' } };
      const fetch = fetchSeq(errorBody(status, code, `Server says ${status}`, metadata));
      const error = await caught(client(fetch).models.list());
      expect(error).toBeInstanceOf(Type);
      expect(error).toBeInstanceOf(OpenRouterError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(name);
      expect(error.status).toBe(status);
      expect(error.code).toBe(code);
      expect(error.metadata).toEqual(metadata);
      expect(error.message).toContain(`Server says ${status}`);
      expect(error.message).toContain(`HTTP ${status}`);
      expect(error.message).toContain('GET /models');
      expect(error.request).toBe('GET /models');
      expect(error.body).toContain(`Server says ${status}`);
      expect(fetch).toHaveBeenCalledTimes(1);
    });
  });

  it('a 404 from get names the model path', async () => {
    const error = await caught(
      client(fetchSeq(errorBody(404, 404, 'Model not found'))).models.get('openai/nope:free'),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.request).toBe('GET /model/openai/nope:free');
  });

  it('429 carries retryAfterMs from Retry-After in seconds', async () => {
    const fetch = fetchSeq(errorBody(429, 429, 'Rate limit exceeded', undefined, { 'Retry-After': '3' }));
    const error = await caught(client(fetch).models.list());
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(3000);
  });

  it('429 carries retryAfterMs from Retry-After as an HTTP date', async () => {
    vi.useFakeTimers({ now: new Date('2026-06-16T12:00:00Z') });
    try {
      const fetch = fetchSeq(
        errorBody(429, '429', 'Slow down', undefined, { 'Retry-After': 'Tue, 16 Jun 2026 12:00:07 GMT' }),
      );
      const error = await caught(client(fetch).models.list());
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error.retryAfterMs).toBe(7000);
    } finally {
      vi.useRealTimers();
    }
  });

  it('429 without Retry-After has retryAfterMs undefined', async () => {
    const error = await caught(client(fetchSeq(errorBody(429, 429, 'x'))).models.list());
    expect(error.retryAfterMs).toBeUndefined();
  });

  it('503 carries Retry-After too', async () => {
    const error = await caught(
      client(fetchSeq(errorBody(503, 503, 'Overloaded', undefined, { 'Retry-After': '2' }))).models.list(),
    );
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(503);
    expect(error.retryAfterMs).toBe(2000);
  });

  it('502 with a proxy HTML page is an APIError whose message says it was not JSON', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>cloudflare</body></html>';
    const fetch = fetchSeq(new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }));
    const error = await caught(client(fetch).models.list());
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(502);
    expect(error.code).toBe(502);
    expect(error.message).toMatch(/not JSON/);
    expect(error.message).toContain('HTTP 502');
    expect(error.message).not.toContain('<html>');
    expect(error.body).toContain('502 Bad Gateway');
    expect(error.metadata).toBeUndefined();
  });

  it('a long error body is cut short in error.body', async () => {
    const error = await caught(
      client(fetchSeq(new Response('x'.repeat(5000), { status: 500 }))).models.list(),
    );
    expect(error.body.length).toBeLessThanOrEqual(301);
  });

  it('an empty error body still gives the typed error', async () => {
    const error = await caught(client(fetchSeq(new Response('', { status: 403 }))).models.list());
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error.code).toBe(403);
    expect(error.message).toBe('HTTP 403 for GET /models');
  });

  it('an error body whose error is a plain string', async () => {
    const error = await caught(
      client(fetchSeq(json({ error: 'Invalid filter' }, { status: 400 }))).models.list(),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toContain('Invalid filter');
    expect(error.code).toBe(400);
  });

  it('JSON without the error envelope still gives the typed error', async () => {
    const error = await caught(client(fetchSeq(json({ message: 'nope' }, { status: 500 }))).models.list());
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.code).toBe(500);
  });

  describe('ResponseParseError for a 2xx body that is not the JSON it should be', () => {
    it('a 200 HTML page (captive portal, proxy)', async () => {
      const fetch = fetchSeq(
        new Response('<html><body>Please log in</body></html>', {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
      );
      const error = await caught(client(fetch).models.list());
      expect(error).toBeInstanceOf(ResponseParseError);
      expect(error).toBeInstanceOf(OpenRouterError);
      expect(error.status).toBe(200);
      expect(error.code).toBe('invalid_json');
      expect(error.message).toContain('text/html');
      expect(error.body).toContain('Please log in');
      expect(error.request).toBe('GET /models');
    });

    it('truncated JSON', async () => {
      const text = fixtureText(MODELS_2026);
      const error = await caught(
        client(fetchSeq(new Response(text.slice(0, text.length / 2), { status: 200 }))).models.list(),
      );
      expect(error).toBeInstanceOf(ResponseParseError);
      expect(error.code).toBe('invalid_json');
    });

    it('an empty 200 body', async () => {
      expect(await caught(client(fetchSeq(new Response('', { status: 200 }))).models.list())).toBeInstanceOf(
        ResponseParseError,
      );
    });

    it.each([
      { data: 'x' },
      { data: null },
      {},
      [],
      'models',
      42,
      null,
      { error: { code: 500, message: 'in a 200' } },
    ])('valid JSON of the wrong shape: %j', async (body) => {
      const error = await caught(client(fetchSeq(json(body))).models.list());
      expect(error).toBeInstanceOf(ResponseParseError);
      expect(error.code).toBe('invalid_shape');
    });

    it('is not retried', async () => {
      const fetch = fetchSeq(json({ data: 'x' }));
      await caught(
        client(fetch, { retries: { strategy: 'backoff', backoff: { initialInterval: 1 } } }).models.list(),
      );
      expect(fetch).toHaveBeenCalledTimes(1);
    });
  });

  it('NetworkError when fetch rejects', async () => {
    const fetch = fetchSeq(new TypeError('Failed to fetch'));
    const error = await caught(client(fetch).models.list());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toBeInstanceOf(OpenRouterError);
    expect(error.status).toBe(0);
    expect(error.message).toContain('Failed to fetch');
    expect(error.request).toBe('GET /models');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('NetworkError when fetch throws synchronously (no fetch at all)', async () => {
    const fetch = vi.fn<FetchFn>(() => {
      throw new TypeError('fetch is not a function');
    });
    expect(await caught(client(fetch).models.list())).toBeInstanceOf(NetworkError);
  });

  it('NetworkError when the body stream breaks', async () => {
    const broken = new Response(
      new ReadableStream({
        start(controller) {
          controller.error(new TypeError('terminated'));
        },
      }),
      { status: 200 },
    );
    expect(await caught(client(fetchSeq(broken)).models.list())).toBeInstanceOf(NetworkError);
  });

  it('isRetryableError: network, timeout, 429 and 5xx only', () => {
    expect(isRetryableError(new NetworkError('x'))).toBe(true);
    expect(isRetryableError(new TimeoutError('x'))).toBe(true);
    expect(isRetryableError(new RateLimitError('x', { status: 429 }))).toBe(true);
    expect(isRetryableError(new InternalServerError('x', { status: 500 }))).toBe(true);
    expect(isRetryableError(new APIError('x', { status: 503 }))).toBe(true);
    for (const status of [400, 401, 403, 404, 408, 422])
      expect(isRetryableError(new APIError('x', { status }))).toBe(false);
    expect(isRetryableError(new ResponseParseError('x', { status: 200 }))).toBe(false);
    expect(isRetryableError(new InvalidRequestError('q', 'x'))).toBe(false);
    expect(isRetryableError(new Error('x'))).toBe(false);
  });
});

describe('timeouts (real timers)', () => {
  it('TimeoutError when fetch never answers and ignores its signal', async () => {
    const fetch = vi.fn<FetchFn>(hangingFetch);
    const started = Date.now();
    const error = await caught(client(fetch, { timeoutMs: 30 }).models.list());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(OpenRouterError);
    expect(error.message).toContain('30 ms');
    expect(error.request).toBe('GET /models');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fetch.mock.calls[0][1]?.signal?.aborted).toBe(true);
  });

  it('TimeoutError when fetch honours the signal (rejects with AbortError)', async () => {
    const fetch = vi.fn<FetchFn>(abortableFetch);
    const error = await caught(client(fetch, { timeoutMs: 20 }).models.list());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(isAbortError(error)).toBe(false);
  });

  it('TimeoutError when the body never finishes', async () => {
    const fetch = fetchSeq(() => new Response(new ReadableStream({ start() {} }), { status: 200 }));
    expect(await caught(client(fetch, { timeoutMs: 30 }).models.list())).toBeInstanceOf(TimeoutError);
  });

  it('the per-call timeout beats the client one', async () => {
    const fetch = vi.fn<FetchFn>(hangingFetch);
    const error = await caught(client(fetch, { timeoutMs: 60_000 }).models.list({}, { timeoutMs: 25 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toContain('25 ms');
  });

  it('a fast answer is not cut by the timeout', async () => {
    const fetch = fetchSeq(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return json(LIST);
    });
    expect((await client(fetch, { timeoutMs: 500 }).models.list()).data).toHaveLength(1);
  });
});

describe('abort (real timers)', () => {
  it('an already aborted signal: AbortError, no request', async () => {
    const fetch = fetchSeq(json(LIST));
    const controller = new AbortController();
    controller.abort();
    const error = await caught(client(fetch).models.list({}, { signal: controller.signal }));
    expect(error.name).toBe('AbortError');
    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(OpenRouterError);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('aborting during the request: AbortError (fetch honours its signal)', async () => {
    const fetch = vi.fn<FetchFn>(abortableFetch);
    const controller = new AbortController();
    const promise = client(fetch).models.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const error = await caught(promise);
    expect(error.name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(fetch.mock.calls[0][1]?.signal?.aborted).toBe(true);
  });

  it('aborting during the request: AbortError even when fetch ignores its signal', async () => {
    const fetch = vi.fn<FetchFn>(hangingFetch);
    const controller = new AbortController();
    const promise = client(fetch, { timeoutMs: 0 }).models.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect((await caught(promise)).name).toBe('AbortError');
  });

  it('aborting stops retries', async () => {
    const fetch = fetchSeq(errorBody(500, 500, 'boom'));
    const controller = new AbortController();
    const promise = client(fetch, {
      retries: { strategy: 'backoff', backoff: { initialInterval: 50, maxInterval: 50 } },
    }).models.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20); // during the first backoff wait
    const error = await caught(promise);
    expect(error.name).toBe('AbortError');
    await new Promise((r) => setTimeout(r, 120));
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('retries (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-06-16T12:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const backoff = (over: Record<string, unknown> = {}): RetryConfig => ({
    strategy: 'backoff',
    backoff: { initialInterval: 500, maxInterval: 10_000, exponent: 1.5, maxElapsedTime: 30_000, ...over },
  });

  it('500 then 200 succeeds after the backoff', async () => {
    const fetch = fetchSeq(errorBody(500, 500, 'boom'), json(LIST));
    const result = settle(createOpenRouterClient({ fetch, retries: backoff() }).models.list());
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    const { value, error } = await result;
    expect(error).toBeUndefined();
    expect(value!.data).toHaveLength(1);
  });

  it('uses the default retry config (backoff) when none is given', async () => {
    const fetch = fetchSeq(errorBody(502, 502, 'bad gateway'), json(LIST));
    const result = settle(createOpenRouterClient({ fetch }).models.list());
    await vi.advanceTimersByTimeAsync(500);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await result).value!.data).toHaveLength(1);
  });

  it('the delays grow by the exponent and stop at maxInterval', async () => {
    const fetch = fetchSeq(errorBody(503, 503, 'busy'));
    const times: number[] = [];
    fetch.mockImplementation(async () => {
      times.push(Date.now());
      return errorBody(503, 503, 'busy');
    });
    const result = settle(
      createOpenRouterClient({
        fetch,
        retries: backoff({ initialInterval: 100, exponent: 2, maxInterval: 500, maxElapsedTime: 2000 }),
      }).models.list(),
    );
    await vi.advanceTimersByTimeAsync(5000);
    const { error } = await result;
    expect(error).toBeInstanceOf(APIError);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    // 100, 200, 400, then capped at 500 (attempts at 0, 100, 300, 700, 1200, 1700);
    // the next wait would end at 2200, past maxElapsedTime.
    expect(gaps).toEqual([100, 200, 400, 500, 500]);
  });

  it('429 with Retry-After: 3 waits at least 3 s (more than the backoff asks)', async () => {
    const fetch = fetchSeq(
      errorBody(429, 429, 'Rate limited', undefined, { 'Retry-After': '3' }),
      json(LIST),
    );
    const result = settle(createOpenRouterClient({ fetch, retries: backoff() }).models.list());
    await vi.advanceTimersByTimeAsync(2999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await result).value!.data).toHaveLength(1);
  });

  it('429 with Retry-After as an HTTP date waits until then', async () => {
    const fetch = fetchSeq(
      errorBody(429, 429, 'Rate limited', undefined, { 'Retry-After': 'Tue, 16 Jun 2026 12:00:04 GMT' }),
      json(LIST),
    );
    const result = settle(createOpenRouterClient({ fetch, retries: backoff() }).models.list());
    await vi.advanceTimersByTimeAsync(3999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await result).value).toBeDefined();
  });

  it('503 with Retry-After is honoured too', async () => {
    const fetch = fetchSeq(errorBody(503, 503, 'busy', undefined, { 'Retry-After': '2' }), json(LIST));
    const result = settle(createOpenRouterClient({ fetch, retries: backoff() }).models.list());
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await result).value).toBeDefined();
  });

  it.each([500, 502, 503, 504, 429])(
    'Retry-After: 2 on a %i waits 2 s (every status the client retries)',
    async (status) => {
      const fetch = fetchSeq(
        errorBody(status, status, 'busy', undefined, { 'Retry-After': '2' }),
        json(LIST),
      );
      const result = settle(createOpenRouterClient({ fetch, retries: backoff() }).models.list());
      await vi.advanceTimersByTimeAsync(1999);
      expect(fetch).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fetch).toHaveBeenCalledTimes(2);
      expect((await result).value).toBeDefined();
    },
  );

  it('a 500 carries retryAfterMs like a 429 or a 503', async () => {
    const fetch = fetchSeq(errorBody(500, 500, 'boom', undefined, { 'Retry-After': '2' }));
    const error = await caught(client(fetch).models.list());
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.retryAfterMs).toBe(2000);
  });

  it('a Retry-After shorter than the backoff does not shorten the backoff', async () => {
    const fetch = fetchSeq(errorBody(429, 429, 'x', undefined, { 'Retry-After': '0' }), json(LIST));
    const result = settle(
      createOpenRouterClient({ fetch, retries: backoff({ initialInterval: 800 }) }).models.list(),
    );
    await vi.advanceTimersByTimeAsync(799);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    await result;
  });

  it.each([400, 401, 403, 404, 402, 408, 422])('%i is never retried', async (status) => {
    const fetch = fetchSeq(errorBody(status, status, 'no'));
    const result = settle(
      createOpenRouterClient({ fetch, retries: backoff({ initialInterval: 1 }) }).models.list(),
    );
    await vi.advanceTimersByTimeAsync(60_000);
    const { error } = await result;
    expect(error).toBeInstanceOf(OpenRouterError);
    expect(error.status).toBe(status);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("strategy 'none' never retries", async () => {
    const fetch = fetchSeq(errorBody(500, 500, 'boom'), json(LIST));
    const result = settle(createOpenRouterClient({ fetch, retries: { strategy: 'none' } }).models.list());
    await vi.advanceTimersByTimeAsync(60_000);
    expect((await result).error).toBeInstanceOf(InternalServerError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a per-call override beats the client default (none → backoff)', async () => {
    const fetch = fetchSeq(errorBody(500, 500, 'boom'), json(LIST));
    const c = createOpenRouterClient({ fetch, retries: { strategy: 'none' } });
    const result = settle(c.models.list({}, { retries: backoff({ initialInterval: 100 }) }));
    await vi.advanceTimersByTimeAsync(100);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await result).value).toBeDefined();
  });

  it('a per-call override beats the client default (backoff → none)', async () => {
    const fetch = fetchSeq(errorBody(500, 500, 'boom'), json(LIST));
    const c = createOpenRouterClient({ fetch, retries: backoff({ initialInterval: 100 }) });
    const result = settle(c.models.get('openai/gpt-4', { retries: { strategy: 'none' } }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await result).error).toBeInstanceOf(InternalServerError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('respects maxElapsedTime: gives up with the last error once the next wait would pass it', async () => {
    const fetch = fetchSeq(errorBody(500, 500, 'boom'));
    const result = settle(
      createOpenRouterClient({
        fetch,
        retries: backoff({ initialInterval: 1000, exponent: 2, maxInterval: 60_000, maxElapsedTime: 5000 }),
      }).models.list(),
    );
    // attempts at 0, 1000, 3000; the next wait (4000) would end at 7000 > 5000.
    await vi.advanceTimersByTimeAsync(3000);
    expect(fetch).toHaveBeenCalledTimes(3);
    const { error } = await result;
    expect(error).toBeInstanceOf(InternalServerError);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(Date.now() - new Date('2026-06-16T12:00:00Z').getTime()).toBeGreaterThanOrEqual(3000);
  });

  it('a Retry-After longer than maxElapsedTime ends the retries at once', async () => {
    const fetch = fetchSeq(errorBody(429, 429, 'later', undefined, { 'Retry-After': '3600' }));
    const result = settle(
      createOpenRouterClient({ fetch, retries: backoff({ maxElapsedTime: 10_000 }) }).models.list(),
    );
    await vi.advanceTimersByTimeAsync(0);
    const { error } = await result;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('network errors are retried by default', async () => {
    const fetch = fetchSeq(new TypeError('Failed to fetch'), json(LIST));
    const result = settle(
      createOpenRouterClient({ fetch, retries: backoff({ initialInterval: 100 }) }).models.list(),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await result).value).toBeDefined();
  });

  it('retryConnectionErrors: false leaves network errors alone (and still retries 5xx)', async () => {
    const retries: RetryConfig = {
      strategy: 'backoff',
      backoff: { initialInterval: 100 },
      retryConnectionErrors: false,
    };
    const netFetch = fetchSeq(new TypeError('Failed to fetch'), json(LIST));
    const net = settle(createOpenRouterClient({ fetch: netFetch, retries }).models.list());
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await net).error).toBeInstanceOf(NetworkError);
    expect(netFetch).toHaveBeenCalledTimes(1);

    const srvFetch = fetchSeq(errorBody(500, 500, 'boom'), json(LIST));
    const srv = settle(createOpenRouterClient({ fetch: srvFetch, retries }).models.list());
    await vi.advanceTimersByTimeAsync(100);
    expect(srvFetch).toHaveBeenCalledTimes(2);
    expect((await srv).value).toBeDefined();
  });

  it('timeouts are retried as connection errors', async () => {
    const fetch = vi
      .fn<FetchFn>()
      .mockImplementationOnce(hangingFetch)
      .mockImplementation(async () => json(LIST));
    const result = settle(
      createOpenRouterClient({
        fetch,
        timeoutMs: 1000,
        retries: backoff({ initialInterval: 100 }),
      }).models.list(),
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect((await result).value).toBeDefined();
  });

  it('timeouts are not retried when retryConnectionErrors is false', async () => {
    const fetch = vi.fn<FetchFn>(hangingFetch);
    const result = settle(
      createOpenRouterClient({
        fetch,
        timeoutMs: 1000,
        retries: { strategy: 'backoff', backoff: { initialInterval: 100 }, retryConnectionErrors: false },
      }).models.list(),
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect((await result).error).toBeInstanceOf(TimeoutError);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('aborting while waiting between retries stops at once', async () => {
    const fetch = fetchSeq(errorBody(500, 500, 'boom'));
    const controller = new AbortController();
    const result = settle(
      createOpenRouterClient({ fetch, retries: backoff({ initialInterval: 1000 }) }).models.list(
        {},
        { signal: controller.signal },
      ),
    );
    await vi.advanceTimersByTimeAsync(500);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    const { error } = await result;
    expect(error.name).toBe('AbortError');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-06-16T12:00:00Z');
  it.each([
    ['3', 3000],
    ['0', 0],
    [' 10 ', 10_000],
    ['1.5', 1500],
    ['Tue, 16 Jun 2026 12:00:05 GMT', 5000],
    ['Tue, 16 Jun 2026 11:59:00 GMT', 0],
  ])('%j → %d', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it.each([null, undefined, '', 'soon'])('%j → undefined', (value) => {
    expect(parseRetryAfter(value as string, now)).toBeUndefined();
  });
});

describe('secrets never leave the client as text', () => {
  const apiKey = 'sk-or-v1-0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab';
  const bearer = 'sk-or-v1-fedcba9876543210fedcba9876543210fedcba9876543210fedcba987654';

  function allText(error: any): string {
    return [
      error.message,
      String(error),
      error.stack,
      error.body,
      error.request,
      String(error.code),
      JSON.stringify(error.metadata ?? null),
      JSON.stringify(error),
      error.cause ? String(error.cause) : '',
    ].join('\n');
  }

  function expectClean(error: any) {
    expect(error).toBeInstanceOf(OpenRouterError);
    const text = allText(error);
    expect(text).not.toContain(apiKey);
    expect(text).not.toContain(bearer);
    expect(text).not.toContain(apiKey.slice(-24));
  }

  const echo = (status: number, secret: string) =>
    json(
      {
        error: {
          code: status === 401 ? `invalid_key:${secret}` : status,
          message: `Key ${secret} is not valid (Bearer ${secret})`,
          metadata: { raw: `upstream said ${secret}`, nested: { list: [secret, { [secret]: secret }] } },
        },
      },
      { status },
    );

  it.each([400, 401, 403, 404, 429, 500, 502])('apiKey echoed in a %i error body', async (status) => {
    const fetch = fetchSeq(echo(status, apiKey));
    const error = await caught(client(fetch, { apiKey }).models.list());
    expectClean(error);
    expect(error.message).toContain('[redacted]');
    expect(error.body).toContain('[redacted]');
    expect(JSON.stringify(error.metadata)).toContain('[redacted]');
  });

  it.each([400, 401, 403, 429, 500])('bearer echoed in a %i error body of /models/user', async (status) => {
    const fetch = fetchSeq(echo(status, bearer));
    const error = await caught(client(fetch, { apiKey }).models.listForUser({ bearer }));
    expectClean(error);
  });

  it('apiKey echoed in a 502 HTML page and a 200 HTML page', async () => {
    const html = `<html><body>Upstream rejected Authorization: Bearer ${apiKey}</body></html>`;
    expectClean(
      await caught(client(fetchSeq(new Response(html, { status: 502 })), { apiKey }).models.list()),
    );
    expectClean(
      await caught(client(fetchSeq(new Response(html, { status: 200 })), { apiKey }).models.list()),
    );
  });

  it('apiKey in a network error message', async () => {
    const fetch = fetchSeq(new TypeError(`request to https://x failed, headers: Bearer ${apiKey}`));
    const error = await caught(client(fetch, { apiKey }).models.list());
    expect(error).toBeInstanceOf(NetworkError);
    expectClean(error);
  });

  it('the key and token are sent only in the Authorization header, never in a URL', async () => {
    const fetch = fetchSeq(json(LIST));
    const c = client(fetch, { apiKey });
    await c.models.list({ q: 'x' });
    await c.models.listForUser({ bearer });
    for (const call of fetch.mock.calls) expect(String(call[0])).not.toMatch(/sk-or-v1/);
  });

  it('a bearer with a line break is refused without echoing it', async () => {
    const fetch = fetchSeq(json(LIST));
    const error = await caught(client(fetch).models.listForUser({ bearer: `${bearer}\r\nX: y` }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(allText(error)).not.toContain(bearer);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('timeouts and parse errors carry no secret either', async () => {
    expectClean(await caught(client(vi.fn<FetchFn>(hangingFetch), { apiKey, timeoutMs: 10 }).models.list()));
    expectClean(
      await caught(client(fetchSeq(json({ data: 'x' })), { apiKey }).models.listForUser({ bearer })),
    );
  });
});
