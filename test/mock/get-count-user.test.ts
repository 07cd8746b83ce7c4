import { NotFoundError, UnauthorizedError } from '../../src/core';
import { createModelsHandlers, makeSyntheticModels, mockModels, type RawModel } from '../../src/mock';
import { mockEndpointsFixture } from '../../src/mock/mock-endpoints-body';
import { mockModelFacts } from '../../src/mock/mock-model-facts';
import { getJson, testClient, setupMockServer } from './server';

const server = setupMockServer();
const client = testClient();

describe('GET /models/count', () => {
  it('counts text models by default; equals the list length for the same modalities', async () => {
    const models = [...mockModels, ...makeSyntheticModels(500, 11)];
    server.use(...createModelsHandlers({ models }));
    for (const outputModalities of [
      undefined,
      'all',
      ['text'],
      ['image'],
      ['embeddings', 'audio'],
    ] as const) {
      const { data } = await client.models.count(outputModalities === undefined ? {} : { outputModalities });
      const list = await client.models.list(outputModalities === undefined ? {} : { outputModalities });
      expect(data.count).toBe(list.data.length);
    }
    expect((await client.models.count({ outputModalities: 'all' })).data.count).toBe(models.length);
    expect((await client.models.count()).data.count).toBeLessThan(models.length);
  });

  it('has the body { data: { count } } and ignores list filters', async () => {
    expect((await getJson('/models/count')).body).toEqual({ data: { count: 337 } });
    expect((await getJson('/models/count?context=1000000')).body).toEqual({ data: { count: 337 } });
  });
});

describe('GET /model/{author}/{slug}', () => {
  it('an exact id', async () => {
    const { data } = await client.models.get('openai/gpt-5.5');
    expect(data.id).toBe('openai/gpt-5.5');
    expect(data.name).toBe(mockModels.find((m) => m.id === 'openai/gpt-5.5')!.name);
    const { body } = await getJson('/model/openai/gpt-5.5');
    expect(body).toEqual({ data: mockModels.find((m) => m.id === 'openai/gpt-5.5') });
  });

  it('a variant with its own entry comes back as it is', async () => {
    const { data } = await client.models.get({ author: 'openai', slug: 'gpt-oss-120b', variant: 'free' });
    expect(data.id).toBe('openai/gpt-oss-120b:free');
    expect(data.name).toBe('OpenAI: gpt-oss-120b (free)');
  });

  it('a variant without an entry resolves to its base model, the id carrying the variant', async () => {
    const free = await client.models.get('anthropic/claude-sonnet-4.6:free');
    expect(free.data.id).toBe('anthropic/claude-sonnet-4.6:free');
    expect(free.data.canonicalSlug).toBe(
      mockModels.find((m) => m.id === 'anthropic/claude-sonnet-4.6')!.canonical_slug,
    );
    expect(free.data.name).toMatch(/\(free\)$/);
    expect(free.data.pricing.prompt).toBe('0');
    const online = await client.models.get('openai/gpt-5.5:online');
    expect(online.data.id).toBe('openai/gpt-5.5:online');
    expect(online.data.pricing.prompt).toBe(
      mockModels.find((m) => m.id === 'openai/gpt-5.5')!.pricing!.prompt,
    );
  });

  it('an alias in the data gets alias_target: the newest model of that author and name', async () => {
    const { data } = await client.models.get('~anthropic/claude-sonnet-latest');
    expect(data.id).toBe('~anthropic/claude-sonnet-latest');
    expect(data.aliasTarget).toEqual({
      slug: 'anthropic/claude-sonnet-4.6',
      name: mockModels.find((m) => m.id === 'anthropic/claude-sonnet-4.6')!.name,
    });
    const sonnets = mockModels.filter((m) => m.id.startsWith('anthropic/claude-sonnet'));
    expect(Math.max(...sonnets.map((m) => m.created!))).toBe(
      mockModels.find((m) => m.id === data.aliasTarget!.slug)!.created,
    );
  });

  it('an alias not in the data resolves to its target under the alias id', async () => {
    const { data } = await client.models.get('~qwen/qwen3-coder-latest');
    expect(data.id).toBe('~qwen/qwen3-coder-latest');
    const coders = mockModels.filter((m) => m.id.startsWith('qwen/qwen3-coder') && !m.id.includes(':'));
    const newest = coders.reduce((a, b) => (b.created! > a.created! ? b : a));
    expect(data.aliasTarget).toEqual({ slug: newest.id, name: newest.name });
    expect(data.contextLength).toBe(newest.context_length);
  });

  it('alias entries in the list carry alias_target too', async () => {
    const { data } = await client.models.list({ q: 'latest', modelAuthors: ['anthropic'] });
    const sonnet = data.find((m) => m.id === '~anthropic/claude-sonnet-latest')!;
    expect(sonnet.aliasTarget?.slug).toBe('anthropic/claude-sonnet-4.6');
  });

  it('a canonical slug resolves to its model', async () => {
    const { data } = await client.models.get('z-ai/glm-5.2-20260616');
    expect(data.id).toBe('z-ai/glm-5.2');
  });

  it.each([
    'openai/no-such-model',
    'nobody/gpt-5.5',
    'openai/gpt-5.5:bogus',
    '~openai/nothing-like-this-latest',
  ])('404 for %s', async (id) => {
    const error = await client.models.get(id).catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    expect(error.message).toContain('Model not found');
  });

  it('404 body shape (plain fetch), also for a malformed path', async () => {
    for (const path of ['/model/openai/no-such-model', '/model/openai', '/model/a/b/c']) {
      const { status, body } = await getJson(path);
      expect(status).toBe(404);
      expect(body).toEqual({ error: { code: 404, message: 'Model not found' } });
    }
  });
});

