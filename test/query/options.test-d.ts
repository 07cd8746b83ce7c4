import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { createOpenRouterClient } from '../../src/core/client';
import type { OpenRouterError } from '../../src/core/errors';
import type { ModelResponse, ModelsCountResponse, ModelsListResponse } from '../../src/core/types';
import { useInfiniteModels } from '../../src/hooks/use-infinite-models';
import { useModel, useSuspenseModel } from '../../src/hooks/use-model';
import { useModelCount, useSuspenseModelCount } from '../../src/hooks/use-model-count';
import { useModels, useSuspenseModels } from '../../src/hooks/use-models';
import { useMyModels } from '../../src/hooks/use-my-models';
import { modelCountQueryOptions } from '../../src/query/model-count-query-options';
import { modelQueryOptions } from '../../src/query/model-query-options';
import { modelsInfiniteQueryOptions } from '../../src/query/models-infinite-query-options';
import { modelsQueryOptions } from '../../src/query/models-query-options';
import { myModelsQueryOptions } from '../../src/query/my-models-query-options';

const client = createOpenRouterClient();
const queryClient = new QueryClient();

describe('option factories: the cache is typed', () => {
  test('getQueryData(modelsQueryOptions(...).queryKey)', () => {
    expectTypeOf(queryClient.getQueryData(modelsQueryOptions(client).queryKey)).toEqualTypeOf<
      ModelsListResponse | undefined
    >();
    expectTypeOf(queryClient.getQueryData(modelsQueryOptions(client, { q: 'gpt' }).queryKey)).toEqualTypeOf<
      ModelsListResponse | undefined
    >();
  });

  test('the other factories', () => {
    expectTypeOf(queryClient.getQueryData(modelQueryOptions(client, 'openai/gpt-4o').queryKey)).toEqualTypeOf<
      ModelResponse | undefined
    >();
    expectTypeOf(queryClient.getQueryData(modelCountQueryOptions(client).queryKey)).toEqualTypeOf<
      ModelsCountResponse | undefined
    >();
    expectTypeOf(
      queryClient.getQueryData(myModelsQueryOptions(client, { bearer: 't' }).queryKey),
    ).toEqualTypeOf<ModelsListResponse | undefined>();
    // TanStack's data tag on an infinite key leaves the page param as `unknown`.
    expectTypeOf(queryClient.getQueryData(modelsInfiniteQueryOptions(client).queryKey)).toEqualTypeOf<
      InfiniteData<ModelsListResponse, unknown> | undefined
    >();
  });

  test('setQueryData is checked against the data type', () => {
    queryClient.setQueryData(modelCountQueryOptions(client).queryKey, { data: { count: 1 } });
    // @ts-expect-error a count is not a list
    queryClient.setQueryData(modelsQueryOptions(client).queryKey, { data: { count: 1 } });
  });

  test('fetchQuery / ensureQueryData resolve to the data type', () => {
    expectTypeOf(
      queryClient.fetchQuery(modelsQueryOptions(client)),
    ).resolves.toEqualTypeOf<ModelsListResponse>();
    expectTypeOf(
      queryClient.ensureQueryData(modelQueryOptions(client, 'a/b')),
    ).resolves.toEqualTypeOf<ModelResponse>();
  });

  test("the user list: a bearer (empty while signed out), or none for the client's own key", () => {
    myModelsQueryOptions(client);
    myModelsQueryOptions(client, { userKey: 'u' });
    myModelsQueryOptions(client, { bearer: null });
    // @ts-expect-error a bearer is a string
    myModelsQueryOptions(client, { bearer: 42 });
  });
});

describe('hooks: data and error types', () => {
  test('useModels().data is ModelsListResponse | undefined', () => {
    expectTypeOf(useModels().data).toEqualTypeOf<ModelsListResponse | undefined>();
    expectTypeOf(useModels({ q: 'gpt' }).isPlaceholderData).toEqualTypeOf<boolean>();
  });

  test('with select, data is the selected type', () => {
    expectTypeOf(useModels({}, { select: (d) => d.data.length }).data).toEqualTypeOf<number | undefined>();
    expectTypeOf(useModel('a/b', { select: (d) => d.data.name }).data).toEqualTypeOf<string | undefined>();
    expectTypeOf(useModelCount({}, { select: (d) => d.data.count }).data).toEqualTypeOf<number | undefined>();
  });

  test('select receives the response type', () => {
    useModels(
      {},
      {
        select: (d) => {
          expectTypeOf(d).toEqualTypeOf<ModelsListResponse>();
          return d;
        },
      },
    );
  });

  test('errors are OpenRouterError | null', () => {
    expectTypeOf(useModel('a/b').error).toEqualTypeOf<OpenRouterError | null>();
    expectTypeOf(useModels().error).toEqualTypeOf<OpenRouterError | null>();
    expectTypeOf(useModelCount().error).toEqualTypeOf<OpenRouterError | null>();
    expectTypeOf(useMyModels({ bearer: 't' }).error).toEqualTypeOf<OpenRouterError | null>();
  });

  test('useModel and useMyModels data', () => {
    expectTypeOf(useModel({ author: 'a', slug: 'b' }).data).toEqualTypeOf<ModelResponse | undefined>();
    expectTypeOf(useMyModels({ bearer: undefined }).data).toEqualTypeOf<ModelsListResponse | undefined>();
  });

  test('Suspense twins: data is never undefined', () => {
    expectTypeOf(useSuspenseModels().data).toEqualTypeOf<ModelsListResponse>();
    expectTypeOf(useSuspenseModel('a/b').data).toEqualTypeOf<ModelResponse>();
    expectTypeOf(useSuspenseModelCount().data).toEqualTypeOf<ModelsCountResponse>();
    expectTypeOf(useSuspenseModels({}, { select: (d) => d.totalCount }).data).toEqualTypeOf<number>();
  });

  test('useInfiniteModels: pages, page params and error are typed', () => {
    expectTypeOf(useInfiniteModels().data).toEqualTypeOf<
      InfiniteData<ModelsListResponse, number> | undefined
    >();
    expectTypeOf(useInfiniteModels().error).toEqualTypeOf<OpenRouterError | null>();
    expectTypeOf(queryClient.fetchInfiniteQuery(modelsInfiniteQueryOptions(client))).resolves.toEqualTypeOf<
      InfiniteData<ModelsListResponse, number>
    >();
  });

  test('the key cannot be overridden through options', () => {
    // @ts-expect-error queryKey is set by the hook
    useModels({}, { queryKey: ['x'] });
    // @ts-expect-error queryFn is set by the hook
    useModel('a/b', { queryFn: () => ({}) as ModelResponse });
  });
});
