import { parseModel, parseModelsCount, parseModelsList } from '../../src/core/parse';
import type { Model } from '../../src/core/types';
import { FIXTURES_DIR, fixtureJson, fixtureText, MODELS_2025, MODELS_2026 } from './fixtures';

type RawModel = Record<string, any>;

/** A minimal entry of the current schema, to be bent by each drift case. */
function raw(over: RawModel = {}): RawModel {
  return {
    id: 'openai/gpt-4o',
    canonical_slug: 'openai/gpt-4o-2024-05-13',
    name: 'OpenAI: GPT-4o',
    created: 1715558400,
    description: 'A model.',
    context_length: 128000,
    architecture: {
      modality: 'text+image->text',
      input_modalities: ['text', 'image'],
      output_modalities: ['text'],
      tokenizer: 'GPT',
      instruct_type: null,
    },
    pricing: { prompt: '0.0000025', completion: '0.00001', input_cache_read: '0.00000125' },
    top_provider: { context_length: 128000, max_completion_tokens: 16384, is_moderated: true },
    per_request_limits: null,
    supported_parameters: ['tools', 'temperature'],
    default_parameters: { temperature: 1, top_p: 1 },
    supported_voices: null,
    knowledge_cutoff: '2023-10-01',
    expiration_date: null,
    links: { details: '/api/v1/models/openai/gpt-4o/endpoints' },
    ...over,
  };
}

function one(entry: unknown): Model {
  const model = parseModel(entry);
  expect(model).toBeDefined();
  return model!;
}

