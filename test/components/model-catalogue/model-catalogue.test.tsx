import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
  dehydrate,
  type DehydratedState,
} from '@tanstack/react-query';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelCatalogue } from '../../../src/components/model-catalogue/model-catalogue';
import { createOpenRouterClient, type OpenRouterClient } from '../../../src/core/client';
import { OpenRouterProvider } from '../../../src/hooks/openrouter-provider';
import { mockFailure } from '../../../src/mock';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  type ModelsUrlState,
} from '../../../src/model/url-state';
import { modelsInfiniteQueryOptions } from '../../../src/query/models-infinite-query-options';
import { modelsQueryOptions } from '../../../src/query/models-query-options';
import {
  rawModels,
  renderWithProviders,
  requests,
  requestsTo,
  server,
  sleep,
  setupMockServer,
} from '../../hooks/utils';

setupMockServer();

const go = (url: string) => window.history.replaceState(null, '', url);
const countText = () => document.querySelector('[data-slot="model-catalogue-count"]')?.textContent ?? '';
const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

describe('ModelCatalogue (jsdom)', () => {
  beforeEach(() => go('/models?tab=all'));
  afterEach(() => go('/'));

  it('loading skeleton, then a page of cards with the live count; "Show more" pages on', async () => {
    const { container } = renderWithProviders(
      <ModelCatalogue storage={null} paging="button" pageSize={12} />,
    );
    expect(container.querySelector('[data-slot="model-catalogue-results"]')).toHaveAttribute(
      'data-state',
      'loading',
    );
    expect(container.querySelectorAll('[data-slot="model-catalogue-skeletons"] > *').length).toBeGreaterThan(
      0,
    );
    await waitFor(() => expect(countText()).toBe('Showing 12 of 337 models'));
    expect(container.querySelectorAll('[data-slot="model-catalogue-list"] > li')).toHaveLength(12);
    // The list's own pages (the filter panel asks for the whole catalogue for its choices).
    const pages = () =>
      requestsTo('/models')
        .filter((r) => r.url.searchParams.has('limit'))
        .map((r) => r.url.search);
    expect(pages()).toEqual(['?limit=12&offset=0']);
    await userEvent.click(screen.getByRole('button', { name: 'Show more models (325 left)' }));
    await waitFor(() => expect(countText()).toBe('Showing 24 of 337 models'));
    expect(pages()).toEqual(['?limit=12&offset=0', '?limit=12&offset=12']);
  });

  it('filters, sort and search go to the URL (push, replace while typing) and to the API with the same names', async () => {
    renderWithProviders(<ModelCatalogue storage={null} />);
    await waitFor(() => expect(countText()).toContain('of 337 models'));
    const length = window.history.length;
    await userEvent.click(
      within(screen.getByRole('group', { name: 'Input' })).getByRole('checkbox', { name: 'Image' }),
    );
    await waitFor(() => expect(window.location.search).toBe('?tab=all&input_modalities=image'));
    expect(window.history.length).toBe(length + 1);
    await waitFor(() =>
      expect(requestsTo('/models').at(-1)?.url.search).toBe('?input_modalities=image&limit=24&offset=0'),
    );
    // Only pages: the filter panel does not fetch the whole filtered list to count it.
    expect(requestsTo('/models').filter((r) => r.url.searchParams.get('input_modalities'))).toHaveLength(1);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search models' }), 'gpt');
    await waitFor(() => expect(window.location.search).toBe('?tab=all&input_modalities=image&q=gpt'));
    expect(window.history.length).toBe(length + 1); // typing replaced
    await waitFor(() => expect(countText()).toMatch(/^Showing \d+ of \d+ models?$/));
    for (const h of screen.getAllByRole('heading', { level: 3 }))
      expect(h.textContent?.toLowerCase()).toContain('gpt');
  });

  it('empty: "Clear filters" clears filters and search, keeps the sort and the app’s parameters', async () => {
    go('/models?tab=all&max_price=0&max_output_price=0&context=2000000&sort=newest');
    renderWithProviders(<ModelCatalogue storage={null} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(window.location.search).toBe('?tab=all&sort=newest'));
    await waitFor(() => expect(countText()).toContain('of 337 models'));
  });

  it('error: the reason and "Try again", which recovers', async () => {
    server.use(mockFailure({ kind: '500', path: '/models' }));
    renderWithProviders(
      <ModelCatalogue storage={null} showFilters={false} queryOptions={{ retry: false }} />,
    );
    const results = screen.getByRole('region', { name: 'Models' });
    const alert = await within(results).findByRole('alert');
    expect(alert).toHaveTextContent(/./);
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(countText()).toContain('of 337 models'));
  });

  it('Back restores the filters; the table view is remembered in storage', async () => {
    const storage = memory();
    const first = renderWithProviders(<ModelCatalogue storage={storage} />);
    await waitFor(() => expect(countText()).toContain('of 337 models'));
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('checkbox', { name: /Free models only/ }));
    await waitFor(() => expect(countText()).not.toContain('337'));
    expect(within(screen.getByRole('table')).getAllByRole('row').length).toBeGreaterThan(1);
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    await act(async () => {
      window.history.back();
      await popped;
    });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Free models only/ })).not.toBeChecked());
    await waitFor(() => expect(countText()).toContain('of 337 models'));
    first.unmount();
    renderWithProviders(<ModelCatalogue storage={storage} />);
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('urlState={false} leaves the URL alone; controlled state/onStateChange hand it to a router', async () => {
    const first = renderWithProviders(
      <ModelCatalogue storage={null} urlState={false} defaultState={{ filters: { zdr: true } }} />,
    );
    await waitFor(() => expect(countText()).toMatch(/Showing/));
    await userEvent.click(screen.getByRole('checkbox', { name: /Free models only/ }));
    expect(window.location.search).toBe('?tab=all');
    first.unmount();

    const changes: Array<[ModelsUrlState, string]> = [];
    renderWithProviders(
      <ModelCatalogue
        storage={null}
        state={{ filters: { modelAuthors: ['openai'] } }}
        onStateChange={(s, o) => changes.push([s, o.history])}
      />,
    );
    await waitFor(() => expect(countText()).toMatch(/Showing/));
    await userEvent.click(screen.getByRole('checkbox', { name: /Free models only/ }));
    expect(changes).toEqual([
      [{ filters: { modelAuthors: ['openai'], maxPrice: 0, maxOutputPrice: 0 } }, 'push'],
    ]);
    expect(window.location.search).toBe('?tab=all');
  });

  it('details: a dialog with every price and parameter, closed by Escape', async () => {
    renderWithProviders(<ModelCatalogue storage={null} />);
    await waitFor(() => expect(countText()).toContain('of 337 models'));
    await userEvent.click(screen.getAllByRole('button', { name: /^Details of / })[0]);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: 'Prices' })).toBeInTheDocument();
    expect(within(dialog).getByRole('rowheader', { name: 'Input' })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Supported parameters' })).toBeInTheDocument();
    // Its providers: the ModelProviders table, from GET /models/{id}/endpoints.
    const providers = within(dialog).getByRole('region', { name: 'Providers' });
    expect(await within(providers).findByRole('table', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(requestsTo('/endpoints')).toHaveLength(1);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  describe('details in the URL (details=)', () => {
    // The mock's default order is the data's, text output by default: the first page and beyond.
    const listed = rawModels.filter((m) => (m.architecture?.output_modalities ?? ['text']).includes('text'));
    const modelRequests = () => requests.filter((r) => r.url.pathname.includes('/model/'));
    const popped = () => new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    const back = () =>
      act(async () => {
        const done = popped();
        window.history.back();
        await done;
      });
    const forward = () =>
      act(async () => {
        const done = popped();
        window.history.forward();
        await done;
      });
    const details = () => new URLSearchParams(window.location.search).get('details');

    it('opening pushes details=<id>; Back closes, Forward reopens; Close goes back to the entry it was opened from; no list request, the pages stay', async () => {
      renderWithProviders(<ModelCatalogue storage={null} paging="button" pageSize={12} />);
      await waitFor(() => expect(countText()).toBe('Showing 12 of 337 models'));
      await userEvent.click(screen.getByRole('button', { name: 'Show more models (325 left)' }));
      await waitFor(() => expect(countText()).toBe('Showing 24 of 337 models'));
      const lists = requestsTo('/models').length;
      const before = window.location.pathname + window.location.search + window.location.hash;
      const pushedFrom = () => window.history.state?.['react-openrouter-models:from'];
      // A model of the second page, with a variant-free id written as it reads.
      const model = listed[20];
      await userEvent.click(screen.getByRole('button', { name: `Details of ${model.name}` }));
      expect(window.location.search).toBe(`?tab=all&details=${model.id}`);
      // A new entry, pushed from the page as it was.
      expect(pushedFrom()).toBe(before);
      const dialog = screen.getByRole('dialog', { name: model.name });
      expect(within(dialog).getByRole('heading', { name: 'Prices' })).toBeInTheDocument();

      await back();
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(window.location.search).toBe('?tab=all');
      await forward();
      expect(await screen.findByRole('dialog', { name: model.name })).toBeInTheDocument();
      expect(details()).toBe(model.id);

      // Close: back to the entry the dialog was opened from (so Back then leaves the page rather
      // than showing it once more): no entry added, none rewritten into a copy.
      await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
      await waitFor(() => expect(window.location.search).toBe('?tab=all'));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(pushedFrom()).toBeUndefined();
      // Forward is the dialog's entry, as after Back.
      await forward();
      expect(await screen.findByRole('dialog', { name: model.name })).toBeInTheDocument();
      await back();
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

      await act(() => sleep(50));
      expect(countText()).toBe('Showing 24 of 337 models');
      expect(requestsTo('/models')).toHaveLength(lists);
      // It was in the list: not fetched by id.
      expect(modelRequests()).toEqual([]);
    });

    it('a link with details= opens the dialog on mount; a model not in the loaded pages is fetched by id', async () => {
      const first = listed[3];
      go(`/models?tab=all&details=${first.id}`);
      const inList = renderWithProviders(<ModelCatalogue storage={null} />);
      expect(await screen.findByRole('dialog', { name: first.name })).toBeInTheDocument();
      expect(modelRequests()).toEqual([]);
      inList.unmount();

      const far = listed.at(-1)!;
      go(`/models?tab=all&details=${far.id}`);
      renderWithProviders(<ModelCatalogue storage={null} />);
      await waitFor(() => expect(countText()).toBe('Showing 24 of 337 models'));
      expect(screen.queryByRole('button', { name: `Details of ${far.name}` })).toBeNull();
      const dialog = await screen.findByRole('dialog', { name: far.name });
      expect(within(dialog).getByRole('heading', { name: 'Prices' })).toBeInTheDocument();
      expect(modelRequests().map((r) => r.url.pathname)).toEqual([`/api/v1/model/${far.id}`]);
      // Escape closes it, the URL rewritten.
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(window.location.search).toBe('?tab=all');
    });

    it('a variant, from a link; an unknown id shows "Not found"; an invalid one is dropped (no dialog, no throw)', async () => {
      const free = listed.find((m) => m.id.endsWith(':free'))!;
      go(`/models?details=${free.id.replace(':', '%3A').replace('/', '%2F')}`);
      const variant = renderWithProviders(<ModelCatalogue storage={null} />);
      expect(await screen.findByRole('dialog', { name: free.name })).toBeInTheDocument();
      variant.unmount();

      go('/models?details=nobody/no-such-model');
      const unknown = renderWithProviders(<ModelCatalogue storage={null} queryOptions={{ retry: false }} />);
      const dialog = await screen.findByRole('dialog', { name: 'nobody/no-such-model' });
      expect(await within(dialog).findByRole('alert')).toHaveTextContent('Not found');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(window.location.search).toBe('');
      unknown.unmount();

      const asked = modelRequests().length;
      for (const bad of ['../x', 'a%2Fb/c']) {
        go(`/models?zdr=true&details=${bad}`);
        const page = renderWithProviders(<ModelCatalogue storage={null} />);
        await waitFor(() => expect(countText()).toMatch(/^Showing \d+ of \d+ models?$/));
        expect(screen.queryByRole('dialog')).toBeNull();
        expect(modelRequests()).toHaveLength(asked);
        page.unmount();
      }
    });

    it('in the account view too: the pages shown stay through opening and closing, no request', async () => {
      renderWithProviders(
        <ModelCatalogue storage={null} scope="user" bearer="sk-or-v1-details-bearer" paging="button" />,
      );
      await waitFor(() => expect(countText()).toMatch(/^Showing 24 of \d+ models your account can use$/));
      await userEvent.click(screen.getByRole('button', { name: /^Show more models/ }));
      await waitFor(() => expect(countText()).toMatch(/^Showing 48 of /));
      const asked = requests.length;
      const buttons = screen.getAllByRole('button', { name: /^Details of / });
      await userEvent.click(buttons[30]);
      expect(details()).not.toBeNull();
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      await back();
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      await forward();
      await screen.findByRole('dialog');
      await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
      await act(() => sleep(50));
      expect(countText()).toMatch(/^Showing 48 of /);
      // (The dialog's providers table asks for the model's endpoints: no list.)
      expect(requests.slice(asked).filter((r) => /\/models(\/user)?$/.test(r.url.pathname))).toEqual([]);
    });

    it('controlled: onStateChange gets details (push to open, replace to close), not the API', async () => {
      const changes: Array<[ModelsUrlState, string]> = [];
      function Routed() {
        const [state, setState] = useState<ModelsUrlState>({ filters: { modelAuthors: ['openai'] } });
        return (
          <ModelCatalogue
            storage={null}
            state={state}
            onStateChange={(next, o) => {
              changes.push([next, o.history]);
              setState(next);
            }}
          />
        );
      }
      renderWithProviders(<Routed />);
      await waitFor(() => expect(countText()).toMatch(/Showing/));
      const lists = requestsTo('/models').length;
      const button = screen.getAllByRole('button', { name: /^Details of / })[0];
      await userEvent.click(button);
      const id = changes[0]?.[0].details;
      expect(id).toMatch(/^openai\//);
      expect(changes).toEqual([[{ filters: { modelAuthors: ['openai'] }, details: id }, 'push']]);
      expect(screen.getByRole('dialog')).toBeInTheDocument();
      await userEvent.keyboard('{Escape}');
      expect(changes.at(-1)).toEqual([{ filters: { modelAuthors: ['openai'] } }, 'replace']);
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(window.location.search).toBe('?tab=all');
      expect(requestsTo('/models')).toHaveLength(lists);
    });
  });

  describe('account view (scope="user")', () => {
    const BEARER = 'sk-or-v1-catalogue-bearer-0123';
    it('with a bearer: only the models the account can use, among the filtered list; the switch shows all', async () => {
      renderWithProviders(<ModelCatalogue storage={null} scope="user" bearer={BEARER} />);
      const toggle = screen.getByRole('switch', { name: 'Only models my account can use' });
      expect(toggle).toBeChecked();
      await waitFor(() => expect(countText()).toMatch(/^Showing 24 of \d+ models your account can use$/));
      const total = Number(/of (\d+)/.exec(countText())![1]);
      // The mock's user list: the models without their :free variants.
      expect(total).toBe(
        rawModels.filter(
          (m) => !m.id.endsWith(':free') && (m.architecture?.output_modalities ?? ['text']).includes('text'),
        ).length,
      );
      expect(requestsTo('/models/user')[0].authorization).toBe(`Bearer ${BEARER}`);
      expect(document.body.innerHTML).not.toContain(BEARER);
      expect(window.location.href).not.toContain(BEARER);
      await userEvent.click(toggle);
      await waitFor(() => expect(countText()).toBe('Showing 24 of 337 models'));
    });

    it('asks only GET /models/user with no filter, sort or search; with one, the public list for it too, once', async () => {
      renderWithProviders(<ModelCatalogue storage={null} scope="user" bearer={BEARER} urlState={false} />);
      await waitFor(() => expect(countText()).toMatch(/your account can use$/));
      const all = Number(/of (\d+)/.exec(countText())![1]);
      expect(requestsTo('/models/user')).toHaveLength(1);
      // (The filter panel's choices come from the whole catalogue, `output_modalities=all`.)
      const lists = () => requestsTo('/models').filter((r) => r.url.search !== '?output_modalities=all');
      expect(lists()).toEqual([]);
      await userEvent.click(
        within(screen.getByRole('group', { name: 'Input' })).getByRole('checkbox', { name: 'Image' }),
      );
      await waitFor(() => expect(Number(/of (\d+)/.exec(countText())?.[1])).toBeLessThan(all));
      const list = lists();
      expect(list).toHaveLength(1);
      expect(list[0].url.searchParams.get('input_modalities')).toBe('image');
      expect(requestsTo('/models/user')).toHaveLength(1);
      // Every model shown takes images (the public list's filter), and the account can use it (no :free).
      const shown = rawModels.filter(
        (m) => !m.id.endsWith(':free') && (m.architecture?.input_modalities ?? []).includes('image'),
      );
      expect(countText()).toMatch(
        new RegExp(
          `of ${shown.filter((m) => (m.architecture?.output_modalities ?? ['text']).includes('text')).length} models`,
        ),
      );
    });

    it('with the provider’s apiKey and no bearer: the same list', async () => {
      renderWithProviders(<ModelCatalogue storage={null} scope="user" />, {
        clientOptions: { apiKey: 'sk-or-v1-provider-key-4567' },
      });
      await waitFor(() => expect(countText()).toMatch(/your account can use$/));
      expect(requestsTo('/models/user')[0].authorization).toBe('Bearer sk-or-v1-provider-key-4567');
    });

    it('without a token: "Sign in…", not an error (no request); a 401 from the server says the same', async () => {
      const signedOut = renderWithProviders(<ModelCatalogue storage={null} scope="user" />);
      expect(await screen.findByText('Sign in to see the models your account can use')).toBeInTheDocument();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(requestsTo('/models/user')).toHaveLength(0);
      await userEvent.click(screen.getByRole('button', { name: 'Show all models' }));
      await waitFor(() => expect(countText()).toBe('Showing 24 of 337 models'));
      signedOut.unmount();

      server.use(mockFailure({ kind: 'status', status: 401, path: '/models/user' }));
      renderWithProviders(<ModelCatalogue storage={null} scope="user" bearer="expired-token-xyz" />);
      expect(await screen.findByText('Sign in to see the models your account can use')).toBeInTheDocument();
      expect(requestsTo('/models/user')).toHaveLength(1);
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });
});

describe('ModelCatalogue on a server: filters read from the URL, list prefetched', () => {
  function App({
    queryClient,
    client,
    state,
    search,
  }: {
    queryClient: QueryClient;
    client: OpenRouterClient;
    state: DehydratedState;
    search: string;
  }) {
    return (
      <QueryClientProvider client={queryClient}>
        <OpenRouterProvider client={client}>
          <HydrationBoundary state={state}>
            <ModelCatalogue storage={null} serverSearch={search} />
          </HydrationBoundary>
        </OpenRouterProvider>
      </QueryClientProvider>
    );
  }
  it('renders the filtered list to a string, and hydrates with no warning and no request', async () => {
    const search = '?input_modalities=image&q=gpt&sort=newest&tab=2';
    go('/models' + search);
    // The server: read the URL, prefetch the first page the catalogue asks for, render.
    const client = createOpenRouterClient();
    const serverClient = new QueryClient();
    const { state: urlState } = filtersFromSearchParams(search);
    const filters = { ...urlState.filters, sort: urlState.sort, q: urlState.q };
    await Promise.all([
      serverClient.prefetchInfiniteQuery(modelsInfiniteQueryOptions(client, filters, { pageSize: 24 })),
      // The filter panel's: its match count (the list for these filters) and its choices (the whole catalogue).
      serverClient.prefetchQuery(modelsQueryOptions(client, filters)),
      serverClient.prefetchQuery(modelsQueryOptions(client, { outputModalities: 'all' })),
    ]);
    const dehydrated = JSON.parse(JSON.stringify(dehydrate(serverClient))) as DehydratedState;
    const html = renderToString(
      <App queryClient={serverClient} client={client} state={dehydrated} search={search} />,
    );
    expect(html).toMatch(/Showing <!-- -->\d+<!-- --> of <!-- -->\d+ models?|Showing \d+ of \d+ models?/);
    expect(html).toContain('value="gpt"');
    const names = [...html.matchAll(/<h3[^>]*>(.*?)<\/h3>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.toLowerCase()).toContain('gpt');
    expect(filtersToSearchParams(urlState).toString()).toBe('input_modalities=image&q=gpt&sort=newest');

    requests.length = 0;
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const recoverable: unknown[] = [];
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    let root!: Root;
    try {
      await act(async () => {
        root = hydrateRoot(
          container,
          <App
            queryClient={new QueryClient()}
            client={createOpenRouterClient()}
            state={dehydrated}
            search={search}
          />,
          {
            onRecoverableError: (error) => recoverable.push(error),
          },
        );
      });
      await act(() => sleep(50));
    } finally {
      console.error = original;
    }
    expect(recoverable).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.map((r) => r.url.pathname + r.url.search)).toEqual([]);
    expect(container.querySelectorAll('h3').length).toBe(names.length);
    act(() => root.unmount());
    container.remove();
  });
});
