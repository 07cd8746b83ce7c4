/**
 * Hostile-input campaign, faults: the mock API (src/mock `mockFailure`) fails in every way a
 * real API, proxy or network does, and the hooks (`useModels`) and the picker must end in a
 * state a person can see (the reason and a "Try again"), keep retries within the query
 * policy (1 + 3 requests), honour `Retry-After` (seconds and HTTP date), and recover without
 * a remount once the API comes back. Any unhandled promise rejection fails the file.
 *
 * Time is fake (setTimeout / clearTimeout / Date), so backoffs and Retry-After waits are
 * exact and cost no real time.
 */
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import {
  APIError,
  InternalServerError,
  NetworkError,
  OpenRouterError,
  RateLimitError,
  TimeoutError,
  type OpenRouterClientOptions,
} from '../../src/core';
import { ModelPicker } from '../../src/components/model-picker/model-picker';
import { ErrorState } from '../../src/components/shared/state-views';
import { OpenRouterProvider, useModels } from '../../src/hooks';
import { createModelsHandlers, mockFailure, mockModels, type MockFailureOptions } from '../../src/mock';
import { retryDelay } from '../../src/query/retry-policy';
import { failOnUnhandledRejections } from './unhandled-rejections';

// ---------------------------------------------------------------- mock API, request log

const API = 'https://openrouter.ai/api/v1';
const server = setupServer(...createModelsHandlers());
const requests: { url: URL; at: number }[] = [];
let okResponses = 0;
const counts = { faults: 0, scenarios: 0 };

server.events.on('request:start', ({ request }) => {
  requests.push({ url: new URL(request.url), at: Date.now() });
});
server.events.on('response:mocked', ({ response }) => {
  if (response.ok) okResponses++;
});

// ---------------------------------------------------------------- unhandled rejections fail the run

const unhandled = failOnUnhandledRejections();

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  requests.length = 0;
  okResponses = 0;
});
afterEach(async () => {
  counts.faults += requests.length - okResponses;
  vi.useRealTimers();
  server.resetHandlers();
  // Let late rejections surface before the collector checks (its afterEach runs after this one).
  await new Promise<void>((r) => setTimeout(r, 5));
});
afterAll(() => {
  server.close();
  console.log(
    `hostile: faults injected ${counts.faults} (in ${counts.scenarios} scenarios), unhandled rejections ${unhandled.length}`,
  );
});

// ---------------------------------------------------------------- time

function fakeTime() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  // A whole second, so HTTP dates (1 s resolution) are exact.
  vi.setSystemTime(new Date('2026-06-16T12:00:00.000Z'));
}

/** Moves fake time by `ms` and lets the mock server, React and the query cache settle. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
  for (let i = 0; i < 4; i++) {
    await act(async () => {
      await new Promise<void>((r) => setImmediate(r));
      await vi.advanceTimersByTimeAsync(0);
    });
  }
}

/** Advances in `step` ms steps until `done()` or `limit` ms of fake time. Returns the fake time used. */
async function until(done: () => boolean, { step = 50, limit = 60_000 } = {}): Promise<number> {
  let spent = 0;
  await advance(0);
  while (!done() && spent < limit) {
    await advance(step);
    spent += step;
  }
  if (!done()) throw new Error(`not reached within ${limit} ms of fake time`);
  return spent;
}

const gaps = () => requests.slice(1).map((r, i) => r.at - requests[i].at);

// ---------------------------------------------------------------- the faults

const RETRY_AT = new Date('2026-06-16T12:00:04.000Z');

interface Fault {
  label: string;
  failure: MockFailureOptions;
  errorClass: new (...args: never[]) => OpenRouterError;
  status: number;
  /** What the alert says (describeError's title), and a part of the detail. */
  title: RegExp;
  detail?: RegExp;
  /** The least wait before retry 1 (Retry-After or the policy's backoff). */
  firstWait: number;
  timeoutMs?: number;
}