describe('fixtures parse in full', () => {
  it(`reads the fixtures from ${FIXTURES_DIR}`, () => {
    expect(FIXTURES_DIR).toMatch(/fixtures$/);
  });

  it('models-2026-06-16.json: 337 models, nothing dropped', () => {
    const body = fixtureJson(MODELS_2026);
    expect(body.data).toHaveLength(337);
    const result = parseModelsList(body)!;
    expect(result.data).toHaveLength(337);
    expect(result.dropped).toEqual([]);
    expect(result.totalCount).toBe(337); // no total_count in this body: the number kept
    expect(result.links).toEqual({ next: null });
    expect(result.data.map((m) => m.id)).toEqual(body.data.map((m: RawModel) => m.id));
  });

  it('models-2025-05-23.json (older schema): 321 models, nothing dropped', () => {
    const body = fixtureJson(MODELS_2025);
    expect(body.data).toHaveLength(321);
    const result = parseModelsList(body)!;
    expect(result.data).toHaveLength(321);
    expect(result.dropped).toEqual([]);
    expect(result.totalCount).toBe(321);
    expect(result.data.map((m) => m.id)).toEqual(body.data.map((m: RawModel) => m.id));
  });

  it('every parsed model has the shape the kit promises', () => {
    for (const name of [MODELS_2026, MODELS_2025]) {
      for (const m of parseModelsList(fixtureJson(name))!.data) {
        const where = `${name} ${m.id}`;
        expect(typeof m.id, where).toBe('string');
        expect(m.name.length, where).toBeGreaterThan(0);
        expect(typeof m.canonicalSlug, where).toBe('string');
        expect(Number.isInteger(m.created) && m.created > 0, where).toBe(true);
        expect(m.contextLength === null || Number.isInteger(m.contextLength), where).toBe(true);
        expect(
          Array.isArray(m.architecture.inputModalities) && m.architecture.inputModalities.length > 0,
          where,
        ).toBe(true);
        expect(
          Array.isArray(m.architecture.outputModalities) && m.architecture.outputModalities.length > 0,
          where,
        ).toBe(true);
        expect(typeof m.pricing.prompt, where).toBe('string');
        expect(typeof m.pricing.completion, where).toBe('string');
        expect(typeof m.topProvider.isModerated, where).toBe('boolean');
        expect(Array.isArray(m.supportedParameters), where).toBe(true);
        expect(typeof m.links.details, where).toBe('string');
      }
    }
  });

  it('the 2025 body, without canonical_slug and links, gets safe fallbacks', () => {
    const body = fixtureJson(MODELS_2025);
    const m = parseModelsList(body)!.data.find((x) => x.id === 'anthropic/claude-opus-4')!;
    expect(m.canonicalSlug).toBe('anthropic/claude-opus-4');
    expect(m.links).toEqual({ details: '' });
    expect(m.defaultParameters).toBeNull();
    expect(m.supportedVoices).toBeNull();
    expect(m.pricing.request).toBe('0');
    expect(m.pricing.image).toBe('0.024');
    expect(m.pricing.inputCacheWrite).toBe('0.00001875');
    expect(m.huggingFaceId).toBe('');
  });

  it('spot-checks camelCase fields against the raw 2026 body', () => {
    const body = fixtureJson(MODELS_2026);
    const rawModel = body.data[0];
    const m = parseModelsList(body)!.data[0];
    expect(m.id).toBe('z-ai/glm-5.2');
    expect(m.canonicalSlug).toBe(rawModel.canonical_slug);
    expect(m.huggingFaceId).toBe('zai-org/GLM-5.2');
    expect(m.contextLength).toBe(1048576);
    expect(m.architecture.inputModalities).toEqual(['text']);
    expect(m.architecture.outputModalities).toEqual(['text']);
    expect(m.architecture.modality).toBe('text->text');
    expect(m.architecture.tokenizer).toBe('Other');
    expect(m.architecture.instructType).toBeNull();
    expect(m.topProvider).toEqual({
      contextLength: 1048576,
      maxCompletionTokens: 131072,
      isModerated: false,
    });
    expect(m.pricing).toEqual({ prompt: '0.0000014', completion: '0.0000044', inputCacheRead: '0.00000026' });
    expect(m.perRequestLimits).toBeNull();
    expect(m.supportedParameters).toContain('reasoning');
    expect(m.defaultParameters).toEqual({
      temperature: 1,
      topP: 0.95,
      topK: null,
      frequencyPenalty: null,
      presencePenalty: null,
      repetitionPenalty: null,
    });
    expect(m.knowledgeCutoff).toBeNull();
    expect(m.expirationDate).toBe('2098-12-31');
    expect(m.links.details).toBe('/api/v1/models/z-ai/glm-5.2-20260616/endpoints');
  });

  it('every snake_case field of the fixtures lands in its camelCase twin', () => {
    const body = fixtureJson(MODELS_2026);
    const parsed = parseModelsList(body)!.data;
    body.data.forEach((r: RawModel, i: number) => {
      const m = parsed[i];
      expect(m.contextLength).toBe(r.context_length);
      expect(m.created).toBe(r.created);
      expect(m.description).toBe(r.description);
      expect(m.topProvider.maxCompletionTokens).toBe(r.top_provider.max_completion_tokens);
      expect(m.topProvider.contextLength).toBe(r.top_provider.context_length);
      expect(m.architecture.inputModalities).toEqual(r.architecture.input_modalities);
      expect(m.pricing.inputCacheRead).toBe(r.pricing.input_cache_read);
      expect(m.pricing.inputCacheWrite).toBe(r.pricing.input_cache_write);
      expect(m.pricing.webSearch).toBe(r.pricing.web_search);
      expect(m.pricing.internalReasoning).toBe(r.pricing.internal_reasoning);
      expect(m.supportedParameters).toEqual(r.supported_parameters);
      if (r.benchmarks) {
        expect(m.benchmarks!.designArena).toHaveLength(r.benchmarks.design_arena.length);
        if (r.benchmarks.artificial_analysis)
          expect(m.benchmarks!.artificialAnalysis!.intelligenceIndex).toBe(
            r.benchmarks.artificial_analysis.intelligence_index,
          );
      }
    });
  });

  it('the raw file text parses the same way', () => {
    expect(parseModelsList(JSON.parse(fixtureText(MODELS_2026)))!.data).toHaveLength(337);
  });
});

