import { act, screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { NotFoundError } from '../../src/core/errors';
import { useModelEndpoints, useSuspenseModelEndpoints } from '../../src/hooks/use-model-endpoints';
import { modelKeys } from '../../src/query/model-keys';
import {
  ErrorBoundary,
  renderHookWithProviders,
  renderWithProviders,
  requestsTo,
  setupMockServer,
} from './utils';

setupMockServer();

const ID = 'anthropic/claude-sonnet-4.6';

function Count({ id, label }: { id: string; label: string }) {
  const { data } = useModelEndpoints(id);
  return <p>{data ? `${label}: ${data.data.endpoints.length} providers` : `${label}: loading`}</p>;
}

describe('useModelEndpoints', () => {
  test('one request per model across components (and per model)', async () => {
    renderWithProviders(
      <>
        <Count id={ID} label="a" />
        <Count id={ID} label="b" />
        <Count id={`~anthropic/claude-sonnet-latest`} label="c" />
      </>,
    );
    await screen.findByText(/^a: \d+ providers/);
    await screen.findByText(/^b: \d+ providers/);
    await screen.findByText(/^c: \d+ providers/);
    expect(requestsTo('/anthropic/claude-sonnet-4.6/endpoints')).toHaveLength(1);
    expect(requestsTo('/endpoints')).toHaveLength(2);
  });

  test('invalidating the model refetches its providers (mounted)', async () => {
    const { result, queryClient } = renderHookWithProviders(() => useModelEndpoints(ID));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    await act(() => queryClient.invalidateQueries({ queryKey: modelKeys.detail(ID) }));
    await waitFor(() => expect(requestsTo('/endpoints')).toHaveLength(2));
  });

  test('without a key: stats null; with the provider apiKey: stats, and the key only in the header', async () => {
    const anon = renderHookWithProviders(() => useModelEndpoints(ID));
    await waitFor(() => expect(anon.result.current.isSuccess).toBe(true));
    expect(
      anon.result.current.data!.data.endpoints.every(
        (e) => e.latencyLast30m === null && e.throughputLast30m === null,
      ),
    ).toBe(true);
    const keyed = renderHookWithProviders(() => useModelEndpoints(ID), {
      clientOptions: { apiKey: 'sk-or-test-key-1234' },
    });
    await waitFor(() => expect(keyed.result.current.isSuccess).toBe(true));
    expect(keyed.result.current.data!.data.endpoints.every((e) => (e.latencyLast30m?.p50 ?? 0) > 0)).toBe(
      true,
    );
    const last = requestsTo('/endpoints').at(-1)!;
    expect(last.authorization).toBe('Bearer sk-or-test-key-1234');
    expect(last.url.href).not.toContain('sk-or');
    expect(
      JSON.stringify(
        keyed.queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.queryKey),
      ),
    ).not.toContain('sk-or');
  });

  test('select; an unknown model is a NotFoundError after one request (no retries on 404)', async () => {
    const { result } = renderHookWithProviders(() =>
      useModelEndpoints(ID, { select: (r) => r.data.endpoints.map((e) => e.tag) }),
    );
    await waitFor(() => expect(result.current.data).toContain('amazon-bedrock/eu-west-1'));
    const missing = renderHookWithProviders(() => useModelEndpoints('openai/no-such-model'));
    await waitFor(() => expect(missing.result.current.error).toBeInstanceOf(NotFoundError));
    expect(requestsTo('/no-such-model/endpoints')).toHaveLength(1);
  });

  test('a bad id: InvalidRequestError, no request', async () => {
    const { result } = renderHookWithProviders(() => useModelEndpoints('no-slash'));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.name).toBe('InvalidRequestError');
    expect(requestsTo('/endpoints')).toHaveLength(0);
  });
});

describe('useSuspenseModelEndpoints', () => {
  function Providers() {
    const { data } = useSuspenseModelEndpoints(ID);
    return <p>{data.data.endpoints.map((e) => e.tag).join(', ')}</p>;
  }
  function Missing() {
    useSuspenseModelEndpoints('openai/no-such-model');
    return null;
  }
  test('suspends, then renders; errors reach the boundary', async () => {
    renderWithProviders(
      <>
        <Suspense fallback={<p>waiting</p>}>
          <Providers />
        </Suspense>
        <ErrorBoundary>
          <Suspense fallback={null}>
            <Missing />
          </Suspense>
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await screen.findByText(/amazon-bedrock\/eu-west-1/);
    await screen.findByText(/NotFoundError/);
  });
});
