import { act, screen, waitFor } from '@testing-library/react';
import type { ModelsListFilters } from '../../src/core/types';
import { useModels } from '../../src/hooks/use-models';
import { useModel } from '../../src/hooks/use-model';
import { useModelCount } from '../../src/hooks/use-model-count';
import { modelKeys } from '../../src/query/model-keys';
import { DEFAULT_STALE_TIME } from '../../src/query/retry-policy';
import {
  createQueryClient,
  holdModels,
  renderHookWithProviders,
  renderWithProviders,
  requests,
  requestsTo,
  sleep,
  setupMockServer,
} from './utils';

setupMockServer();

function List({ filters, label }: { filters?: ModelsListFilters; label: string }) {
  const { data, isPending, error } = useModels(filters);
  if (error) return <p data-testid={label}>error: {error.name}</p>;
  return <p data-testid={label}>{isPending ? 'loading' : `${data!.data.length} models`}</p>;
}

describe('one request per distinct question', () => {
  test('two components with the same filters (other key order, an extra undefined) → one request', async () => {
    const { queryClient } = renderWithProviders(
      <>
        <List label="a" filters={{ sort: 'newest', q: 'gpt', inputModalities: ['image', 'text'] }} />
        <List
          label="b"
          filters={{
            inputModalities: ['text', 'image', 'image'],
            q: ' gpt ',
            category: undefined,
            sort: 'newest',
          }}
        />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('a')).toHaveTextContent(/\d+ models/));
    await waitFor(() => expect(screen.getByTestId('b')).toHaveTextContent(/\d+ models/));
    expect(screen.getByTestId('a').textContent).toBe(screen.getByTestId('b').textContent);
    expect(requests).toHaveLength(1);
    expect(requests[0].url.search).toBe('?input_modalities=image,text&q=gpt&sort=newest');
    expect(queryClient.getQueryCache().findAll({ queryKey: modelKeys.lists() })).toHaveLength(1);
  });

  test('useModel with "author/slug" and { author, slug } share one request', async () => {
    const { result } = renderHookWithProviders(
      () =>
        [
          useModel('anthropic/claude-sonnet-4.6'),
          useModel({ author: 'anthropic', slug: 'claude-sonnet-4.6' }),
        ] as const,
    );
    await waitFor(() => expect(result.current[0].isSuccess && result.current[1].isSuccess).toBe(true));
    expect(result.current[0].data).toBe(result.current[1].data);
    expect(requests).toHaveLength(1);
  });

  test('a second component mounting later, within staleTime, makes no request', async () => {
    const queryClient = createQueryClient();
    const first = renderWithProviders(<List label="a" filters={{ q: 'claude' }} />, { queryClient });
    await waitFor(() => expect(screen.getByTestId('a')).toHaveTextContent(/models/));
    renderWithProviders(<List label="b" filters={{ q: 'claude', sort: undefined }} />, { queryClient });
    // The cached list is there at once: no loading state.
    expect(screen.getByTestId('b')).toHaveTextContent(/\d+ models/);
    await sleep(30);
    expect(requests).toHaveLength(1);
    first.unmount();
  });
});

describe('staleTime', () => {
  test('a remount within staleTime → zero requests', async () => {
    const queryClient = createQueryClient();
    const first = renderWithProviders(<List label="a" filters={{ q: 'gpt' }} />, { queryClient });
    await waitFor(() => expect(screen.getByTestId('a')).toHaveTextContent(/models/));
    expect(requests).toHaveLength(1);
    first.unmount();

    renderWithProviders(<List label="a" filters={{ q: 'gpt' }} />, { queryClient });
    expect(screen.getByTestId('a')).toHaveTextContent(/\d+ models/);
    await sleep(30);
    expect(requests).toHaveLength(1);
  });

  test('the default staleTime is 5 minutes: fresh at 4:59, refetched on mount after 5:00', async () => {
    expect(DEFAULT_STALE_TIME).toBe(5 * 60 * 1000);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const start = new Date('2026-06-16T12:00:00Z').getTime();
      vi.setSystemTime(start);
      const queryClient = createQueryClient();
      const first = renderWithProviders(<List label="a" />, { queryClient });
      await waitFor(() => expect(screen.getByTestId('a')).toHaveTextContent(/models/));
      const query = queryClient.getQueryCache().find({ queryKey: modelKeys.list({}) })!;
      expect(query.observers[0].options.staleTime).toBe(DEFAULT_STALE_TIME);
      first.unmount();

      vi.setSystemTime(start + DEFAULT_STALE_TIME - 1000);
      const second = renderWithProviders(<List label="a" />, { queryClient });
      await sleep(30);
      expect(requests).toHaveLength(1);
      second.unmount();

      vi.setSystemTime(start + DEFAULT_STALE_TIME + 1000);
      renderWithProviders(<List label="a" />, { queryClient });
      await waitFor(() => expect(requests).toHaveLength(2));
      // The stale list stays on screen while it refreshes.
      expect(screen.getByTestId('a')).toHaveTextContent(/\d+ models/);
    } finally {
      vi.useRealTimers();
    }
  });

  test('staleTime passes through: staleTime 0 refetches on remount', async () => {
    const queryClient = createQueryClient();
    const useGptModels = () => useModels({ q: 'gpt' }, { staleTime: 0 });
    const first = renderHookWithProviders(useGptModels, { queryClient });
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true));
    first.unmount();
    const second = renderHookWithProviders(useGptModels, { queryClient });
    await waitFor(() => expect(requests).toHaveLength(2));
    await waitFor(() => expect(second.result.current.isFetching).toBe(false));
  });
});

