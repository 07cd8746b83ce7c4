// A small consumer app, type-checked against the packed tarball by scripts/consumer-test.mjs.
// The README's examples are these: keep them in step.
import { QueryClient, QueryClientProvider, dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { useState } from 'react';
import {
  EmptyState,
  ErrorState,
  ModelCard,
  ModelCardSkeleton,
  ModelPicker,
  OpenRouterProvider,
  FilterPanel,
  SortSelect,
  ModelCount,
  modelKeys,
  modelsQueryOptions,
  useModel,
  useModels,
  useModelCount,
  useMyModels,
  useModelPreferences,
  updateFilters,
  clearFilters,
  countActiveFilters,
  hasActiveFilters,
  ModelCatalogue,
  filtersFromSearchParams,
  filtersToSearchParams,
  modelsInfiniteQueryOptions,
  useUrlModelsState,
  type Model,
  type ModelSort,
  type ModelsUrlState,
  type ModelsListFilters,
  type ModelsListResponse,
} from 'react-openrouter-models';
import { createOpenRouterClient, NotFoundError, RateLimitError } from 'react-openrouter-models/core';
import {
  createModelSearchIndex,
  describeError,
  formatPrice,
  formatTokenCount,
  modelCapabilities,
  perMillion,
} from 'react-openrouter-models/model';
import 'react-openrouter-models/styles.css';

// --- Drop-in picker
export function ChatSettings() {
  const [model, setModel] = useState('openai/gpt-4o');
  return <ModelPicker value={model} onValueChange={setModel} />;
}

// --- Composed from parts (README), from an empty start
export function ComposedPicker() {
  const [model, setModel] = useState<string>();
  return (
    <ModelPicker.Root value={model} onValueChange={setModel} groupBy="author">
      <ModelPicker.Trigger placeholder="Model" />
      <ModelPicker.Content>
        <ModelPicker.Search />
        <ModelPicker.List height={420} />
        <ModelPicker.Status />
      </ModelPicker.Content>
    </ModelPicker.Root>
  );
}

export function App() {
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <OpenRouterProvider appTitle="My chat" httpReferer="https://example.com">
        <ChatSettings />
      </OpenRouterProvider>
    </QueryClientProvider>
  );
}

// --- Hooks
export function VisionModels() {
  const { data, isPending, error, isPlaceholderData } = useModels({
    inputModalities: ['image'],
    sort: 'newest',
  });
  if (isPending) return <p>Loading…</p>;
  if (error) return <p>{error.message}</p>;
  const list: ModelsListResponse = data;
  return (
    <ul style={{ opacity: isPlaceholderData ? 0.6 : 1 }}>
      {list.data.map((m: Model) => (
        <li key={m.id}>{m.name}</li>
      ))}
    </ul>
  );
}

export function OneModel({ id }: { id: string }) {
  const { data, error } = useModel(id);
  if (error instanceof NotFoundError) return <p>{id} no longer exists</p>;
  return data ? <ModelCard model={data.data} /> : null;
}

export function Count() {
  const count: number | undefined = useModelCount({ outputModalities: 'all' }).data?.data.count;
  const ids = useModels({}, { select: (r) => r.data.map((m) => m.id) }).data;
  const mine = useMyModels({ bearer: undefined }).data?.data.length;
  return (
    <p>
      {count} {ids?.length} {mine}
    </p>
  );
}

// --- Composed parts
export function Catalogue() {
  const [filters, setFilters] = useState<ModelsListFilters>({});
  const [sort, setSort] = useState<ModelSort | undefined>('newest');
  return (
    <>
      <FilterPanel filters={filters} onFiltersChange={setFilters} />
      <SortSelect value={sort} onValueChange={setSort} />
      {/* The sort kept in the filters, as SortSelect's doc comment shows (exactOptionalPropertyTypes). */}
      <SortSelect
        value={filters.sort}
        onValueChange={(s) => setFilters((f) => updateFilters(f, { sort: s }))}
      />
      <ModelCount />
    </>
  );
}