describe('GET /models/user', () => {
  it('401 without a bearer token', async () => {
    for (const headers of [undefined, { Authorization: 'Bearer ' }, { Authorization: 'Basic abc' }]) {
      const { status, body } = await getJson('/models/user', { headers });
      expect(status).toBe(401);
      expect(body).toEqual({ error: { code: 401, message: 'Missing Authentication header' } });
    }
  });

  it("the server's 401 is an UnauthorizedError from the core client", async () => {
    // The core refuses to send a request without a token; a fetch that drops the header reaches the server.
    await expect(client.models.listForUser()).rejects.toBeInstanceOf(UnauthorizedError);
    const dropAuth: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.delete('Authorization');
      return fetch(input, { ...init, headers });
    };
    const error = await testClient({ fetch: dropAuth })
      .models.listForUser({ bearer: 'sk-or-test' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error.status).toBe(401);
    expect(error.message).toContain('Missing Authentication header');
    expect(error.message).not.toContain('sk-or-test');
  });

  it('with a bearer: the default user list leaves out :free variants, and pages', async () => {
    const res = await client.models.listForUser({ bearer: 'sk-or-test' });
    expect(res.data.length).toBe(mockModels.filter((m) => !m.id.endsWith(':free')).length);
    expect(res.data.some((m) => m.id.endsWith(':free'))).toBe(false);
    const page = await client.models.listForUser({ bearer: 'sk-or-test', offset: 5, limit: 10 });
    expect(page.data.map((m) => m.id)).toEqual(res.data.slice(5, 15).map((m) => m.id));
    expect(page.totalCount).toBe(res.data.length);
    expect(page.links.next).toContain('/api/v1/models/user?');
  });

  it('the `userModels` option sets the list; output_modalities applies', async () => {
    const userModels = makeSyntheticModels(50, 5);
    server.use(...createModelsHandlers({ userModels }));
    const all = await client.models.listForUser({ bearer: 'x-token', outputModalities: 'all' });
    expect(all.data.map((m) => m.id)).toEqual(userModels.map((m) => m.id));
    const text = await client.models.listForUser({ bearer: 'x-token' });
    expect(text.data.every((m) => m.architecture.outputModalities.includes('text'))).toBe(true);
  });

  it('on an eu. host: only models with an EU endpoint (stand-in regions)', async () => {
    server.use(...createModelsHandlers({ baseUrl: 'https://eu.openrouter.ai/api/v1' }));
    const eu = testClient({ baseUrl: 'https://eu.openrouter.ai/api/v1' });
    const { data } = await eu.models.listForUser({ bearer: 'x-token' });
    expect(data.length).toBeGreaterThan(0);
    expect(data.length).toBeLessThan(300);
    expect(
      data.every((m) => mockModelFacts(mockModels.find((r) => r.id === m.id)!).regions.includes('eu')),
    ).toBe(true);
  });
});

describe('GET /models/{author}/{slug}/endpoints', () => {
  it('the recorded fixture for its model', async () => {
    const { status, body } = await getJson('/models/google/gemini-2.5-pro-preview/endpoints');
    expect(status).toBe(200);
    expect(body).toEqual(mockEndpointsFixture);
  });

  it('stand-in endpoints (one per stand-in provider) for other models, also by canonical slug', async () => {
    const { body } = await getJson('/models/z-ai/glm-5.2-20260616/endpoints', {
      headers: { Authorization: 'Bearer x-token' },
    });
    const model = mockModels.find((m) => m.id === 'z-ai/glm-5.2') as RawModel;
    expect(body.data.id).toBe('z-ai/glm-5.2');
    expect([...new Set(body.data.endpoints.map((e: { provider_name: string }) => e.provider_name))]).toEqual(
      mockModelFacts(model).providers,
    );
    // The author's own host at the model's price (other hosts of open weights vary: stand-ins).
    expect(body.data.endpoints[0].pricing.prompt).toBe(model.pricing!.prompt);
    for (const e of body.data.endpoints) {
      expect(e.context_length).toBe(model.context_length);
      expect(e.throughput_last_30m.p50).toBeGreaterThan(0);
      expect(e.latency_last_30m.p50).toBeGreaterThan(0);
    }
  });

  it('404 for an unknown model', async () => {
    const { status, body } = await getJson('/models/openai/no-such-model/endpoints');
    expect(status).toBe(404);
    expect(body.error.code).toBe(404);
  });
});
