// The picker's server search (use-server-search.ts) asks only for what it can add: one page
// (`limit`), only when the local list is not already a complete answer with a page of matches,
// and its answers do not stay in the cache for every prefix typed.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ModelPicker } from '../../../src/components/model-picker/model-picker';
import {
  SERVER_SEARCH_DELAY,
  SERVER_SEARCH_GC_TIME,
  SERVER_SEARCH_LIMIT,
} from '../../../src/components/model-picker/use-server-search';
import type { PreferenceStorage } from '../../../src/components/model-picker/use-model-preferences';
import { parseModelsList } from '../../../src/core/parse';
import { createModelSearchIndex } from '../../../src/model/search-index';
import { createModelsHandlers, mockModels } from '../../../src/mock';

const requests: URL[] = [];
const server = setupServer(...createModelsHandlers());
server.events.on('request:start', ({ request }) => {
  requests.push(new URL(request.url));
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

const searches = () => requests.filter((u) => u.searchParams.has('q'));
// Waits in act(): the search's timer sets state while the test waits.
const pause = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

function memoryStorage(): PreferenceStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function renderPicker(ui: ReactNode) {
  // gcTime Infinity, as an app may set it: the search's own short gcTime must still hold.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
  return queryClient;
}

async function openPicker(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /choose a model/i }));
  const input = await screen.findByRole('combobox', { name: /search models/i });
  await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
  return input;
}

/** How many of the (text) fixture models the local search matches for `q`. */
function localMatches(q: string): number {
  const text = parseModelsList({
    data: mockModels.filter((m) => m.architecture?.output_modalities?.includes('text')),
  })!.data;
  return createModelSearchIndex(text).searchIndices(q).length;
}

/** The `q` of every server-search query in the cache. */
function cachedSearches(queryClient: QueryClient): string[] {
  return queryClient
    .getQueryCache()
    .findAll({ queryKey: ['openrouter', 'models', 'list'] })
    .map((q) => (q.queryKey[3] as { q?: string }).q)
    .filter((q): q is string => q !== undefined);
}

describe('ModelPicker server search', () => {
  it('asks for one page (limit) from the start, once typing pauses, when the local matches are fewer than a page', async () => {
    expect(localMatches('gemini')).toBeLessThan(SERVER_SEARCH_LIMIT);
    const user = userEvent.setup();
    renderPicker(<ModelPicker storage={memoryStorage()} />);
    const input = await openPicker(user);
    await user.type(input, 'gemini');
    await waitFor(() => expect(searches().length).toBe(1), { timeout: 2000 });
    const [url] = searches();
    expect(url.searchParams.get('q')).toBe('gemini');
    expect(url.searchParams.get('limit')).toBe(String(SERVER_SEARCH_LIMIT));
    expect(url.searchParams.has('offset')).toBe(false);
    // The list itself is still fetched whole.
    const list = requests.filter((u) => u.pathname.endsWith('/models') && !u.searchParams.has('q'));
    expect(list.length).toBeGreaterThan(0);
    for (const u of list) expect(u.searchParams.has('limit') || u.searchParams.has('offset')).toBe(false);
  });

  it('sends nothing while the complete local list already has a page of matches, and asks once they are fewer', async () => {
    expect(localMatches('openai')).toBeGreaterThanOrEqual(SERVER_SEARCH_LIMIT);
    const user = userEvent.setup();
    renderPicker(<ModelPicker storage={memoryStorage()} />);
    const input = await openPicker(user);
    await user.type(input, 'openai');
    await pause(SERVER_SEARCH_DELAY + 300);
    expect(searches()).toEqual([]);
    // A broad prefix sends nothing either.
    await user.clear(input);
    await user.type(input, 'o');
    await pause(SERVER_SEARCH_DELAY + 300);
    expect(searches()).toEqual([]);
    await user.clear(input);
    await user.type(input, 'gemini');
    await waitFor(() => expect(searches().map((u) => u.searchParams.get('q'))).toEqual(['gemini']), {
      timeout: 2000,
    });
  });

  it('a list fetched as one page (filters with offset and limit) is no complete answer: it asks, from the start', async () => {
    const user = userEvent.setup();
    renderPicker(
      <ModelPicker storage={memoryStorage()} serverSearch defaultFilters={{ offset: 20, limit: 200 }} />,
    );
    const input = await openPicker(user);
    // Most of these 200 models have an "a": far more than a page of local matches.
    await user.type(input, 'a');
    await waitFor(() => expect(searches().length).toBe(1), { timeout: 2000 });
    const [url] = searches();
    expect(url.searchParams.get('q')).toBe('a');
    expect(url.searchParams.get('limit')).toBe(String(SERVER_SEARCH_LIMIT));
    expect(url.searchParams.has('offset')).toBe(false);
  });

  it('keeps an answer only a moment after it stops showing, not one per prefix typed', async () => {
    const user = userEvent.setup();
    const queryClient = renderPicker(<ModelPicker storage={memoryStorage()} />);
    const input = await openPicker(user);
    await user.type(input, 'gemin');
    await waitFor(
      () =>
        expect(
          queryClient.getQueryCache().findAll({
            predicate: (q) => (q.queryKey[3] as { q?: string }).q === 'gemin' && q.state.status === 'success',
          }).length,
        ).toBe(1),
      { timeout: 2000 },
    );
    await user.type(input, 'i');
    await waitFor(
      () =>
        expect(
          queryClient.getQueryCache().findAll({
            predicate: (q) =>
              (q.queryKey[3] as { q?: string }).q === 'gemini' && q.state.status === 'success',
          }).length,
        ).toBe(1),
      { timeout: 2000 },
    );
    expect(cachedSearches(queryClient)).toContain('gemin');
    await pause(SERVER_SEARCH_GC_TIME + 300);
    // The shown search stays; the prefix before it has gone, whatever the app's gcTime.
    expect(cachedSearches(queryClient)).toEqual(['gemini']);
  });
});
