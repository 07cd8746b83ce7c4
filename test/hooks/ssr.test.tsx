import { act } from '@testing-library/react';
import {
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
  dehydrate,
  type DehydratedState,
} from '@tanstack/react-query';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createOpenRouterClient, type OpenRouterClient } from '../../src/core/client';
import type { ModelsListFilters } from '../../src/core/types';
import { OpenRouterProvider } from '../../src/hooks/openrouter-provider';
import { useModel } from '../../src/hooks/use-model';
import { useModelCount } from '../../src/hooks/use-model-count';
import { useModels } from '../../src/hooks/use-models';
import { modelCountQueryOptions } from '../../src/query/model-count-query-options';
import { modelQueryOptions } from '../../src/query/model-query-options';
import { modelsQueryOptions } from '../../src/query/models-query-options';
import { DEFAULT_STALE_TIME } from '../../src/query/retry-policy';
import { requests, sleep, setupMockServer } from './utils';

setupMockServer();

function Catalogue({ filters }: { filters: ModelsListFilters }) {
  const models = useModels(filters);
  const count = useModelCount();
  const one = useModel('anthropic/claude-sonnet-4.6');
  if (!models.data || !count.data || !one.data) return <p>loading</p>;
  return (
    <main>
      <h1>{one.data.data.name}</h1>
      <p>
        {models.data.data.length} of {count.data.data.count}
      </p>
      <ul>
        {models.data.data.map((m) => (
          <li key={m.id}>{m.name}</li>
        ))}
      </ul>
    </main>
  );
}

function App({
  queryClient,
  client,
  state,
  filters,
}: {
  queryClient: QueryClient;
  client: OpenRouterClient;
  state: DehydratedState;
  filters: ModelsListFilters;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <OpenRouterProvider client={client}>
        <HydrationBoundary state={state}>
          <Catalogue filters={filters} />
        </HydrationBoundary>
      </OpenRouterProvider>
    </QueryClientProvider>
  );
}

/** The server side: prefetch with the option factories (no React), dehydrate, render to a string. */
async function serverRender(filters: ModelsListFilters) {
  const client = createOpenRouterClient();
  const queryClient = new QueryClient();
  await Promise.all([
    queryClient.prefetchQuery(modelsQueryOptions(client, filters)),
    queryClient.prefetchQuery(modelCountQueryOptions(client)),
    queryClient.prefetchQuery(modelQueryOptions(client, 'anthropic/claude-sonnet-4.6')),
  ]);
  // What goes over the wire to the browser.
  const state = JSON.parse(JSON.stringify(dehydrate(queryClient))) as DehydratedState;
  const html = renderToString(
    <App queryClient={queryClient} client={client} state={state} filters={filters} />,
  );
  return { html, state };
}

async function hydrate(html: string, state: DehydratedState, filters: ModelsListFilters) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const queryClient = new QueryClient();
  const client = createOpenRouterClient();
  const recoverable: unknown[] = [];
  let root!: Root;
  await act(async () => {
    root = hydrateRoot(
      container,
      <App queryClient={queryClient} client={client} state={state} filters={filters} />,
      {
        onRecoverableError: (error) => recoverable.push(error),
      },
    );
  });
  return {
    container,
    queryClient,
    recoverable,
    cleanup: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

describe('SSR: prefetch with the option factories, dehydrate, hydrate', () => {
  test('the server render shows the data; hydrating on the client makes zero requests on mount', async () => {
    const { html, state } = await serverRender({ q: 'claude', sort: 'newest' });
    expect(requests).toHaveLength(3);
    expect(html).toContain('Anthropic: Claude Sonnet 4.6');
    expect(html).toMatch(/\d+<!-- --> of <!-- -->337/);

    requests.length = 0;
    // The client's filters are the same question asked in another order, with an undefined extra.
    const { container, queryClient, recoverable, cleanup } = await hydrate(html, state, {
      sort: 'newest',
      q: 'claude',
      category: undefined,
    });
    await sleep(50);
    expect(requests).toHaveLength(0);
    expect(recoverable).toEqual([]);
    expect(container.querySelector('h1')).toHaveTextContent('Anthropic: Claude Sonnet 4.6');
    expect(container.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(
      queryClient.getQueryData(
        modelsQueryOptions(createOpenRouterClient(), { q: 'claude', sort: 'newest' }).queryKey,
      )?.data.length,
    ).toBe(container.querySelectorAll('li').length);
    cleanup();
  });

  test('the default staleTime applies to hydrated data: hydrating after 5 minutes refetches', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const start = new Date('2026-06-16T12:00:00Z').getTime();
      vi.setSystemTime(start);
      const { html, state } = await serverRender({ q: 'gpt' });
      requests.length = 0;

      vi.setSystemTime(start + DEFAULT_STALE_TIME - 5000);
      const fresh = await hydrate(html, state, { q: 'gpt' });
      await sleep(50);
      expect(requests).toHaveLength(0);
      fresh.cleanup();

      vi.setSystemTime(start + DEFAULT_STALE_TIME + 5000);
      const stale = await hydrate(html, state, { q: 'gpt' });
      await act(() => sleep(100));
      // The three stale queries are refreshed in the background; the server's HTML stays.
      expect(requests).toHaveLength(3);
      expect(stale.recoverable).toEqual([]);
      expect(stale.container.querySelector('h1')).toHaveTextContent('Anthropic: Claude Sonnet 4.6');
      stale.cleanup();
    } finally {
      vi.useRealTimers();
    }
  });
});