const FAULTS: Fault[] = [
  {
    label: '500',
    failure: { kind: '500' },
    errorClass: InternalServerError,
    status: 500,
    title: /OpenRouter is having trouble/,
    detail: /500/,
    firstWait: 500,
  },
  {
    label: '502 with an HTML page (proxy)',
    failure: { kind: 'html502' },
    errorClass: APIError,
    status: 502,
    title: /OpenRouter is having trouble/,
    detail: /502/,
    firstWait: 500,
  },
  {
    label: '503 with Retry-After: 2 (seconds)',
    failure: { kind: '503', retryAfter: '2' },
    errorClass: APIError,
    status: 503,
    title: /OpenRouter is having trouble/,
    detail: /503/,
    firstWait: 2000,
  },
  {
    label: '503 with Retry-After as an HTTP date (4 s ahead)',
    failure: { kind: '503', retryAfter: RETRY_AT.toUTCString() },
    errorClass: APIError,
    status: 503,
    title: /OpenRouter is having trouble/,
    detail: /503/,
    firstWait: 4000,
  },
  {
    label: '429 with Retry-After: 3 (seconds)',
    failure: { kind: '429', retryAfter: '3' },
    errorClass: RateLimitError,
    status: 429,
    title: /Too many requests \(asked to wait 3 s\)/,
    detail: /wait 3 s/,
    firstWait: 3000,
  },
  {
    label: '429 with Retry-After as an HTTP date (4 s ahead)',
    failure: { kind: '429', retryAfter: RETRY_AT.toUTCString() },
    errorClass: RateLimitError,
    status: 429,
    title: /Too many requests/,
    firstWait: 4000,
  },
  {
    label: 'a stalled response past the timeout',
    failure: { kind: 'stall' },
    errorClass: TimeoutError,
    status: 0,
    title: /slow to answer/,
    detail: /timed out/,
    firstWait: 500,
    timeoutMs: 300,
  },
  {
    label: 'a dropped connection',
    failure: { kind: 'network' },
    errorClass: NetworkError,
    status: 0,
    title: /offline/,
    detail: /connection/,
    firstWait: 500,
  },
];

function Providers({
  children,
  queryClient,
  clientOptions,
}: {
  children: ReactNode;
  queryClient: QueryClient;
  clientOptions?: OpenRouterClientOptions;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <OpenRouterProvider {...clientOptions}>{children}</OpenRouterProvider>
    </QueryClientProvider>
  );
}

/** An app's use of the hook: the four states, the error with its reason and a retry. */
function ModelsView() {
  const q = useModels();
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} retrying={q.isFetching} />;
  if (q.isPending) return <p>Loading models…</p>;
  return <p data-testid="loaded">{q.data.data.length} models</p>;
}

const textModels = mockModels.filter((m) => m.architecture?.output_modalities?.includes('text')).length;
/** The policy's waits before retries 1, 2, 3 for an error without Retry-After. */
const policy = [0, 1, 2].map((n) => retryDelay(n, new InternalServerError('x', { status: 500 })));

/** Checks the attempts: 1 + 3, the first retry no sooner than `fault.firstWait`, the others per the policy. */
function expectBoundedRetries(fault: Fault) {
  expect(requests).toHaveLength(4);
  expect(requests.every((r) => r.url.origin + r.url.pathname === `${API}/models`)).toBe(true);
  const g = gaps();
  const perAttempt = fault.timeoutMs ?? 0; // a stalled attempt lasts until its timeout
  if (fault.label.includes('HTTP date')) expect(requests[1].at).toBeGreaterThanOrEqual(RETRY_AT.getTime());
  // Retry-After in seconds comes with every answer; an HTTP date is in the past after the first wait.
  const seconds = /^\d+$/.test(fault.failure.retryAfter ?? '') ? Number(fault.failure.retryAfter) * 1000 : 0;
  const waits = [
    Math.max(policy[0], fault.firstWait),
    Math.max(policy[1], seconds),
    Math.max(policy[2], seconds),
  ];
  g.forEach((gap, i) => {
    expect(gap).toBeGreaterThanOrEqual(waits[i] + perAttempt);
    expect(gap).toBeLessThan(waits[i] + perAttempt + 250);
  });
}

describe.each(FAULTS)('fault: $label', (fault) => {
  test('useModels: bounded retries, then a visible error with its reason and "Try again"; recovers on retry', async () => {
    counts.scenarios++;
    fakeTime();
    server.use(mockFailure(fault.failure));
    const queryClient = new QueryClient();
    render(
      <Providers queryClient={queryClient} clientOptions={{ timeoutMs: fault.timeoutMs }}>
        <ModelsView />
      </Providers>,
    );
    expect(screen.getByText('Loading models…')).toBeInTheDocument();
    await until(() => screen.queryByRole('alert') !== null);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(fault.title);
    if (fault.detail) expect(alert).toHaveTextContent(fault.detail);
    const error = queryClient.getQueryCache().getAll()[0].state.error;
    expect(error).toBeInstanceOf(fault.errorClass);
    expect((error as OpenRouterError).status).toBe(fault.status);
    expectBoundedRetries(fault);

    // Nothing more happens on its own.
    await advance(60_000);
    expect(requests).toHaveLength(4);

    // The API recovers; "Try again" brings the list, in the same tree.
    server.resetHandlers();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await until(() => screen.queryByTestId('loaded') !== null);
    expect(screen.getByTestId('loaded')).toHaveTextContent(`${textModels} models`);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(requests).toHaveLength(5);
    queryClient.clear();
  });

  test('ModelPicker: the list shows the reason and "Try again", then the models without a remount', async () => {
    counts.scenarios++;
    fakeTime();
    server.use(mockFailure(fault.failure));
    const queryClient = new QueryClient();
    render(
      <Providers queryClient={queryClient} clientOptions={{ timeoutMs: fault.timeoutMs }}>
        <ModelPicker defaultOpen storage={null} serverSearch={false} />
      </Providers>,
    );
    await advance(0);
    const listbox = screen.getByRole('listbox');
    const input = screen.getByRole('combobox', { name: /search models/i });
    expect(listbox).toHaveAttribute('data-state', 'loading');

    await until(() => screen.queryByRole('alert') !== null);
    // The state sits in the picker's popover, beside the listbox (a listbox may own only options).
    const alert = within(screen.getByRole('dialog', { name: 'Choose a model' })).getByRole('alert');
    expect(alert).toHaveTextContent(fault.title);
    if (fault.detail) expect(alert).toHaveTextContent(fault.detail);
    expect(listbox).toHaveAttribute('data-state', 'error');
    expectBoundedRetries(fault);

    server.resetHandlers();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await until(() => screen.queryAllByRole('option').length > 0);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(`${textModels} models`)).toBeInTheDocument();
    // The same listbox and search box: recovered in place, not remounted.
    expect(screen.getByRole('listbox')).toBe(listbox);
    expect(screen.getByRole('combobox', { name: /search models/i })).toBe(input);
    expect(listbox.isConnected && input.isConnected).toBe(true);
    expect(listbox).toHaveAttribute('data-state', 'ready');
    expect(requests).toHaveLength(5);
    queryClient.clear();
  });
});

