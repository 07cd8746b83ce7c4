/**
 * Test helpers for the hooks and query layers: the project's MSW mock of the model API
 * (src/mock) on every host, a request log, held responses, and render helpers that give
 * every test a fresh QueryClient.
 */
import { Component, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook, type RenderHookOptions } from '@testing-library/react';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import type { OpenRouterClient, OpenRouterClientOptions } from '../../src/core/client';
import { OpenRouterProvider } from '../../src/hooks/openrouter-provider';
import { createModelsHandlers } from '../../src/mock/create-models-handlers';
import { mockErrorResponse } from '../../src/mock/mock-error-response';
import { fixtureJson, MODELS_2026 } from '../core/fixtures';

export const EU_API = 'https://eu.openrouter.ai/api/v1';

export interface RawEntry {
  id: string;
  name: string;
  architecture?: { input_modalities?: string[]; output_modalities?: string[] };
  [key: string]: unknown;
}

/** The 337 real models of `models-2026-06-16.json`, raw. */
export const rawModels: readonly RawEntry[] = fixtureJson<{ data: RawEntry[] }>(MODELS_2026).data;

// ---------------------------------------------------------------- request log

export interface LoggedRequest {
  url: URL;
  method: string;
  authorization: string | null;
  headers: Headers;
  signal: AbortSignal;
  /** `Date.now()` when the request started (fake time under fake timers). */
  at: number;
}

/** Every request that reached the mock server, in order (cleared before each test). */
export const requests: LoggedRequest[] = [];

/** Requests whose path ends with `suffix` (e.g. `/models`, `/models/user`). */
export function requestsTo(suffix: string): LoggedRequest[] {
  return requests.filter((r) => r.url.pathname.endsWith(suffix));
}

// ---------------------------------------------------------------- handlers

/** The mock API answers on every host (default, regional, proxy) under `/api/v1`. */
export const ANY_HOST = '*/api/v1';

/**
 * An older server's `GET /models` (the 2026-06 fixture's shape: no `total_count`, no
 * `links`): `q`, `input_modalities`, `offset` / `limit`. For tests that need exactly that,
 * or a body to answer by hand after a gate; everything else uses the project's mock.
 */
export function listBody(url: URL, { models = rawModels }: { models?: readonly RawEntry[] } = {}) {
  let list = [...models];
  const q = url.searchParams.get('q')?.toLowerCase();
  if (q) list = list.filter((m) => m.id.toLowerCase().includes(q) || m.name.toLowerCase().includes(q));
  const offset = url.searchParams.has('offset') ? Number(url.searchParams.get('offset')) : undefined;
  const limit = url.searchParams.has('limit') ? Number(url.searchParams.get('limit')) : undefined;
  if (offset !== undefined || limit !== undefined)
    list = list.slice(offset ?? 0, (offset ?? 0) + (limit ?? 1000));
  return { data: list };
}

/** An OpenRouter error body (`{ error: { code, message } }`) with `status`. */
export function errorBody(status: number, message: string, headers?: Record<string, string>): Response {
  return mockErrorResponse(status, message, { headers });
}

/** The project's MSW mock of the model API (src/mock) over the real fixture, on every host. */
export const server = setupServer(...createModelsHandlers({ baseUrl: ANY_HOST }));

/** Serve a different set of models (e.g. for paging) with the project's mock, for this test. */
export function serveModels(models: readonly RawEntry[]) {
  server.use(...createModelsHandlers({ baseUrl: ANY_HOST, models: models as never }));
}

/** Hold `GET /models` answers until the returned gate opens (then the mock answers). `when` picks which requests. */
export function holdModels(when: (url: URL) => boolean = () => true): Deferred {
  const gate = deferred();
  server.use(
    http.get(`${ANY_HOST}/models`, async ({ request }) => {
      if (when(new URL(request.url))) await gate.promise;
      return undefined;
    }),
  );
  return gate;
}

/** Call once at the top of a test file: starts the mock server and resets it and the log around each test. */
export function setupMockServer() {
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    server.events.on('request:start', ({ request }) => {
      requests.push({
        url: new URL(request.url),
        method: request.method,
        authorization: request.headers.get('authorization'),
        headers: new Headers(request.headers),
        signal: request.signal,
        at: Date.now(),
      });
    });
  });
  beforeEach(() => {
    requests.length = 0;
  });
  afterEach(() => {
    server.resetHandlers();
  });
  afterAll(() => {
    server.events.removeAllListeners();
    server.close();
  });
}

// ---------------------------------------------------------------- async helpers

export interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

export function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Waits `ms` of real time (to show that nothing more happens). */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- render helpers

/** A fresh QueryClient, with the library's defaults: each option factory brings its own retry policy. */
export function createQueryClient(): QueryClient {
  return new QueryClient();
}

export interface ProvidersOptions {
  queryClient?: QueryClient;
  /** A ready client; else `clientOptions` go to `OpenRouterProvider` as props. */
  client?: OpenRouterClient;
  clientOptions?: OpenRouterClientOptions;
}

export function makeWrapper({
  queryClient = createQueryClient(),
  client,
  clientOptions,
}: ProvidersOptions = {}) {
  function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        {client ? (
          <OpenRouterProvider client={client}>{children}</OpenRouterProvider>
        ) : (
          <OpenRouterProvider {...clientOptions}>{children}</OpenRouterProvider>
        )}
      </QueryClientProvider>
    );
  }
  return { Wrapper, queryClient };
}

export function renderWithProviders(ui: ReactNode, options: ProvidersOptions = {}) {
  const { Wrapper, queryClient } = makeWrapper(options);
  return { ...render(ui, { wrapper: Wrapper }), queryClient };
}

export function renderHookWithProviders<Result, Props>(
  hook: (props: Props) => Result,
  options: ProvidersOptions & Pick<RenderHookOptions<Props>, 'initialProps'> = {},
) {
  const { Wrapper, queryClient } = makeWrapper(options);
  return { ...renderHook(hook, { wrapper: Wrapper, initialProps: options.initialProps }), queryClient };
}

// ---------------------------------------------------------------- error boundary

export class ErrorBoundary extends Component<
  { children?: ReactNode; onError?: (error: unknown) => void },
  { error: unknown }
> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError?.(error);
  }
  override render() {
    if (this.state.error) {
      const e = this.state.error as Error;
      return <p role="alert">{`${e.name}: ${e.message}`}</p>;
    }
    return this.props.children;
  }
}