describe('drift: the parser keeps what it can read', () => {
  it('ignores unknown fields at every level', () => {
    const m = one(
      raw({
        brand_new_field: { deep: [1, 2, 3] },
        architecture: { ...raw().architecture, new_thing: true },
        pricing: { ...raw().pricing, quantum_token: '0.1' },
        top_provider: { ...raw().top_provider, extra: 'x' },
      }),
    );
    expect(m).not.toHaveProperty('brand_new_field');
    expect(m.architecture).not.toHaveProperty('new_thing');
    expect(m.pricing).not.toHaveProperty('quantum_token');
    expect(m.pricing.prompt).toBe('0.0000025');
  });

  it('null or missing top_provider and default_parameters', () => {
    const a = one(raw({ top_provider: null, default_parameters: null, per_request_limits: null }));
    expect(a.topProvider).toEqual({ isModerated: false, contextLength: null, maxCompletionTokens: null });
    expect(a.defaultParameters).toBeNull();
    expect(a.perRequestLimits).toBeNull();
    const b = raw();
    delete b.top_provider;
    delete b.default_parameters;
    delete b.per_request_limits;
    const m = one(b);
    expect(m.topProvider.isModerated).toBe(false);
    expect(m.defaultParameters).toBeNull();
    expect(m.perRequestLimits).toBeNull();
  });

  it('default_parameters keeps exactly the keys the server sent', () => {
    expect(one(raw({ default_parameters: {} })).defaultParameters).toEqual({});
    expect(one(raw({ default_parameters: { temperature: 0.7 } })).defaultParameters).toEqual({
      temperature: 0.7,
    });
    expect(one(raw({ default_parameters: { temperature: null, top_k: 40 } })).defaultParameters).toEqual({
      temperature: null,
      topK: 40,
    });
  });

  it('per_request_limits when present', () => {
    expect(
      one(raw({ per_request_limits: { prompt_tokens: 1000, completion_tokens: '200' } })).perRequestLimits,
    ).toEqual({ promptTokens: 1000, completionTokens: 200 });
  });

  it('keeps new enum values (modalities, tokenizer, parameters, instruct type, efforts)', () => {
    const m = one(
      raw({
        architecture: {
          modality: 'text+smell->hologram',
          input_modalities: ['text', 'smell'],
          output_modalities: ['hologram'],
          tokenizer: 'Brand-New',
          instruct_type: 'new-fmt',
        },
        supported_parameters: ['tools', 'telepathy'],
        reasoning: { mandatory: false, default_effort: 'ultra', supported_efforts: ['ultra', null, 'low'] },
      }),
    );
    expect(m.architecture.inputModalities).toEqual(['text', 'smell']);
    expect(m.architecture.outputModalities).toEqual(['hologram']);
    expect(m.architecture.tokenizer).toBe('Brand-New');
    expect(m.architecture.instructType).toBe('new-fmt');
    expect(m.supportedParameters).toEqual(['tools', 'telepathy']);
    expect(m.reasoning).toEqual({
      mandatory: false,
      defaultEffort: 'ultra',
      supportedEfforts: ['ultra', null, 'low'],
    });
  });

  it('numbers where strings were expected (prices) become decimal strings', () => {
    const m = one(
      raw({ pricing: { prompt: 0.0000025, completion: 0, image: 0.024, input_cache_read: '0.00000125' } }),
    );
    expect(m.pricing.prompt).toBe('0.0000025');
    expect(m.pricing.completion).toBe('0');
    expect(m.pricing.image).toBe('0.024');
    expect(m.pricing.inputCacheRead).toBe('0.00000125');
  });

  it('strings where numbers were expected become numbers', () => {
    const m = one(
      raw({
        context_length: '32768',
        created: '1715558400',
        top_provider: { context_length: '8192', max_completion_tokens: '4096', is_moderated: false },
      }),
    );
    expect(m.contextLength).toBe(32768);
    expect(m.created).toBe(1715558400);
    expect(m.topProvider.contextLength).toBe(8192);
    expect(m.topProvider.maxCompletionTokens).toBe(4096);
  });

  it('unreadable numbers become null / 0, never NaN', () => {
    const m = one(
      raw({
        context_length: 'lots',
        created: null,
        top_provider: { context_length: Number.NaN, max_completion_tokens: {}, is_moderated: 'yes' },
      }),
    );
    expect(m.contextLength).toBeNull();
    expect(m.created).toBe(0);
    expect(m.topProvider).toEqual({ contextLength: null, maxCompletionTokens: null, isModerated: false });
  });

  it('missing pricing reads as unknown prices (empty strings), never as free', () => {
    const m = one(raw({ pricing: undefined }));
    expect(m.pricing).toEqual({ prompt: '', completion: '' });
    expect(one(raw({ pricing: 'free' })).pricing).toEqual({ prompt: '', completion: '' });
  });

  it('missing architecture lists are derived from modality (older responses)', () => {
    const m = one(raw({ architecture: { modality: 'text+image->text', tokenizer: 'GPT' } }));
    expect(m.architecture.inputModalities).toEqual(['text', 'image']);
    expect(m.architecture.outputModalities).toEqual(['text']);
    expect(one(raw({ architecture: null })).architecture).toEqual({
      inputModalities: [],
      outputModalities: [],
      modality: null,
    });
  });

  it('non-string items in lists are skipped', () => {
    const m = one(
      raw({
        supported_parameters: ['tools', 7, null, 'seed'],
        architecture: { ...raw().architecture, input_modalities: ['text', 1] },
      }),
    );
    expect(m.supportedParameters).toEqual(['tools', 'seed']);
    expect(m.architecture.inputModalities).toEqual(['text']);
    expect(one(raw({ supported_parameters: 'tools' })).supportedParameters).toEqual([]);
  });

  it('canonical_slug falls back to id; supported_voices kept when present', () => {
    const b = raw({ supported_voices: ['alloy', 'echo'] });
    delete b.canonical_slug;
    const m = one(b);
    expect(m.canonicalSlug).toBe('openai/gpt-4o');
    expect(m.supportedVoices).toEqual(['alloy', 'echo']);
  });

  it('newer fields: reasoning, benchmarks, alias_target, pricing overrides', () => {
    const m = one(
      raw({
        reasoning: {
          mandatory: true,
          default_effort: null,
          default_enabled: true,
          supported_efforts: null,
          supports_max_tokens: false,
        },
        benchmarks: {
          artificial_analysis: { intelligence_index: 61.2, coding_index: null, agentic_index: 40 },
          design_arena: [
            { arena: 'models', category: 'website', elo: 1300, rank: 3, win_rate: 55.5 },
            { arena: 'bad' },
          ],
        },
        alias_target: { slug: 'anthropic/claude-sonnet-4.6', name: 'Claude Sonnet 4.6' },
        pricing: {
          prompt: '0.000003',
          completion: '0.000015',
          overrides: [
            {
              min_prompt_tokens: 200000,
              prompt: '0.000006',
              completion: '0.0000225',
              input_cache_read: '0.0000006',
              utc_days: ['sat', 'sun'],
              utc_start: 0,
              utc_end: 6,
            },
            'junk',
          ],
        },
      }),
    );
    expect(m.reasoning).toEqual({
      mandatory: true,
      defaultEffort: null,
      defaultEnabled: true,
      supportedEfforts: null,
      supportsMaxTokens: false,
    });
    expect(m.benchmarks).toEqual({
      artificialAnalysis: { intelligenceIndex: 61.2, codingIndex: null, agenticIndex: 40 },
      designArena: [{ arena: 'models', category: 'website', elo: 1300, rank: 3, winRate: 55.5 }],
    });
    expect(m.aliasTarget).toEqual({ slug: 'anthropic/claude-sonnet-4.6', name: 'Claude Sonnet 4.6' });
    expect(m.pricing.overrides).toEqual([
      {
        minPromptTokens: 200000,
        prompt: '0.000006',
        completion: '0.0000225',
        inputCacheRead: '0.0000006',
        utcDays: ['sat', 'sun'],
        utcStart: 0,
        utcEnd: 6,
      },
    ]);
  });

  it('optional fields that are absent stay absent (no invented values)', () => {
    const b = raw();
    delete b.description;
    delete b.knowledge_cutoff;
    delete b.expiration_date;
    const m = one(b);
    for (const key of [
      'description',
      'knowledgeCutoff',
      'expirationDate',
      'huggingFaceId',
      'reasoning',
      'benchmarks',
      'aliasTarget',
    ] as const) {
      expect(m).not.toHaveProperty(key);
    }
  });
});

