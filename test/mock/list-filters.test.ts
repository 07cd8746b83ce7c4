import { BadRequestError } from '../../src/core';
import { perMillionValue } from '../../src/model/pricing';
import { createModelsHandlers, makeSyntheticModels, mockModels, type RawModel } from '../../src/mock';
import { CATEGORY_KEYWORDS, mockModelFacts } from '../../src/mock/mock-model-facts';
import { API, getJson, testClient, setupMockServer } from './server';

const server = setupMockServer();
const client = testClient();

const ids = (models: ReadonlyArray<{ id: string }>) => models.map((m) => m.id);
const raw = (id: string) => mockModels.find((m) => m.id === id)!;
const all = mockModels;
const DAY = 86_400;
const NOW = Math.max(...all.map((m) => m.created ?? 0));

async function list(filters: Parameters<typeof client.models.list>[0]) {
  const res = await client.models.list(filters);
  expect(res.dropped).toEqual([]);
  return res.data;
}

/** Every result passes `keep`, and the result is exactly the fixture's entries that pass it (in order). */
async function expectFilter(
  filters: Parameters<typeof client.models.list>[0],
  keep: (m: RawModel) => boolean,
) {
  const data = await list(filters);
  const expected = all
    .filter((m) => m.architecture!.output_modalities!.includes('text') && keep(m))
    .map((m) => m.id);
  expect(ids(data)).toEqual(expected);
  expect(data.length).toBeGreaterThan(0);
  expect(data.length).toBeLessThan(all.length);
  return data;
}

describe('GET /models: output modalities', () => {
  it('returns the whole fixture by default, text output only, with total_count and links', async () => {
    const { body } = await getJson('/models');
    expect(body.data).toHaveLength(337);
    expect(body.total_count).toBe(337);
    expect(body.links).toEqual({ next: null });
    expect(body.data.every((m: RawModel) => m.architecture!.output_modalities!.includes('text'))).toBe(true);
    // Entries are the fixture's, unchanged (aliases gain alias_target).
    expect(body.data[0]).toEqual(all[0]);
  });

  it('defaults to text, and `all` widens to image, embedding and audio models', async () => {
    const models = [...mockModels, ...makeSyntheticModels(300, 7)];
    server.use(...createModelsHandlers({ models }));
    const textOnly = await list({});
    const every = await list({ outputModalities: 'all' });
    expect(every).toHaveLength(models.length);
    expect(textOnly.length).toBeLessThan(every.length);
    expect(textOnly.every((m) => m.architecture.outputModalities.includes('text'))).toBe(true);
    expect(every.some((m) => !m.architecture.outputModalities.includes('text'))).toBe(true);
    // `all` inside a list also means all
    const { body } = await getJson('/models?output_modalities=text,all');
    expect(body.data).toHaveLength(models.length);
  });

  it('a list of output modalities keeps models with any of them', async () => {
    server.use(...createModelsHandlers({ models: [...mockModels, ...makeSyntheticModels(300, 7)] }));
    const data = await list({ outputModalities: ['image', 'embeddings'] });
    expect(data.length).toBeGreaterThan(0);
    expect(
      data.every((m) => m.architecture.outputModalities.some((o) => o === 'image' || o === 'embeddings')),
    ).toBe(true);
    expect(data.some((m) => m.architecture.outputModalities.includes('embeddings'))).toBe(true);
    expect(data.some((m) => m.architecture.outputModalities.includes('image'))).toBe(true);
  });

  it('image output in the real fixture', async () => {
    const data = await list({ outputModalities: ['image'] });
    expect(ids(data)).toEqual(
      all.filter((m) => m.architecture!.output_modalities!.includes('image')).map((m) => m.id),
    );
    expect(data.length).toBe(7);
  });
});

