import { hashKey, QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { createOpenRouterClient, DEFAULT_BASE_URL } from '../../src/core/client';
import type { ModelsListFilters } from '../../src/core/types';
import { modelKeys, userKeyOf } from '../../src/query/model-keys';
import { modelCountQueryOptions } from '../../src/query/model-count-query-options';
import { modelQueryOptions } from '../../src/query/model-query-options';
import { modelsInfiniteQueryOptions } from '../../src/query/models-infinite-query-options';
import { modelsQueryOptions } from '../../src/query/models-query-options';
import { myModelsQueryOptions } from '../../src/query/my-models-query-options';

const client = createOpenRouterClient();
const eu = createOpenRouterClient({ baseUrl: 'https://eu.openrouter.ai/api/v1' });

describe('modelKeys: equal filters give equal keys', () => {
  test.each<[string, ModelsListFilters, ModelsListFilters]>([
    ['key order', { sort: 'newest', q: 'gpt', context: 8000 }, { context: 8000, q: 'gpt', sort: 'newest' }],
    [
      'undefined values',
      { q: 'gpt' },
      { q: 'gpt', sort: undefined, category: undefined, providers: undefined },
    ],
    [
      'list order and duplicates',
      { inputModalities: ['image', 'text'] },
      { inputModalities: ['text', 'image', 'text'] },
    ],
    ['whitespace', { q: 'gpt', modelAuthors: ['openai'] }, { q: '  gpt ', modelAuthors: [' openai'] }],
    ['empty values', {}, { q: '', providers: [], zdr: false }],
    ['"all" among modalities', { outputModalities: 'all' }, { outputModalities: ['text', 'all'] }],
  ])('%s', (_label, a, b) => {
    expect(modelKeys.list(a)).toEqual(modelKeys.list(b));
    expect(hashKey(modelKeys.list(a))).toBe(hashKey(modelKeys.list(b)));
    expect(modelsQueryOptions(client, a).queryKey).toEqual(modelsQueryOptions(client, b).queryKey);
  });

  test('no filters, {} and undefined are one key', () => {
    expect(modelKeys.list()).toEqual(modelKeys.list({}));
    expect(modelsQueryOptions(client).queryKey).toEqual(['openrouter', 'models', 'list', {}]);
  });

  test('any reordering with undefined extras gives the same key (property)', () => {
    const filters = fc.record(
      {
        q: fc.constantFrom('gpt', 'claude', 'llama'),
        sort: fc.constantFrom('newest', 'most-popular'),
        context: fc.integer({ min: 1, max: 2_000_000 }),
        maxPrice: fc.double({ min: 0, max: 100, noNaN: true }),
        providers: fc.uniqueArray(fc.constantFrom('OpenAI', 'Anthropic', 'Google'), { maxLength: 3 }),
        distillable: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filters, fc.integer(), (f, seed) => {
        const entries = Object.entries(f);
        // A deterministic shuffle, list values reversed, and an undefined extra.
        const shuffled = entries
          .map((e, i) => [e, (i * 7919 + seed) % 97] as const)
          .sort((x, y) => x[1] - y[1])
          .map(([e]) => e);
        const other = Object.fromEntries(
          shuffled.map(([k, v]) => [k, Array.isArray(v) ? [...v].reverse() : v]),
        ) as ModelsListFilters;
        (other as Record<string, unknown>).region = undefined;
        expect(hashKey(modelKeys.list(f as ModelsListFilters))).toBe(hashKey(modelKeys.list(other)));
      }),
    );
  });

  test('different questions give different keys', () => {
    const hashes = new Set(
      [
        {},
        { q: 'gpt' },
        { q: 'gpt', sort: 'newest' },
        { outputModalities: 'all' },
        { outputModalities: ['image'] },
        { distillable: false },
        { distillable: true },
        { offset: 0, limit: 10 },
        { offset: 10, limit: 10 },
      ].map((f) => hashKey(modelKeys.list(f as ModelsListFilters))),
    );
    expect(hashes.size).toBe(9);
  });
});

describe('modelKeys: one root, general to specific', () => {
  test('every key starts at the root and under its family', () => {
    const all = [
      [modelKeys.lists(), modelsQueryOptions(client, { q: 'x' }).queryKey],
      [modelKeys.details(), modelQueryOptions(client, 'openai/gpt-4o').queryKey],
      [modelKeys.counts(), modelCountQueryOptions(client).queryKey],
      [modelKeys.userLists(), myModelsQueryOptions(client, { bearer: 'sk-secret-token' }).queryKey],
      [modelKeys.infiniteLists(), modelsInfiniteQueryOptions(client).queryKey],
    ] as const;
    for (const [family, key] of all) {
      expect(key.slice(0, family.length)).toEqual(family);
      expect(key.slice(0, 2)).toEqual(modelKeys.models());
      expect(key[0]).toBe(modelKeys.all[0]);
    }
  });

  test('invalidating a family reaches every host, and only that family', async () => {
    const queryClient = new QueryClient();
    const listKey = modelsQueryOptions(client, { q: 'a' }).queryKey;
    const euListKey = modelsQueryOptions(eu, { q: 'a' }).queryKey;
    const detailKey = modelQueryOptions(client, 'openai/gpt-4o').queryKey;
    for (const key of [listKey, euListKey, detailKey]) queryClient.setQueryData(key, { data: [] } as never);
    await queryClient.invalidateQueries({ queryKey: modelKeys.lists() });
    expect(queryClient.getQueryState(listKey)!.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(euListKey)!.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(detailKey)!.isInvalidated).toBe(false);
    expect(queryClient.getQueryCache().findAll({ queryKey: modelKeys.all })).toHaveLength(3);
  });
});

describe('modelKeys: the host is part of the question', () => {
  test('a regional baseUrl gives a different key than the default', () => {
    const a = modelsQueryOptions(client, { q: 'gpt' }).queryKey;
    const b = modelsQueryOptions(eu, { q: 'gpt' }).queryKey;
    expect(hashKey(a)).not.toBe(hashKey(b));
    expect(b).toEqual([
      'openrouter',
      'models',
      'list',
      { q: 'gpt' },
      { baseUrl: 'https://eu.openrouter.ai/api/v1' },
    ]);
    for (const [x, y] of [
      [modelQueryOptions(client, 'openai/gpt-4o').queryKey, modelQueryOptions(eu, 'openai/gpt-4o').queryKey],
      [modelCountQueryOptions(client).queryKey, modelCountQueryOptions(eu).queryKey],
      [
        myModelsQueryOptions(client, { bearer: 't0ken-1' }).queryKey,
        myModelsQueryOptions(eu, { bearer: 't0ken-1' }).queryKey,
      ],
      [modelsInfiniteQueryOptions(client).queryKey, modelsInfiniteQueryOptions(eu).queryKey],
    ]) {
      expect(hashKey(x)).not.toBe(hashKey(y));
    }
  });

  test('the default URL spelled out, or with a trailing slash, is the default key', () => {
    const explicit = createOpenRouterClient({ baseUrl: `${DEFAULT_BASE_URL}/` });
    expect(modelsQueryOptions(explicit).queryKey).toEqual(modelsQueryOptions(client).queryKey);
    const proxyA = createOpenRouterClient({ baseUrl: 'https://proxy.example.com/or/api/v1/' });
    const proxyB = createOpenRouterClient({ baseUrl: 'https://proxy.example.com/or/api/v1' });
    expect(modelsQueryOptions(proxyA).queryKey).toEqual(modelsQueryOptions(proxyB).queryKey);
  });

  test('an API key is never part of a key', () => {
    const keyed = createOpenRouterClient({ apiKey: 'sk-or-v1-secret-abcdef' });
    expect(JSON.stringify(modelsQueryOptions(keyed).queryKey)).not.toContain('secret');
    expect(modelsQueryOptions(keyed).queryKey).toEqual(modelsQueryOptions(client).queryKey);
  });
});

describe('modelKeys: details and user lists', () => {
  test('"author/slug" and { author, slug } are one key; variants are their own', () => {
    expect(modelKeys.detail('openai/gpt-4')).toEqual(modelKeys.detail({ author: 'openai', slug: 'gpt-4' }));
    expect(modelKeys.detail('openai/gpt-4:free')).toEqual(
      modelKeys.detail({ author: 'openai', slug: 'gpt-4', variant: 'free' }),
    );
    expect(modelKeys.detail('openai/gpt-4:free')).toEqual(
      modelKeys.detail({ author: 'openai', slug: 'gpt-4:free' }),
    );
    expect(modelKeys.detail('openai/gpt-4:free')).not.toEqual(modelKeys.detail('openai/gpt-4'));
    expect(modelKeys.detail('~anthropic/claude-sonnet-latest')).toEqual([
      'openrouter',
      'models',
      'detail',
      '~anthropic/claude-sonnet-latest',
    ]);
  });

  test('an invalid id or filter still has a stable, serialisable key', () => {
    expect(modelKeys.detail('a/b/c')).toEqual(modelKeys.detail('a/b/c'));
    expect(() => hashKey(modelKeys.detail({ author: 'a/b', slug: 'c' }))).not.toThrow();
    expect(hashKey(modelKeys.list({ context: -1 }))).toBe(hashKey(modelKeys.list({ context: -1 })));
    expect(hashKey(modelKeys.list({ context: -1 }))).not.toBe(hashKey(modelKeys.list({ context: -2 })));
    expect(hashKey(modelKeys.list({ context: -1 }))).not.toBe(hashKey(modelKeys.list({})));
  });

  test('a bearer never enters a user-list key; two tokens never share one', () => {
    const alice = myModelsQueryOptions(client, { bearer: 'sk-or-v1-alice-secret' }).queryKey;
    const alice2 = myModelsQueryOptions(client, { bearer: 'sk-or-v1-alice-secret' }).queryKey;
    const bob = myModelsQueryOptions(client, { bearer: 'sk-or-v1-bob-secret' }).queryKey;
    expect(JSON.stringify([alice, bob])).not.toMatch(/secret|sk-or|alice|bob/);
    expect(alice).toEqual(alice2);
    expect(hashKey(alice)).not.toBe(hashKey(bob));
    expect(userKeyOf('sk-or-v1-alice-secret')).toBe(userKeyOf('sk-or-v1-alice-secret'));
    expect(userKeyOf('sk-or-v1-alice-secret')).not.toContain('alice');
  });

  test('user-list filters are normalised like the others', () => {
    const a = myModelsQueryOptions(client, {
      bearer: 'tok-1234',
      userKey: 'u1',
      outputModalities: ['image', 'text'],
    }).queryKey;
    const b = myModelsQueryOptions(client, {
      outputModalities: ['text', 'image'],
      userKey: 'u1',
      bearer: 'tok-5678',
      offset: undefined,
    }).queryKey;
    expect(a).toEqual(b);
    expect(a).toEqual(['openrouter', 'models', 'user', 'u1', { outputModalities: ['image', 'text'] }]);
  });
});