describe('a network that comes back', () => {
  test('useModels: two dropped connections, then the list, with no error shown (3 requests)', async () => {
    counts.scenarios++;
    fakeTime();
    server.use(mockFailure({ kind: 'network', times: 2 }));
    const queryClient = new QueryClient();
    let sawAlert = false;
    render(
      <Providers queryClient={queryClient}>
        <ModelsView />
      </Providers>,
    );
    await until(() => {
      sawAlert ||= screen.queryByRole('alert') !== null;
      return screen.queryByTestId('loaded') !== null;
    });
    expect(sawAlert).toBe(false);
    expect(screen.getByTestId('loaded')).toHaveTextContent(`${textModels} models`);
    expect(requests).toHaveLength(3);
    expect(gaps()).toEqual(
      [policy[0], policy[1]].map((d) => expect.toSatisfy((g: number) => g >= d && g < d + 250)),
    );
    queryClient.clear();
  });

  test('ModelPicker: a 429 then a dropped connection, then models, by itself', async () => {
    counts.scenarios++;
    fakeTime();
    server.use(
      mockFailure({ kind: 'network', times: 1 }),
      mockFailure({ kind: '429', retryAfter: '1', times: 1 }),
    );
    const queryClient = new QueryClient();
    render(
      <Providers queryClient={queryClient}>
        <ModelPicker defaultOpen storage={null} serverSearch={false} />
      </Providers>,
    );
    await until(() => screen.queryAllByRole('option').length > 0);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(requests).toHaveLength(3);
    queryClient.clear();
  });

  test('ModelPicker: offline through every retry (4 requests), then back: "Try again" shows the models in place', async () => {
    counts.scenarios++;
    fakeTime();
    server.use(mockFailure({ kind: 'network', times: 4 }));
    const queryClient = new QueryClient();
    render(
      <Providers queryClient={queryClient}>
        <ModelPicker defaultOpen storage={null} serverSearch={false} />
      </Providers>,
    );
    await advance(0);
    const listbox = screen.getByRole('listbox');
    await until(() => screen.queryByRole('alert') !== null);
    expect(screen.getByRole('alert')).toHaveTextContent(/offline/);
    expect(requests).toHaveLength(4);
    // The handler is still installed: the network is simply back (`times` used up).
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await until(() => screen.queryAllByRole('option').length > 0);
    expect(screen.getByRole('listbox')).toBe(listbox);
    expect(requests).toHaveLength(5);
    queryClient.clear();
  });

  test('ModelPicker: a failed background refetch keeps the list and offers a retry', async () => {
    counts.scenarios++;
    fakeTime();
    const queryClient = new QueryClient();
    render(
      <Providers queryClient={queryClient}>
        <ModelPicker defaultOpen storage={null} serverSearch={false} />
      </Providers>,
    );
    await until(() => screen.queryAllByRole('option').length > 0);
    server.use(mockFailure({ kind: '500' }));
    await act(async () => {
      void queryClient.refetchQueries();
    });
    await until(() => document.querySelector('[data-slot="model-picker-stale"]') !== null);
    // The models stay; the footer says the update failed and offers a retry.
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
    expect(requests).toHaveLength(5);
    server.resetHandlers();
    fireEvent.click(screen.getByRole('button', { name: /update failed · retry/i }));
    await until(() => document.querySelector('[data-slot="model-picker-stale"]') === null);
    expect(requests).toHaveLength(6);
    queryClient.clear();
  });
});
