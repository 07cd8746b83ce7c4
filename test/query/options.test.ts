import { QueryClient } from '@tanstack/react-query';
import { http } from 'msw';
import { createOpenRouterClient, DEFAULT_BASE_URL, type OpenRouterClient } from '../../src/core/client';
import {
  APIError,
  BadRequestError,
  ForbiddenError,
  InternalServerError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  TimeoutError,
  UnauthorizedError,
} from '../../src/core/errors';
import { parseModelsList } from '../../src/core/parse';
import type { ModelsListResponse } from '../../src/core/types';
import { modelCountQueryOptions } from '../../src/query/model-count-query-options';
import { modelQueryOptions } from '../../src/query/model-query-options';
import { modelsInfiniteQueryOptions } from '../../src/query/models-infinite-query-options';
import { modelsQueryOptions } from '../../src/query/models-query-options';
import { myModelsQueryOptions } from '../../src/query/my-models-query-options';
import { DEFAULT_STALE_TIME, retryDelay, shouldRetry } from '../../src/query/retry-policy';
import { errorBody, requests, server, setupMockServer } from '../hooks/utils';

setupMockServer();

const client = createOpenRouterClient();

describe('the option factories carry the policy', () => {
  test.each([
    ['modelsQueryOptions', () => modelsQueryOptions(client, { q: 'x' })],
    ['modelQueryOptions', () => modelQueryOptions(client, 'openai/gpt-4o')],
    ['modelCountQueryOptions', () => modelCountQueryOptions(client)],
    ['myModelsQueryOptions', () => myModelsQueryOptions(client, { bearer: 'tok-123456' })],
    ['modelsInfiniteQueryOptions', () => modelsInfiniteQueryOptions(client)],
  ])('%s: staleTime 5 min, the one retry policy', (_name, make) => {
    const options = make();
    expect(options.staleTime).toBe(DEFAULT_STALE_TIME);
    expect(DEFAULT_STALE_TIME).toBe(300_000);
    expect(options.retry).toBe(shouldRetry);
    expect(options.retryDelay).toBe(retryDelay);
  });

  test('the list keeps the previous data as placeholder', () => {
    const options = modelsQueryOptions(client);
    expect(typeof options.placeholderData).toBe('function');
    const previous = {
      data: [],
      totalCount: 0,
      links: { next: null },
      dropped: [],
    } satisfies ModelsListResponse;
    expect((options.placeholderData as (p: unknown) => unknown)(previous)).toBe(previous);
  });
});

