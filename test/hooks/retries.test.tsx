import { act, waitFor } from '@testing-library/react';
import { http } from 'msw';
import {
  BadRequestError,
  ForbiddenError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  APIError,
  UnauthorizedError,
} from '../../src/core/errors';
import { useModel } from '../../src/hooks/use-model';
import { useModels } from '../../src/hooks/use-models';
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/core/retry';
import { retryDelay } from '../../src/query/retry-policy';
import {
  ANY_HOST,
  errorBody,
  renderHookWithProviders,
  requests,
  server,
  sleep,
  setupMockServer,
} from './utils';

setupMockServer();

/** Advances fake time and lets React, the query cache and the mock server settle. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/**
 * Lets pending I/O (the mock server's answer, body streams) and the query's notifications
 * settle. Zero-delay timers set during a fake tick are due 1 ms later, so this moves the clock
 * by a few ms (at most 10).
 */
async function flush() {
  for (let i = 0; i < 10; i++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
      await new Promise<void>((r) => setImmediate(r));
    });
  }
}

/** `GET /models` answers `failures` in turn, then the mock's list. */
function failThenSucceed(...failures: Array<() => Response>) {
  let n = 0;
  server.use(http.get(`${ANY_HOST}/models`, () => failures[n++]?.()));
}

const serverError = new InternalServerError('x', { status: 500 });
/** The query policy's waits before retries 1, 2, 3. */
const policyDelays = [0, 1, 2].map((n) => retryDelay(n, serverError));

describe('retries happen in one place (the query), with its backoff', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a 500 then success → exactly 2 requests, the retry after the query policy delay', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    failThenSucceed(() => errorBody(500, 'Internal error'));
    const { result } = renderHookWithProviders(() => useModels());
    await flush();
    expect(requests).toHaveLength(1);
    expect(result.current.failureCount).toBe(1);
    expect(result.current.failureReason).toBeInstanceOf(InternalServerError);
    expect(result.current.isPending).toBe(true);

    await advance(policyDelays[0] - 50);
    expect(requests).toHaveLength(1);
    await advance(50);
    await flush();
    expect(requests).toHaveLength(2);
    const gap = requests[1].at - requests[0].at;
    expect(gap).toBeGreaterThanOrEqual(policyDelays[0]);
    expect(gap).toBeLessThan(policyDelays[0] + 50);
    expect(result.current.isSuccess).toBe(true);
    expect(result.current.data!.data).toHaveLength(337);

    // Nothing more happens afterwards.
    await advance(60_000);
    expect(requests).toHaveLength(2);
  });

  test('a 500 that persists → 1 + 3 query retries = exactly 4 requests (not multiplied by core retries)', async () => {
    failThenSucceed(...Array.from({ length: 20 }, () => () => errorBody(500, 'Internal error')));
    const { result } = renderHookWithProviders(() => useModels({}, { retryDelay: 1 }));
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 3000 });
    expect(result.current.error).toBeInstanceOf(InternalServerError);
    expect(result.current.failureCount).toBe(4);
    expect(requests).toHaveLength(4);
    await sleep(50);
    expect(requests).toHaveLength(4);
  });

  test('a persisting 503: 4 attempts spaced by the query policy (not the core backoff)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    failThenSucceed(...Array.from({ length: 20 }, () => () => errorBody(503, 'Overloaded')));
    const { result } = renderHookWithProviders(() => useModels());
    await flush();
    for (let i = 0; i < 100 && !result.current.isError; i++) {
      await advance(100);
      await flush();
    }
    expect(result.current.error).toBeInstanceOf(APIError);
    expect(requests).toHaveLength(4);
    const gaps = requests.slice(1).map((r, i) => r.at - requests[i].at);
    // Observed in 100 ms steps (+ a few ms of settling): each gap is the policy's delay, rounded up.
    expect(gaps.map((g) => Math.ceil((g - 20) / 100) * 100)).toEqual(
      policyDelays.map((d) => Math.ceil(d / 100) * 100),
    );
    // The core's own series would differ: its retries are switched off.
    expect(policyDelays).not.toEqual([0, 1, 2].map((n) => backoffDelay(DEFAULT_BACKOFF, n)));
  });

  test('useModel for an unknown id → NotFoundError after exactly one request', async () => {
    const { result } = renderHookWithProviders(() => useModel('nobody/nothing', { retryDelay: 1 }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(NotFoundError);
    expect(result.current.error!.status).toBe(404);
    expect(result.current.failureCount).toBe(1);
    await sleep(50);
    expect(requests).toHaveLength(1);
    expect(requests[0].url.pathname).toBe('/api/v1/model/nobody/nothing');
  });

  test.each([
    [400, BadRequestError],
    [401, UnauthorizedError],
    [403, ForbiddenError],
    [404, NotFoundError],
  ] as const)('a %i is never retried', async (status, ErrorClass) => {
    failThenSucceed(...Array.from({ length: 5 }, () => () => errorBody(status, 'No')));
    // A tiny retryDelay: were it retried, the retries would happen before the error shows.
    const { result } = renderHookWithProviders(() => useModels({}, { retryDelay: 1 }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ErrorClass);
    await sleep(50);
    expect(requests).toHaveLength(1);
  });

  test('a 429 with Retry-After: 7 → the retry waits at least 7 s (more than the backoff alone)', async () => {
    expect(policyDelays[0]).toBeLessThan(7000);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    failThenSucceed(() => errorBody(429, 'Rate limit exceeded', { 'Retry-After': '7' }));
    const { result } = renderHookWithProviders(() => useModels());
    await flush();
    expect(requests).toHaveLength(1);
    expect(result.current.failureReason).toBeInstanceOf(RateLimitError);
    expect((result.current.failureReason as RateLimitError).retryAfterMs).toBe(7000);

    await advance(6900);
    await flush();
    expect(requests).toHaveLength(1);
    expect(result.current.isPending).toBe(true);

    await advance(100);
    await flush();
    expect(requests).toHaveLength(2);
    const gap = requests[1].at - requests[0].at;
    expect(gap).toBeGreaterThanOrEqual(7000);
    expect(gap).toBeLessThan(7050);
    expect(result.current.isSuccess).toBe(true);
  });

  test('a 503 with Retry-After as an HTTP date is honoured too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-06-16T12:00:00Z'));
    failThenSucceed(() => errorBody(503, 'Overloaded', { 'Retry-After': 'Tue, 16 Jun 2026 12:00:05 GMT' }));
    const { result } = renderHookWithProviders(() => useModels());
    await flush();
    expect(requests).toHaveLength(1);
    await advance(4800);
    await flush();
    expect(requests).toHaveLength(1);
    await advance(200);
    await flush();
    expect(requests).toHaveLength(2);
    // The date was 5 s ahead of the first request: the retry came no earlier (the backoff alone is shorter).
    expect(policyDelays[0]).toBeLessThan(5000);
    expect(requests[1].at).toBeGreaterThanOrEqual(new Date('2026-06-16T12:00:05Z').getTime());
    expect(result.current.isSuccess).toBe(true);
  });

  test('a 429 that persists → RateLimitError after 4 requests', async () => {
    failThenSucceed(...Array.from({ length: 10 }, () => () => errorBody(429, 'Slow down')));
    const { result } = renderHookWithProviders(() => useModels({}, { retryDelay: 1 }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(RateLimitError);
    expect(requests).toHaveLength(4);
  });
});