describe('GET /models: each filter narrows', () => {
  it('supported_parameters: all listed must be supported', async () => {
    const want = ['tools', 'structured_outputs'];
    await expectFilter({ supportedParameters: want }, (m) =>
      want.every((p) => m.supported_parameters!.includes(p)),
    );
  });

  it('input_modalities: all listed must be accepted', async () => {
    await expectFilter({ inputModalities: ['image', 'file'] }, (m) =>
      ['image', 'file'].every((x) => m.architecture!.input_modalities!.includes(x)),
    );
  });

  it('q: case-insensitive over name and id; every word must match', async () => {
    const data = await expectFilter({ q: 'CLAUDE' }, (m) =>
      `${m.name} ${m.id}`.toLowerCase().includes('claude'),
    );
    expect(ids(data)).toContain('anthropic/claude-sonnet-4.6');
    const two = await list({ q: 'sonnet claude' });
    expect(ids(two)).toContain('anthropic/claude-sonnet-4.6');
    expect(two.every((m) => /sonnet/i.test(m.name + m.id) && /claude/i.test(m.name + m.id))).toBe(true);
    expect(await list({ q: 'gpt-oss-120b' })).toHaveLength(2);
  });

  it('context: minimum context length', async () => {
    await expectFilter({ context: 1_000_000 }, (m) => (m.context_length ?? 0) >= 1_000_000);
  });

  it('min_price / max_price: prompt price per million tokens; variable prices are out', async () => {
    const data = await expectFilter({ minPrice: 1, maxPrice: 3 }, (m) => {
      const p = perMillionValue(m.pricing!.prompt);
      return p !== null && p >= 1 && p <= 3;
    });
    expect(data.every((m) => !m.id.startsWith('openrouter/'))).toBe(true);
    const free = await list({ maxPrice: 0 });
    expect(free.every((m) => m.pricing.prompt === '0')).toBe(true);
    expect(ids(free)).toContain('openai/gpt-oss-120b:free');
  });

  it('min_output_price / max_output_price: completion price per million tokens', async () => {
    await expectFilter({ minOutputPrice: 10, maxOutputPrice: 20 }, (m) => {
      const p = perMillionValue(m.pricing!.completion);
      return p !== null && p >= 10 && p <= 20;
    });
  });

  it('arch: tokenizer (by prefix) or name family, case-insensitive', async () => {
    await expectFilter(
      { arch: 'claude' },
      (m) => m.architecture!.tokenizer === 'Claude' || /claude/i.test(m.name.split(': ').pop()!),
    );
    const llama = await list({ arch: 'Llama' });
    const tokenizers = new Set(llama.map((m) => m.architecture.tokenizer));
    expect(tokenizers.has('Llama2') && tokenizers.has('Llama3') && tokenizers.has('Llama4')).toBe(true);
    const glm = await list({ arch: 'GLM' });
    expect(ids(glm)).toContain('z-ai/glm-5.2');
  });

  it('model_authors: the id prefix before "/" (aliases count for their author)', async () => {
    const data = await expectFilter({ modelAuthors: ['anthropic', 'openai'] }, (m) =>
      /^~?(anthropic|openai)\//.test(m.id),
    );
    expect(ids(data)).toContain('~anthropic/claude-sonnet-latest');
  });

  it('providers (stand-in: author → first-party hosts, open weights → inference hosts)', async () => {
    const openai = await list({ providers: ['OpenAI'] });
    expect(new Set(openai.map((m) => m.id.replace(/^~/, '').split('/')[0]))).toEqual(new Set(['openai']));
    expect(openai.length).toBe(all.filter((m) => /^~?openai\//.test(m.id)).length);
    // names match case- and punctuation-insensitively
    expect(ids(await list({ providers: ['amazon-bedrock'] }))).toEqual(
      ids(await list({ providers: ['Amazon Bedrock'] })),
    );
    const hosted = await expectFilter({ providers: ['DeepInfra'] }, (m) =>
      mockModelFacts(m).providers.includes('DeepInfra'),
    );
    expect(hosted.every((m) => m.huggingFaceId)).toBe(true);
  });

  it('distillable (stand-in: open weights) splits the list in two', async () => {
    const yes = await expectFilter({ distillable: true }, (m) => !!m.hugging_face_id);
    const no = await expectFilter({ distillable: false }, (m) => !m.hugging_face_id);
    expect(yes.length + no.length).toBe(all.length);
  });

  it('zdr (stand-in: a ZDR provider; never :free)', async () => {
    const data = await expectFilter({ zdr: true }, (m) => mockModelFacts(m).zdr);
    expect(data.some((m) => m.id.endsWith(':free'))).toBe(false);
    const { body } = await getJson('/models?zdr=false');
    expect(body.data).toHaveLength(all.length);
  });

  it('region (stand-in: provider regions)', async () => {
    const eu = await expectFilter({ region: 'eu' }, (m) => mockModelFacts(m).regions.includes('eu'));
    expect(ids(eu)).toContain('mistralai/mistral-large-2512');
    const us = await expectFilter({ region: 'us' }, (m) => mockModelFacts(m).regions.includes('us'));
    expect(us.length).toBeGreaterThan(eu.length);
  });

  it('category (stand-in: keywords in name and description)', async () => {
    const data = await expectFilter({ category: 'programming' }, (m) =>
      CATEGORY_KEYWORDS.programming.test(`${m.name} ${m.id} ${m.description}`),
    );
    expect(ids(data)).toContain('qwen/qwen3-coder');
    await expectFilter({ category: 'translation' }, (m) =>
      CATEGORY_KEYWORDS.translation.test(`${m.name} ${m.id} ${m.description}`),
    );
  });

  it('min_age_days / max_age_days: from created, relative to the fixed now (the newest model)', async () => {
    const recent = await expectFilter({ maxAgeDays: 30 }, (m) => Math.floor((NOW - m.created!) / DAY) <= 30);
    expect(ids(recent)).toContain('z-ai/glm-5.2');
    await expectFilter({ minAgeDays: 365, maxAgeDays: 730 }, (m) => {
      const age = Math.floor((NOW - m.created!) / DAY);
      return age >= 365 && age <= 730;
    });
  });

  it('a `now` option moves the age window', async () => {
    server.use(...createModelsHandlers({ now: new Date((NOW + 1000 * DAY) * 1000) }));
    expect(await list({ maxAgeDays: 30 })).toHaveLength(0);
  });

  it('intelligence / coding / agentic index bounds (Artificial Analysis)', async () => {
    await expectFilter(
      { minIntelligenceIndex: 50 },
      (m) => (m.benchmarks?.artificial_analysis?.intelligence_index ?? -1) >= 50,
    );
    await expectFilter({ minCodingIndex: 30, maxCodingIndex: 40 }, (m) => {
      const v = m.benchmarks?.artificial_analysis?.coding_index;
      return v != null && v >= 30 && v <= 40;
    });
    await expectFilter({ maxAgenticIndex: 20 }, (m) => {
      const v = m.benchmarks?.artificial_analysis?.agentic_index;
      return v != null && v <= 20;
    });
  });

  it('tool success rate (stand-in: only models that take tools)', async () => {
    const data = await expectFilter(
      { minToolSuccessRate: 0.95 },
      (m) => (mockModelFacts(m).toolSuccessRate ?? -1) >= 0.95,
    );
    expect(data.every((m) => m.supportedParameters.includes('tools'))).toBe(true);
  });

  it('filters combine (intersection)', async () => {
    const a = ids(await list({ inputModalities: ['image'] }));
    const b = ids(await list({ supportedParameters: ['tools'] }));
    const both = ids(await list({ inputModalities: ['image'], supportedParameters: ['tools'] }));
    expect(both).toEqual(a.filter((id) => b.includes(id)));
  });

  it('raw values on the wire (plain fetch)', async () => {
    const { body } = await getJson(
      `/models?supported_parameters=tools,reasoning&input_modalities=image&model_authors=openai`,
    );
    expect(body.data.length).toBeGreaterThan(0);
    for (const m of body.data as RawModel[]) {
      expect(m.id).toMatch(/^~?openai\//);
      expect(m.supported_parameters).toEqual(expect.arrayContaining(['tools', 'reasoning']));
    }
    expect(raw('openai/gpt-5.5')).toBeDefined();
  });
});

describe('GET /models: bad parameters are a 400', () => {
  it.each([
    'context=-1',
    'context=1.5',
    'context=abc',
    'limit=0',
    'limit=1001',
    'offset=-1',
    'min_price=-1',
    'min_price=5&max_price=1',
    'min_age_days=2.5',
    'min_tool_success_rate=1.5',
    'sort=cheapest',
    'category=cooking',
    'distillable=maybe',
    'region=asia',
    'zdr=yes',
  ])('%s', async (query) => {
    const { status, body } = await getJson(`/models?${query}`);
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: 400, message: expect.any(String) } });
    expect(body.error.message).toMatch(/Invalid/);
  });

  it('surfaces as BadRequestError from the core client', async () => {
    const error = await client.models.list({ sort: 'cheapest' }).catch((e) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/sort/);
  });

  it('unknown parameters are ignored', async () => {
    const { status, body } = await getJson('/models?use_rss=false&foo=bar');
    expect(status).toBe(200);
    expect(body.data).toHaveLength(all.length);
  });
});

describe('base URLs', () => {
  it.each([
    ['regional host', 'https://eu.openrouter.ai/api/v1'],
    ['proxy with a path', 'http://localhost:8787/openrouter/v1/'],
    ['wildcard host', '*/api/v1'],
  ])('%s', async (_, baseUrl) => {
    server.use(...createModelsHandlers({ baseUrl }));
    const target = baseUrl.startsWith('*') ? 'https://any.example.com/api/v1' : baseUrl;
    const c = testClient({ baseUrl: target });
    expect((await c.models.list({ limit: 3 })).data).toHaveLength(3);
    expect((await c.models.count()).data.count).toBe(337);
    expect((await c.models.get('openai/gpt-5.5')).data.id).toBe('openai/gpt-5.5');
  });

  it('the default handlers do not answer other hosts', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(fetch('https://eu.openrouter.ai/api/v1/models')).rejects.toThrow();
    quiet.mockRestore();
    expect(API).toBe('https://openrouter.ai/api/v1');
  });
});