describe('drift: entries without an id or a name are dropped and reported', () => {
  it('drops them, keeps the rest in order, never throws', () => {
    const body = {
      data: [
        raw({ id: 'a/one', name: 'One' }),
        raw({ id: undefined, name: 'No id' }),
        raw({ id: 'a/no-name', name: undefined }),
        raw({ id: '', name: 'Empty id' }),
        raw({ id: 'a/blank-name', name: '   ' }),
        raw({ id: 42, name: 'Numeric id' }),
        null,
        'a string',
        [1, 2],
        raw({ id: 'a/two', name: 'Two' }),
      ],
    };
    const result = parseModelsList(body)!;
    expect(result.data.map((m) => m.id)).toEqual(['a/one', 'a/two']);
    expect(result.totalCount).toBe(2);
    expect(result.dropped).toEqual([
      { index: 1, reason: 'no id' },
      { index: 2, id: 'a/no-name', reason: 'no name' },
      { index: 3, reason: 'no id' },
      { index: 4, id: 'a/blank-name', reason: 'no name' },
      { index: 5, reason: 'no id' },
      { index: 6, reason: 'not an object' },
      { index: 7, reason: 'not an object' },
      { index: 8, reason: 'not an object' },
    ]);
  });

  it('one broken entry among the real 337 costs only that entry', () => {
    const body = fixtureJson(MODELS_2026);
    body.data.splice(100, 0, { name: 'ghost' });
    const result = parseModelsList(body)!;
    expect(result.data).toHaveLength(337);
    expect(result.dropped).toEqual([{ index: 100, reason: 'no id' }]);
  });

  it('parseModel returns undefined for an entry it cannot keep', () => {
    expect(parseModel({ id: 'a/b' })).toBeUndefined();
    expect(parseModel({ name: 'x' })).toBeUndefined();
    expect(parseModel(undefined)).toBeUndefined();
    expect(parseModel({ id: 'a/b', name: 'B' })).toMatchObject({
      id: 'a/b',
      name: 'B',
      canonicalSlug: 'a/b',
      created: 0,
      contextLength: null,
    });
  });
});

