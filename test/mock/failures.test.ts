import { http, HttpResponse } from 'msw';
import {
  APIError,
  BadRequestError,
  ForbiddenError,
  InternalServerError,
  NotFoundError,
  UnauthorizedError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  createOpenRouterClient,
} from '../../src/core';
import { createModelsHandlers, mockFailure } from '../../src/mock';
import { API, getJson, testClient, setupMockServer } from './server';

const server = setupMockServer();
const client = testClient();

/** Counts the requests that reach the network layer (before any handler). */
function countRequests() {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push(new URL(request.url).pathname);
  });
  return seen;
}

afterEach(() => server.events.removeAllListeners());

describe('mockFailure: each kind gives the expected typed error', () => {
  it("'500' → InternalServerError", async () => {
    server.use(mockFailure({ kind: '500' }));
    const error = await client.models.list().catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(500);
    expect(error.code).toBe(500);
    expect(error.message).toContain('Internal Server Error');
  });

  it("'429' → RateLimitError with retryAfterMs from Retry-After", async () => {
    server.use(mockFailure({ kind: '429', retryAfter: '7' }));
    const error = await client.models.count().catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(7000);
    const { headers, body } = await getJson('/models');
    expect(headers.get('retry-after')).toBe('7');
    expect(body).toEqual({ error: { code: 429, message: 'Rate limit exceeded' } });
  });

  it("'status' → the typed error of that status, with OpenRouter's body (400, 401, 403, 404)", async () => {
    for (const [status, type] of [
      [400, BadRequestError],
      [401, UnauthorizedError],
      [403, ForbiddenError],
      [404, NotFoundError],
    ] as const) {
      server.use(mockFailure({ kind: 'status', status, times: 1 }));
      const error = await client.models.list().catch((e) => e);
      expect(error).toBeInstanceOf(type);
      expect(error.status).toBe(status);
      expect(error.code).toBe(status);
    }
    server.use(mockFailure({ kind: 'status', status: 404, message: 'No such model', times: 1 }));
    const { body } = await getJson('/models');
    expect(body).toEqual({ error: { code: 404, message: 'No such model' } });
  });

  it("'html502' → APIError 502 that keeps the HTML page as body", async () => {
    server.use(mockFailure({ kind: 'html502' }));
    const error = await client.models.get('openai/gpt-5.5').catch((e) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(502);
    expect(error.message).toMatch(/not JSON/);
    expect(error.body).toContain('502 Bad Gateway');
    const res = await fetch(`${API}/models`);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<center>nginx</center>');
  });

  it("'503' → APIError 503 with retryAfterMs (an HTTP date works too)", async () => {
    server.use(mockFailure({ kind: '503' }));
    const error = await client.models.list().catch((e) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error.status).toBe(503);
    expect(error.retryAfterMs).toBe(1000);
    server.use(mockFailure({ kind: '503', retryAfter: new Date(Date.now() + 60_000).toUTCString() }));
    const dated = await client.models.list().catch((e) => e);
    expect(dated.retryAfterMs).toBeGreaterThan(50_000);
  });

  it("'network' → NetworkError", async () => {
    server.use(mockFailure({ kind: 'network' }));
    const error = await client.models.list().catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.status).toBe(0);
  });

  it("'stall' → TimeoutError with the client's timeout", async () => {
    server.use(mockFailure({ kind: 'stall' }));
    const error = await testClient({ timeoutMs: 50 })
      .models.list()
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("'slow' → the real data, after the delay", async () => {
    server.use(mockFailure({ kind: 'slow', delayMs: 120 }));
    const started = Date.now();
    const { data } = await client.models.list({ limit: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(data).toHaveLength(2);
  });

  it("'slow' past the client's timeout → TimeoutError", async () => {
    server.use(mockFailure({ kind: 'slow', delayMs: 300 }));
    await expect(testClient({ timeoutMs: 50 }).models.list()).rejects.toBeInstanceOf(TimeoutError);
  });

  it('code may be a string, message may be set', async () => {
    server.use(mockFailure({ kind: '500', code: 'server_error', message: 'Upstream exploded' }));
    const error = await client.models.list().catch((e) => e);
    expect(error.code).toBe('server_error');
    expect(error.message).toContain('Upstream exploded');
  });
});

describe('mockFailure: times, paths, base URLs', () => {
  const fastRetries = {
    strategy: 'backoff',
    backoff: { initialInterval: 1, maxInterval: 5, exponent: 1, maxElapsedTime: 5_000 },
  } as const;

  it.each(['500', '503', 'html502', 'network'] as const)(
    "times: '%s' twice, then the retrying client recovers",
    async (kind) => {
      server.use(mockFailure({ kind, times: 2, retryAfter: '0' }));
      const seen = countRequests();
      const { data } = await createOpenRouterClient({ retries: fastRetries }).models.list({ limit: 3 });
      expect(data).toHaveLength(3);
      expect(seen).toHaveLength(3);
    },
  );

  it("times: '429' with Retry-After 0 recovers on the second attempt", async () => {
    server.use(mockFailure({ kind: '429', times: 1, retryAfter: '0' }));
    const seen = countRequests();
    const { data } = await createOpenRouterClient({ retries: fastRetries }).models.count();
    expect(data.count).toBe(337);
    expect(seen).toHaveLength(2);
  });

  it('times: without retries, the first call fails and the next one succeeds', async () => {
    server.use(mockFailure({ kind: '500', times: 1 }));
    await expect(client.models.list()).rejects.toBeInstanceOf(InternalServerError);
    expect((await client.models.list()).data).toHaveLength(337);
    expect((await client.models.list()).data).toHaveLength(337);
  });

  it('path limits the failure to one endpoint', async () => {
    server.use(mockFailure({ kind: '500', path: '/models/count' }));
    await expect(client.models.count()).rejects.toBeInstanceOf(InternalServerError);
    expect((await client.models.list({ limit: 1 })).data).toHaveLength(1);
  });

  it('baseUrl: a failure for another host leaves the default one alone', async () => {
    server.use(mockFailure({ kind: '500', baseUrl: 'https://eu.openrouter.ai/api/v1' }));
    expect((await client.models.list({ limit: 1 })).data).toHaveLength(1);
  });

  it('as an option of createModelsHandlers (one or several), on its base URL', async () => {
    const baseUrl = 'https://proxy.example.com/or';
    server.use(
      ...createModelsHandlers({
        baseUrl,
        failure: [
          { kind: '429', path: '/models/count' },
          { kind: 'html502', path: '/model/*' },
        ],
      }),
    );
    const c = testClient({ baseUrl });
    await expect(c.models.count()).rejects.toBeInstanceOf(RateLimitError);
    await expect(c.models.get('openai/gpt-5.5')).rejects.toBeInstanceOf(APIError);
    expect((await c.models.list({ limit: 1 })).data).toHaveLength(1);
  });

  it('delayMs option slows every answer', async () => {
    server.use(...createModelsHandlers({ delayMs: 80 }));
    const started = Date.now();
    await client.models.count();
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
  });

  it('a story or test can still add its own handler in front', async () => {
    server.use(http.get(`${API}/models/count`, () => HttpResponse.json({ data: { count: 1 } })));
    expect((await client.models.count()).data.count).toBe(1);
  });
});
