import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseModelsList } from '../../src/core/parse';
import { createModelsHandlers, makeSyntheticModels, mockModels } from '../../src/mock';
import { getJson, testClient, setupMockServer } from './server';

const server = setupMockServer();

describe('makeSyntheticModels', () => {
  it('is deterministic: same n and seed, same models; a smaller n is a prefix', () => {
    expect(makeSyntheticModels(200, 42)).toEqual(makeSyntheticModels(200, 42));
    expect(makeSyntheticModels(50, 42)).toEqual(makeSyntheticModels(200, 42).slice(0, 50));
    expect(makeSyntheticModels(50, 43).map((m) => m.id)).not.toEqual(
      makeSyntheticModels(50, 42).map((m) => m.id),
    );
    expect(makeSyntheticModels(0)).toEqual([]);
    expect(() => makeSyntheticModels(-1)).toThrow(RangeError);
  });

  it('makes 50,000 unique, parseable models quickly', () => {
    const started = performance.now();
    const models = makeSyntheticModels(50_000);
    const elapsed = performance.now() - started;
    expect(models).toHaveLength(50_000);
    expect(new Set(models.map((m) => m.id)).size).toBe(50_000);
    expect(new Set(models.map((m) => m.name)).size).toBe(50_000);
    const fixtureIds = new Set(mockModels.map((m) => m.id));
    expect(models.some((m) => fixtureIds.has(m.id))).toBe(false);
    const parsed = parseModelsList({ data: models })!;
    expect(parsed.dropped).toEqual([]);
    expect(parsed.data).toHaveLength(50_000);
    expect(elapsed).toBeLessThan(15_000);
  }, 30_000);

  it('varies authors, prices, context, modalities, dates and benchmarks', () => {
    const models = makeSyntheticModels(2_000);
    const authors = new Set(models.map((m) => m.id.split('/')[0]));
    expect(authors.size).toBeGreaterThanOrEqual(20);
    expect(new Set(models.map((m) => m.context_length)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(models.map((m) => m.pricing!.prompt)).size).toBeGreaterThan(200);
    const free = models.filter((m) => m.pricing!.prompt === '0').length;
    expect(free / models.length).toBeGreaterThan(0.05);
    expect(free / models.length).toBeLessThan(0.2);
    const nonText = models.filter((m) => !m.architecture!.output_modalities!.includes('text')).length;
    expect(nonText / models.length).toBeGreaterThan(0.08);
    expect(nonText / models.length).toBeLessThan(0.25);
    expect(models.some((m) => m.architecture!.output_modalities!.includes('embeddings'))).toBe(true);
    expect(models.some((m) => m.architecture!.input_modalities!.includes('image'))).toBe(true);
    expect(models.some((m) => m.id.endsWith(':free'))).toBe(true);
    expect(models.filter((m) => m.benchmarks).length / models.length).toBeGreaterThan(0.3);
    expect(new Set(models.map((m) => m.created)).size).toBeGreaterThan(1_900);
    // prices are plain decimal strings, as the API sends them
    expect(
      models.every(
        (m) => /^\d+(\.\d+)?$/.test(m.pricing!.prompt!) && /^\d+(\.\d+)?$/.test(m.pricing!.completion!),
      ),
    ).toBe(true);
  });

  it('serves 50,000 models through the handlers, with filters, sort and paging', async () => {
    const models = makeSyntheticModels(50_000);
    server.use(...createModelsHandlers({ models }));
    const client = testClient();
    expect((await client.models.count({ outputModalities: 'all' })).data.count).toBe(50_000);
    const page = await client.models.list({ outputModalities: 'all', sort: 'newest', limit: 1000 });
    expect(page.data).toHaveLength(1000);
    expect(page.totalCount).toBe(50_000);
    expect(page.data.map((m) => m.created)).toEqual(
      [...page.data.map((m) => m.created)].sort((a, b) => b - a),
    );
  }, 30_000);

  it('serves a whole synthetic list without paging', async () => {
    // 50,000 models are about 60 MB of JSON: page those; a whole list is fine at this size.
    server.use(...createModelsHandlers({ models: makeSyntheticModels(5_000) }));
    const whole = await getJson('/models?output_modalities=all');
    expect(whole.body.data).toHaveLength(5_000);
    expect(whole.body.total_count).toBe(5_000);
  });
});

describe('the mock entry', () => {
  it('never imports React or the hooks', () => {
    const dir = path.resolve(__dirname, '../../src/mock');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(text, file).not.toMatch(/from ['"](react|react-dom|@tanstack\/react-query)['"/]/);
      expect(text, file).not.toMatch(/from ['"]\.\.\/(hooks|components|query)/);
    }
  });
});
