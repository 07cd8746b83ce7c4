import { renderHook, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createOpenRouterClient, DEFAULT_BASE_URL } from '../../src/core/client';
import { OpenRouterProvider } from '../../src/hooks/openrouter-provider';
import { useModels } from '../../src/hooks/use-models';
import { useOpenRouterClient } from '../../src/hooks/use-openrouter-client';
import { modelKeys } from '../../src/query/model-keys';
import {
  createQueryClient,
  EU_API,
  renderHookWithProviders,
  renderWithProviders,
  requests,
  setupMockServer,
} from './utils';

setupMockServer();

function Count({ label }: { label: string }) {
  const { data } = useModels({ q: 'claude' });
  return <p data-testid={label}>{data ? `${data.data.length}` : 'loading'}</p>;
}

describe('OpenRouterProvider', () => {
  test('takes client options as props: base URL and attribution headers reach the request', async () => {
    const { result } = renderHookWithProviders(() => useModels(), {
      clientOptions: {
        baseUrl: EU_API,
        appTitle: 'Test app',
        httpReferer: 'https://example.com',
        appCategories: ['cli-agent', 'chat'],
        sendAttribution: 'always',
      },
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(requests).toHaveLength(1);
    expect(requests[0].url.origin).toBe('https://eu.openrouter.ai');
    expect(requests[0].headers.get('x-openrouter-title')).toBe('Test app');
    expect(requests[0].headers.get('http-referer')).toBe('https://example.com');
    expect(requests[0].headers.get('x-openrouter-categories')).toBe('cli-agent,chat');
  });

  test('takes a ready client; useOpenRouterClient reads it', () => {
    const client = createOpenRouterClient({ baseUrl: 'https://proxy.example.com/api/v1/' });
    const { result } = renderHookWithProviders(() => useOpenRouterClient(), { client });
    expect(result.current).toBe(client);
    expect(result.current.baseUrl).toBe('https://proxy.example.com/api/v1');
  });

  test('keeps one client across renders while the options are equal', () => {
    const queryClient = createQueryClient();
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <OpenRouterProvider appTitle="x" appCategories={['a', 'b']} headers={{ 'X-Test': '1' }}>
          {children}
        </OpenRouterProvider>
      </QueryClientProvider>
    );
    const { result, rerender } = renderHook(() => useOpenRouterClient(), { wrapper });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  test('without a provider, the default public client is used', () => {
    const { result } = renderHook(() => useOpenRouterClient());
    expect(result.current.baseUrl).toBe(DEFAULT_BASE_URL);
  });

  test('never creates a QueryClient: without QueryClientProvider the hooks throw', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useModels())).toThrow(/No QueryClient set/);
    spy.mockRestore();
    expect(requests).toHaveLength(0);
  });

  test('a regional client and the default one never share a cache entry', async () => {
    const queryClient = createQueryClient();
    renderWithProviders(<Count label="global" />, { queryClient });
    renderWithProviders(<Count label="eu" />, { queryClient, clientOptions: { baseUrl: EU_API } });
    await waitFor(() => expect(screen.getByTestId('global')).not.toHaveTextContent('loading'));
    await waitFor(() => expect(screen.getByTestId('eu')).not.toHaveTextContent('loading'));
    expect(requests.map((r) => r.url.origin).sort()).toEqual([
      'https://eu.openrouter.ai',
      'https://openrouter.ai',
    ]);
    const keys = queryClient
      .getQueryCache()
      .findAll({ queryKey: modelKeys.lists() })
      .map((q) => q.queryKey);
    expect(keys).toHaveLength(2);
    expect(keys).toContainEqual(['openrouter', 'models', 'list', { q: 'claude' }]);
    expect(keys).toContainEqual(['openrouter', 'models', 'list', { q: 'claude' }, { baseUrl: EU_API }]);
  });
});