describe('list envelope', () => {
  it('uses total_count and links.next from the server when present (newer bodies)', () => {
    const result = parseModelsList({
      data: [raw()],
      total_count: 345,
      links: { next: '/api/v1/models?offset=1&limit=1' },
    })!;
    expect(result.totalCount).toBe(345);
    expect(result.links).toEqual({ next: '/api/v1/models?offset=1&limit=1' });
  });

  it("says whether the total is the server's", () => {
    expect(parseModelsList({ data: [raw()], total_count: 1 })!.totalCountKnown).toBe(true);
    expect(parseModelsList({ data: [raw()], total_count: '1' })!.totalCountKnown).toBe(true);
    expect(parseModelsList({ data: [raw()] })!.totalCountKnown).toBe(false);
    expect(parseModelsList({ data: [raw()], total_count: -1 })!.totalCountKnown).toBe(false);
  });

  it('falls back to the number kept for an unreadable total_count', () => {
    expect(parseModelsList({ data: [raw()], total_count: -1 })!.totalCount).toBe(1);
    expect(parseModelsList({ data: [raw()], total_count: 'many' })!.totalCount).toBe(1);
    expect(parseModelsList({ data: [raw()], links: null })!.links).toEqual({ next: null });
  });

  it('an empty list is a valid list', () => {
    expect(parseModelsList({ data: [] })).toEqual({
      data: [],
      totalCount: 0,
      totalCountKnown: false,
      links: { next: null },
      dropped: [],
    });
  });

  it.each([
    null,
    undefined,
    'x',
    42,
    [],
    {},
    { data: 'x' },
    { data: {} },
    { data: null },
    { error: { code: 500 } },
  ])('returns undefined for a body that holds no list: %j', (body) => {
    expect(parseModelsList(body)).toBeUndefined();
  });
});

describe('parseModelsCount', () => {
  it('reads the count', () => {
    expect(parseModelsCount({ data: { count: 337 } })).toEqual({ data: { count: 337 } });
    expect(parseModelsCount({ data: { count: 0 } })).toEqual({ data: { count: 0 } });
    expect(parseModelsCount({ data: { count: '12', extra: true } })).toEqual({ data: { count: 12 } });
  });

  it.each([
    null,
    {},
    { data: null },
    { data: {} },
    { data: { count: -1 } },
    { data: { count: 'x' } },
    { count: 3 },
  ])('undefined for %j', (body) => {
    expect(parseModelsCount(body)).toBeUndefined();
  });
});