// --- Core alone
export async function cheapestVisionModel() {
  const client = createOpenRouterClient({ appTitle: 'My script' });
  try {
    const { data } = await client.models.list({
      inputModalities: ['image'],
      sort: 'pricing-low-to-high',
      limit: 5,
    });
    return data.map((m) => `${m.id}: ${formatPrice(perMillion(m.pricing.prompt))} in`);
  } catch (error) {
    if (error instanceof RateLimitError) return [`retry in ${error.retryAfterMs} ms`];
    throw error;
  }
}

// --- Server prefetch (e.g. a Next.js server component) + hydration
export async function prefetch() {
  const queryClient = new QueryClient();
  const client = createOpenRouterClient();
  await queryClient.prefetchQuery(modelsQueryOptions(client, { sort: 'newest' }));
  const cached: ModelsListResponse | undefined = queryClient.getQueryData(
    modelsQueryOptions(client, { sort: 'newest' }).queryKey,
  );
  void cached;
  queryClient.removeQueries({ queryKey: modelKeys.userLists() });
  return dehydrate(queryClient);
}

export function Hydrated({ state }: { state: ReturnType<typeof dehydrate> }) {
  return (
    <HydrationBoundary state={state}>
      <VisionModels />
    </HydrationBoundary>
  );
}

// --- Filter helpers
export function filterHelpers(): [ModelsListFilters, number, boolean] {
  return [
    updateFilters({ sort: 'newest' }, { inputModalities: [] }),
    countActiveFilters({ maxPrice: 0, maxOutputPrice: 0, inputModalities: ['image'] }),
    hasActiveFilters({ sort: 'newest' }),
  ];
}