describe('each factory hands the query signal to the core and switches core retries off', () => {
  const list = { data: [], totalCount: 0, links: { next: null }, dropped: [] } satisfies ModelsListResponse;
  function fakeClient() {
    const models = {
      list: vi.fn(async () => list),
      get: vi.fn(async () => ({ data: {} as never })),
      endpoints: vi.fn(async () => ({ data: {} as never })),
      count: vi.fn(async () => ({ data: { count: 1 } })),
      listForUser: vi.fn(async () => list),
    };
    return { client: { baseUrl: DEFAULT_BASE_URL, models } satisfies OpenRouterClient, models };
  }
  const callOptions = { signal: expect.any(AbortSignal), retries: { strategy: 'none' } };

  test('list, get, count, listForUser, infinite', async () => {
    const { client: fake, models } = fakeClient();
    const queryClient = new QueryClient();
    await queryClient.fetchQuery(modelsQueryOptions(fake, { q: 'gpt' }));
    expect(models.list).toHaveBeenLastCalledWith({ q: 'gpt' }, callOptions);
    await queryClient.fetchQuery(modelQueryOptions(fake, 'openai/gpt-4o'));
    expect(models.get).toHaveBeenLastCalledWith('openai/gpt-4o', callOptions);
    await queryClient.fetchQuery(modelCountQueryOptions(fake, { outputModalities: 'all' }));
    expect(models.count).toHaveBeenLastCalledWith({ outputModalities: 'all' }, callOptions);
    await queryClient.fetchQuery(
      myModelsQueryOptions(fake, { bearer: 'tok-123456', userKey: 'u', outputModalities: 'all' }),
    );
    expect(models.listForUser).toHaveBeenLastCalledWith(
      { bearer: 'tok-123456', outputModalities: 'all' },
      callOptions,
    );
    await queryClient.fetchInfiniteQuery(modelsInfiniteQueryOptions(fake, { q: 'gpt' }, { pageSize: 25 }));
    expect(models.list).toHaveBeenLastCalledWith({ q: 'gpt', offset: 0, limit: 25 }, callOptions);
  });

  test('a client with its own retry config still makes one request per query attempt', async () => {
    server.use(http.get('*/api/v1/models', () => errorBody(500, 'Boom')));
    const retrying = createOpenRouterClient({
      retries: {
        strategy: 'backoff',
        backoff: { initialInterval: 1, maxInterval: 1, exponent: 1, maxElapsedTime: 150 },
      },
    });
    // Alone, the core would retry this client's calls...
    await expect(retrying.models.list({}, {})).rejects.toBeInstanceOf(InternalServerError);
    expect(requests.length).toBeGreaterThan(1);
    requests.length = 0;
    // ...but through the factory only the query retries: 1 + 3.
    const queryClient = new QueryClient();
    await expect(
      queryClient.fetchQuery({ ...modelsQueryOptions(retrying), retryDelay: 1 }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(4);
  });
});

describe('usable without React: prefetch, ensureQueryData, getQueryData', () => {
  test('prefetch once, then read the cache with the same options', async () => {
    const queryClient = new QueryClient();
    const options = modelsQueryOptions(client, { q: 'claude' });
    await queryClient.prefetchQuery(options);
    expect(requests).toHaveLength(1);
    const cached = queryClient.getQueryData(
      modelsQueryOptions(client, { q: 'claude', sort: undefined }).queryKey,
    );
    expect(cached!.data.length).toBeGreaterThan(0);
    const ensured = await queryClient.ensureQueryData(modelsQueryOptions(client, { q: 'claude' }));
    expect(ensured).toBe(cached);
    const one = await queryClient.ensureQueryData(
      modelQueryOptions(client, { author: 'anthropic', slug: 'claude-sonnet-4.6' }),
    );
    expect(one.data.id).toBe('anthropic/claude-sonnet-4.6');
    expect(queryClient.getQueryData(modelQueryOptions(client, 'anthropic/claude-sonnet-4.6').queryKey)).toBe(
      one,
    );
    expect(requests).toHaveLength(2);
  });

  test('fetchQuery for an unknown id: NotFoundError, one request', async () => {
    const queryClient = new QueryClient();
    await expect(queryClient.fetchQuery(modelQueryOptions(client, 'nobody/nothing'))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(requests).toHaveLength(1);
  });

  test('fetchQuery with a malformed id: InvalidRequestError, no request', async () => {
    const queryClient = new QueryClient();
    await expect(queryClient.fetchQuery(modelQueryOptions(client, 'a/b/c'))).rejects.toBeInstanceOf(
      InvalidRequestError,
    );
    expect(requests).toHaveLength(0);
  });
});

describe('retry policy', () => {
  const retryable = [
    new NetworkError('x'),
    new TimeoutError('x'),
    new RateLimitError('x', { status: 429 }),
    new InternalServerError('x', { status: 500 }),
    new APIError('x', { status: 502 }),
    new APIError('x', { status: 503 }),
  ];
  const final = [
    new BadRequestError('x', { status: 400 }),
    new UnauthorizedError('x', { status: 401 }),
    new ForbiddenError('x', { status: 403 }),
    new NotFoundError('x', { status: 404 }),
    new APIError('x', { status: 408 }),
    new APIError('x', { status: 422 }),
    new InvalidRequestError('context', 'bad'),
    new ResponseParseError('x', { status: 200 }),
    new DOMException('aborted', 'AbortError'),
    new TypeError('x'),
  ];

  test.each(retryable.map((e) => [`${e.name} ${(e as { status?: number }).status ?? ''}`, e]))(
    'retries %s up to 3 times',
    (_label, error) => {
      expect([0, 1, 2, 3].map((n) => shouldRetry(n, error))).toEqual([true, true, true, false]);
    },
  );

  test.each(final.map((e) => [`${e.name} ${(e as { status?: number }).status ?? ''}`, e]))(
    'never retries %s',
    (_label, error) => {
      expect(shouldRetry(0, error)).toBe(false);
    },
  );

  test('exponential backoff (doubling, at most 30 s), never shorter than Retry-After', () => {
    const error = new InternalServerError('x', { status: 500 });
    const delays = [0, 1, 2, 3].map((n) => retryDelay(n, error));
    expect(delays[0]).toBeGreaterThanOrEqual(250);
    expect(delays[1]).toBe(delays[0] * 2);
    expect(delays[2]).toBe(delays[0] * 4);
    expect(delays[3]).toBe(delays[0] * 8);
    expect(retryDelay(20, error)).toBe(30_000);
    expect(retryDelay(0, new RateLimitError('x', { status: 429, retryAfterMs: 7000 }))).toBe(7000);
    expect(retryDelay(2, new RateLimitError('x', { status: 429, retryAfterMs: 1 }))).toBe(delays[2]);
    expect(retryDelay(0, new APIError('x', { status: 503, retryAfterMs: 45_000 }))).toBe(45_000);
  });
});

describe('issue 13: the retry delay and the next page', () => {
  test.each([
    ['500 (InternalServerError)', new InternalServerError('x', { status: 500, retryAfterMs: 2000 })],
    ['502 (APIError)', new APIError('x', { status: 502, retryAfterMs: 2000 })],
    ['503 (APIError)', new APIError('x', { status: 503, retryAfterMs: 2000 })],
    ['429 (RateLimitError)', new RateLimitError('x', { status: 429, retryAfterMs: 2000 })],
  ])('the retry after a %s with Retry-After: 2 waits 2 s', (_label, error) => {
    expect(retryDelay(0, error)).toBe(2000);
  });

  /** A page as the core returns it for a body of `count` models and the server's `total_count`. */
  function page(count: number, totalCount?: number): ModelsListResponse {
    const data = Array.from({ length: count }, (_, i) => ({ id: `a/m${i}`, name: `M${i}` }));
    return parseModelsList(
      totalCount === undefined ? { data } : { data, total_count: totalCount, links: { next: null } },
    )!;
  }

  test('no page past total_count: 100 of 100 loaded asks for no more', () => {
    const { getNextPageParam } = modelsInfiniteQueryOptions(client, {}, { pageSize: 100 });
    const first = page(100, 100);
    expect(getNextPageParam(first, [first], 0, [0])).toBeUndefined();
    const last = page(50, 150);
    expect(getNextPageParam(last, [page(100, 150), last], 100, [0, 100])).toBeUndefined();
    const middle = page(100, 300);
    expect(getNextPageParam(middle, [middle], 100, [0, 100])).toBe(200);
  });

  test('a server without total_count: a full page asks for the next one, a short one ends the list', () => {
    const { getNextPageParam } = modelsInfiniteQueryOptions(client, {}, { pageSize: 100 });
    expect(getNextPageParam(page(100), [page(100)], 0, [0])).toBe(100);
    expect(getNextPageParam(page(99), [page(99)], 0, [0])).toBeUndefined();
  });
});