describe('filter change', () => {
  test('→ one request, the previous list shown (isPlaceholderData) until the new one arrives', async () => {
    const gate = holdModels((url) => url.searchParams.get('q') === 'claude');
    const { result, rerender } = renderHookWithProviders((filters: ModelsListFilters) => useModels(filters), {
      initialProps: { q: 'gpt' },
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const gptList = result.current.data!;
    expect(gptList.data.every((m) => /gpt/i.test(m.id + m.name))).toBe(true);
    expect(result.current.isPlaceholderData).toBe(false);
    expect(requests).toHaveLength(1);

    rerender({ q: 'claude' });
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.data).toBe(gptList);
    expect(result.current.isFetching).toBe(true);
    expect(result.current.isPending).toBe(false);
    await waitFor(() => expect(requests).toHaveLength(2));
    await sleep(20);
    // Still waiting for the server: the old list is still what is shown.
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.data).toBe(gptList);

    act(() => gate.resolve());
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.data).not.toBe(gptList);
    expect(result.current.data!.data.length).toBeGreaterThan(0);
    expect(result.current.data!.data.every((m) => /claude/i.test(m.id + m.name))).toBe(true);
    expect(requests).toHaveLength(2);
    expect(requests[1].url.searchParams.get('q')).toBe('claude');

    // Back to the first filters: cached and fresh, so no request and no placeholder.
    rerender({ q: 'gpt' });
    expect(result.current.data).toBe(gptList);
    expect(result.current.isPlaceholderData).toBe(false);
    await sleep(20);
    expect(requests).toHaveLength(2);
  });
});

describe('cancellation: the AbortSignal reaches fetch', () => {
  test('unmount while in flight → the request is aborted', async () => {
    const gate = holdModels();
    const signals: AbortSignal[] = [];
    const spyFetch: typeof fetch = (input, init) => {
      signals.push(init!.signal!);
      return globalThis.fetch(input, init);
    };
    const { unmount, queryClient } = renderWithProviders(<List label="a" filters={{ q: 'gpt' }} />, {
      clientOptions: { fetch: spyFetch },
    });
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(signals).toHaveLength(1);
    expect(signals[0].aborted).toBe(false);
    expect(requests[0].signal.aborted).toBe(false);

    unmount();
    expect(signals[0].aborted).toBe(true);
    // The signal the mock server saw (the request itself) is aborted too.
    expect(requests[0].signal.aborted).toBe(true);
    // Cancelled, not failed: the query goes back to where it was, with no error.
    const query = queryClient.getQueryCache().find({ queryKey: modelKeys.list({ q: 'gpt' }) })!;
    await waitFor(() => expect(query.state.fetchStatus).toBe('idle'));
    expect(query.state.status).toBe('pending');
    expect(query.state.error).toBeNull();
    gate.resolve();
    await sleep(20);
    expect(requests).toHaveLength(1);
  });

  test('a superseded request (filters changed while in flight) is aborted', async () => {
    const gate = holdModels((url) => url.searchParams.get('q') === 'gpt');
    const { result, rerender } = renderHookWithProviders((filters: ModelsListFilters) => useModels(filters), {
      initialProps: { q: 'gpt' },
    });
    await waitFor(() => expect(requests).toHaveLength(1));
    rerender({ q: 'claude' });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(requests).toHaveLength(2);
    expect(requests[0].signal.aborted).toBe(true);
    expect(requests[1].signal.aborted).toBe(false);
    expect(result.current.data!.data.every((m) => /claude/i.test(m.id + m.name))).toBe(true);
    gate.resolve();
  });

  test('not aborted while another component still uses the query', async () => {
    const gate = holdModels();
    const { rerender, unmount } = renderWithProviders(
      <>
        <List label="a" />
        <List label="b" />
      </>,
    );
    await waitFor(() => expect(requests).toHaveLength(1));
    rerender(<List label="b" />);
    expect(requests[0].signal.aborted).toBe(false);
    act(() => gate.resolve());
    await waitFor(() => expect(screen.getByTestId('b')).toHaveTextContent(/\d+ models/));
    expect(requests).toHaveLength(1);
    unmount();
  });
});

describe('query options pass through', () => {
  test('select', async () => {
    const { result } = renderHookWithProviders(() =>
      useModels({ q: 'claude' }, { select: (d) => d.data.map((m) => m.id) }),
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(Array.isArray(result.current.data)).toBe(true);
    expect(result.current.data!.every((id) => typeof id === 'string' && /claude/i.test(id))).toBe(true);
  });

  test('enabled: false → no request until enabled', async () => {
    const { result, rerender } = renderHookWithProviders(
      (enabled: boolean) => useModelCount({}, { enabled }),
      { initialProps: false },
    );
    await sleep(30);
    expect(requests).toHaveLength(0);
    expect(result.current.status).toBe('pending');
    expect(result.current.fetchStatus).toBe('idle');
    rerender(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data!.data.count).toBe(337);
    expect(requestsTo('/models/count')).toHaveLength(1);
  });
});