// --- API: the core (README "Core")
export async function find(apiKey: string, id: string): Promise<Model | null> {
  const client = createOpenRouterClient({ apiKey, timeoutMs: 10_000 });
  try {
    return (await client.models.get(id)).data;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

// --- API: model helpers
export function modelHelpers(models: Model[], error: unknown) {
  const line = (m: Model) =>
    `${m.name}: ${formatPrice(perMillion(m.pricing.prompt))} in, ` +
    `${formatTokenCount(m.contextLength ?? 0)} tokens${modelCapabilities(m).vision ? ', vision' : ''}`;
  const index = createModelSearchIndex(models); // once per list
  const found = index.search('sonnet').map((i) => models[i]); // best first
  const { title, detail, retry } = describeError(error);
  return [models.map(line), found, title, detail, retry];
}

// --- API: query options
export async function queryOptionsExample() {
  const queryClient = new QueryClient();
  const client = createOpenRouterClient();
  await queryClient.prefetchQuery(modelsQueryOptions(client, { sort: 'newest' })); // e.g. in a loader
  const key = modelsQueryOptions(client, { sort: 'newest' }).queryKey;
  const list: ModelsListResponse | undefined = queryClient.getQueryData(key); // typed
  await queryClient.invalidateQueries({ queryKey: modelKeys.all }); // every model query of the kit
  return list;
}

// --- API: hooks
export function Header({ id }: { id: string }) {
  const name = useModel(id, { select: (r) => r.data.name }).data;
  const count = useModelCount({ outputModalities: 'all' }).data?.data.count;
  return (
    <h1>
      {name ?? id} (one of {count ?? '…'})
    </h1>
  );
}

// --- API: components of your own list
export function OwnCatalogue({
  filters,
  onFiltersChange,
}: {
  filters: ModelsListFilters;
  onFiltersChange(filters: ModelsListFilters): void;
}) {
  const { data, error, refetch, isFetching } = useModels(filters);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} retrying={isFetching} />;
  if (!data) return <ModelCardSkeleton />;
  if (data.data.length === 0) {
    if (!hasActiveFilters(filters)) return <EmptyState />;
    const clear = () => onFiltersChange(clearFilters(filters));
    return <EmptyState action={{ label: 'Clear filters', onClick: clear }} />;
  }
  return (
    <>
      {data.data.map((model) => (
        <ModelCard key={model.id} model={model} />
      ))}
    </>
  );
}

export function Favourites() {
  const { favourites, toggleFavourite } = useModelPreferences();
  return (
    <ul>
      {favourites.map((id) => (
        <li key={id}>
          <button type="button" onClick={() => toggleFavourite(id)}>
            Unpin {id}
          </button>
        </li>
      ))}
    </ul>
  );
}

// --- The catalogue (README "<ModelCatalogue />")
// Minimal stubs of the routers' own hooks, as their packages type them (next and react-router are
// not installed here): the two examples below are the README's, word for word.
declare const nextNavigation: {
  useSearchParams(): Pick<URLSearchParams, 'get' | 'getAll' | 'has' | 'forEach' | 'toString'>;
  useRouter(): {
    push(href: string, options?: { scroll?: boolean }): void;
    replace(href: string, options?: { scroll?: boolean }): void;
  };
  usePathname(): string;
};
declare const reactRouter: {
  useSearchParams(): [URLSearchParams, (next: URLSearchParams, options?: { replace?: boolean }) => void];
};

export function CatalogueDropIn({ session }: { session?: { openRouterToken: string; userId: string } }) {
  return (
    <>
      <ModelCatalogue />
      <ModelCatalogue urlState={false} defaultState={{ filters: { zdr: true } }} />
      <ModelCatalogue scope="user" bearer={session?.openRouterToken} userKey={session?.userId} />
      <ModelCatalogue.Root pageSize={12} paging="button">
        <ModelCatalogue.Search />
        <ModelCatalogue.Sort />
        <ModelCatalogue.Count />
        <ModelCatalogue.Results />
        <ModelCatalogue.Details />
      </ModelCatalogue.Root>
    </>
  );
}

export function NextCatalogue() {
  const { usePathname, useRouter, useSearchParams } = nextNavigation;
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  return (
    <ModelCatalogue
      state={filtersFromSearchParams(searchParams).state}
      onStateChange={(next, { history }) => {
        const query = filtersToSearchParams(next, { keep: searchParams }).toString();
        const href = query ? `${pathname}?${query}` : pathname;
        if (history === 'push') router.push(href, { scroll: false });
        else router.replace(href, { scroll: false });
      }}
    />
  );
}

export function ReactRouterCatalogue() {
  const { useSearchParams } = reactRouter;
  const [searchParams, setSearchParams] = useSearchParams();
  return (
    <ModelCatalogue
      state={filtersFromSearchParams(searchParams).state}
      onStateChange={(next, { history }) =>
        setSearchParams(filtersToSearchParams(next, { keep: searchParams }), {
          replace: history === 'replace',
        })
      }
    />
  );
}

export async function prefetchCatalogue(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
) {
  const queryClient = new QueryClient();
  const client = createOpenRouterClient();
  const { filters } = filtersFromSearchParams(await searchParams);
  await Promise.all([
    queryClient.prefetchInfiniteQuery(modelsInfiniteQueryOptions(client, filters, { pageSize: 24 })),
    queryClient.prefetchQuery(modelsQueryOptions(client, filters)),
    queryClient.prefetchQuery(modelsQueryOptions(client, { outputModalities: 'all' })),
  ]);
  return dehydrate(queryClient);
}

export function UrlStateOnly() {
  const { state, dropped, setState } = useUrlModelsState();
  const { state: read } = filtersFromSearchParams('?input_modalities=image&max_price=cheap&tab=2');
  const href: string = '?' + filtersToSearchParams({ ...read, sort: 'newest' }, { keep: '?tab=2' });
  const next: ModelsUrlState = { filters: { inputModalities: ['image'] }, sort: 'newest' };
  return (
    <button type="button" data-href={href} onClick={() => setState(next, { history: 'push' })}>
      {dropped.length} {state.q}
    </button>
  );
}
