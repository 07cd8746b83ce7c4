import { QueryClient, dehydrate, hydrate } from '@tanstack/react-query';
import { createOpenRouterClient } from '../../src/core/client';
import { modelKeys } from '../../src/query/model-keys';
import {
  ENDPOINTS_STALE_TIME,
  modelEndpointsQueryOptions,
} from '../../src/query/model-endpoints-query-options';
import { modelQueryOptions } from '../../src/query/model-query-options';
import { DEFAULT_STALE_TIME } from '../../src/query/retry-policy';
import { requestsTo, setupMockServer } from '../hooks/utils';

setupMockServer();

const client = createOpenRouterClient();
const eu = createOpenRouterClient({ baseUrl: 'https://eu.openrouter.ai/api/v1' });

describe('modelEndpointsQueryOptions', () => {
  test('key under the model key, canonical id; scoped by base URL', () => {
    expect(modelEndpointsQueryOptions(client, 'openai/gpt-4o').queryKey).toEqual([
      'openrouter',
      'models',
      'detail',
      'openai/gpt-4o',
      'endpoints',
    ]);
    expect(modelEndpointsQueryOptions(client, { author: 'openai', slug: 'gpt-4o' }).queryKey).toEqual(
      modelEndpointsQueryOptions(client, 'openai/gpt-4o').queryKey,
    );
    const scoped = modelEndpointsQueryOptions(eu, 'openai/gpt-4o').queryKey;
    expect(scoped).toEqual([
      'openrouter',
      'models',
      'detail',
      'openai/gpt-4o',
      { baseUrl: 'https://eu.openrouter.ai/api/v1' },
      'endpoints',
    ]);
    // the model's own key (scoped or not) is a prefix of its providers' key
    expect(scoped.slice(0, 5)).toEqual(modelQueryOptions(eu, 'openai/gpt-4o').queryKey);
    expect(modelKeys.endpoints('openai/gpt-4o').slice(0, 4)).toEqual(modelKeys.detail('openai/gpt-4o'));
  });

  test('a shorter staleTime than the catalogue (30-minute figures)', () => {
    expect(modelEndpointsQueryOptions(client, 'openai/gpt-4o').staleTime).toBe(ENDPOINTS_STALE_TIME);
    expect(ENDPOINTS_STALE_TIME).toBeLessThan(DEFAULT_STALE_TIME);
  });

  test('prefetch on a server (no React), dehydrate, hydrate: typed getQueryData, no second request', async () => {
    const server = new QueryClient();
    await server.prefetchQuery(modelEndpointsQueryOptions(client, 'anthropic/claude-sonnet-4.6'));
    const browser = new QueryClient();
    hydrate(browser, JSON.parse(JSON.stringify(dehydrate(server))));
    const cached = browser.getQueryData(
      modelEndpointsQueryOptions(client, 'anthropic/claude-sonnet-4.6').queryKey,
    );
    expect(cached?.data.endpoints.length).toBeGreaterThan(1);
    await browser.ensureQueryData(modelEndpointsQueryOptions(client, 'anthropic/claude-sonnet-4.6'));
    expect(requestsTo('/endpoints')).toHaveLength(1);
  });

  test('invalidating the model (its detail key) refetches its providers', async () => {
    const queryClient = new QueryClient();
    await queryClient.fetchQuery(modelEndpointsQueryOptions(client, 'anthropic/claude-sonnet-4.6'));
    // keep the query active-less but refetchable: invalidate with refetchType 'all'
    await queryClient.invalidateQueries({
      queryKey: modelKeys.detail('anthropic/claude-sonnet-4.6'),
      refetchType: 'all',
    });
    expect(requestsTo('/endpoints')).toHaveLength(2);
  });
});
