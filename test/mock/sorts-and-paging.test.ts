import { MODEL_SORTS } from '../../src/core/types';
import { perMillionValue } from '../../src/model/pricing';
import { createModelsHandlers, makeSyntheticModels, mockModels, type RawModel } from '../../src/mock';
import { mockModelFacts } from '../../src/mock/mock-model-facts';
import { mockSortScore } from '../../src/mock/sort-mock-models';
import { getJson, testClient, setupMockServer } from './server';

const server = setupMockServer();
const client = testClient();
const NOW = Math.max(...mockModels.map((m) => m.created ?? 0));
const byId = new Map(mockModels.map((m) => [m.id, m]));

async function sorted(sort: string): Promise<RawModel[]> {
  const { status, body } = await getJson(`/models?sort=${sort}`);
  expect(status).toBe(200);
  return body.data;
}

/** Scores in the answer's order: never rising (desc) / never falling (asc), nulls only at the end. */
function expectOrdered(values: Array<number | null>, direction: 'asc' | 'desc') {
  const firstNull = values.indexOf(null);
  const scored = (firstNull < 0 ? values : values.slice(0, firstNull)) as number[];
  if (firstNull >= 0) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
  for (let i = 1; i < scored.length; i++) {
    if (direction === 'desc') expect(scored[i]).toBeLessThanOrEqual(scored[i - 1]);
    else expect(scored[i]).toBeGreaterThanOrEqual(scored[i - 1]);
  }
  expect(scored.length).toBeGreaterThan(1);
}

describe('sort', () => {
  it.each(MODEL_SORTS.map((s) => [s]))('%s keeps every model and orders by its score', async (sort) => {
    const data = await sorted(sort);
    expect(data).toHaveLength(mockModels.length);
    expect(new Set(data.map((m) => m.id)).size).toBe(mockModels.length);
    const direction = sort.endsWith('low-to-high') ? 'asc' : 'desc';
    expectOrdered(
      data.map((m) => mockSortScore(byId.get(m.id)!, sort, NOW) as number | null),
      direction,
    );
    // sorting is deterministic
    expect((await sorted(sort)).map((m) => m.id)).toEqual(data.map((m) => m.id));
  });

  it('newest: by created, newest first', async () => {
    const data = await sorted('newest');
    expectOrdered(
      data.map((m) => m.created!),
      'desc',
    );
    expect(data[0].id).toBe('z-ai/glm-5.2');
  });

  it('pricing: by the mean of prompt and completion; variable prices last', async () => {
    const avg = (m: RawModel) => {
      const p = perMillionValue(m.pricing!.prompt);
      const c = perMillionValue(m.pricing!.completion);
      return p === null || c === null ? null : (p + c) / 2;
    };
    const low = await sorted('pricing-low-to-high');
    expectOrdered(low.map(avg), 'asc');
    expect(low[0].pricing!.prompt).toBe('0');
    expect(low.slice(-4).every((m) => m.pricing!.prompt === '-1')).toBe(true);
    const high = await sorted('pricing-high-to-low');
    expectOrdered(high.map(avg), 'desc');
    expect(high.slice(-4).every((m) => m.pricing!.prompt === '-1')).toBe(true);
  });

  it('context-high-to-low: by context_length', async () => {
    const data = await sorted('context-high-to-low');
    expectOrdered(
      data.map((m) => m.context_length!),
      'desc',
    );
  });

  it('intelligence / coding / agentic: the Artificial Analysis index, models without it last', async () => {
    for (const [sort, key] of [
      ['intelligence-high-to-low', 'intelligence_index'],
      ['coding-high-to-low', 'coding_index'],
      ['agentic-high-to-low', 'agentic_index'],
    ] as const) {
      const data = await sorted(sort);
      expectOrdered(
        data.map((m) => m.benchmarks?.artificial_analysis?.[key] ?? null),
        'desc',
      );
    }
  });

  it('design-arena-elo-high-to-low: the best Design Arena ELO', async () => {
    const data = await sorted('design-arena-elo-high-to-low');
    expectOrdered(
      data.map((m) =>
        m.benchmarks?.design_arena?.length ? Math.max(...m.benchmarks.design_arena.map((e) => e.elo!)) : null,
      ),
      'desc',
    );
  });

  it('stand-ins: popularity, throughput and latency come from mockModelFacts', async () => {
    expectOrdered(
      (await sorted('most-popular')).map((m) => mockModelFacts(byId.get(m.id)!).popularity),
      'desc',
    );
    expectOrdered(
      (await sorted('throughput-high-to-low')).map((m) => mockModelFacts(byId.get(m.id)!).throughputTps),
      'desc',
    );
    expectOrdered(
      (await sorted('latency-low-to-high')).map((m) => mockModelFacts(byId.get(m.id)!).latencyMs),
      'asc',
    );
    // top-weekly favours recent models more than most-popular does
    const age = (list: RawModel[]) => list.slice(0, 20).reduce((s, m) => s + (NOW - m.created!), 0);
    expect(age(await sorted('top-weekly'))).toBeLessThan(age(await sorted('most-popular')));
  });

  it('sorts apply after filters, and through the core client', async () => {
    const { data } = await client.models.list({ modelAuthors: ['anthropic'], sort: 'newest' });
    expect(data.every((m) => m.id.startsWith('anthropic/') || m.id.startsWith('~anthropic/'))).toBe(true);
    expectOrdered(
      data.map((m) => m.created),
      'desc',
    );
  });

  it('no sort: the data order', async () => {
    expect((await getJson('/models')).body.data.map((m: RawModel) => m.id)).toEqual(
      mockModels.map((m) => m.id),
    );
  });
});

describe('paging', () => {
  it('without offset and limit: the whole list, total_count, no next link', async () => {
    const res = await client.models.list();
    expect(res.data).toHaveLength(337);
    expect(res.totalCount).toBe(337);
    expect(res.links.next).toBeNull();
  });

  it('pages concatenate to the whole sorted list; links.next points at the next page', async () => {
    const whole = (await sorted('newest')).map((m) => m.id);
    const seen: string[] = [];
    let path: string | null = '/api/v1/models?sort=newest&limit=100';
    let pages = 0;
    while (path) {
      const { body } = await getJson(`https://openrouter.ai${path}`);
      expect(body.total_count).toBe(337);
      seen.push(...body.data.map((m: RawModel) => m.id));
      path = body.links.next;
      pages++;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(whole);
  });

  it('offset and limit via the core client, with filters counted in totalCount', async () => {
    const page = await client.models.list({ inputModalities: ['image'], offset: 10, limit: 5 });
    const all = await client.models.list({ inputModalities: ['image'] });
    expect(page.data.map((m) => m.id)).toEqual(all.data.slice(10, 15).map((m) => m.id));
    expect(page.totalCount).toBe(all.data.length);
    expect(page.links.next).toMatch(/^\/api\/v1\/models\?.*offset=15.*limit=5|limit=5.*offset=15/);
    expect(page.links.next).toContain('input_modalities=image');
  });

  it('only offset: a page of 500; only limit: from the start; past the end: empty', async () => {
    server.use(...createModelsHandlers({ models: makeSyntheticModels(1200, 3) }));
    const a = await getJson('/models?output_modalities=all&offset=100');
    expect(a.body.data).toHaveLength(500);
    expect(a.body.total_count).toBe(1200);
    expect(a.body.links.next).toContain('offset=600');
    const b = await getJson('/models?output_modalities=all&limit=1000');
    expect(b.body.data).toHaveLength(1000);
    const c = await getJson('/models?output_modalities=all&offset=5000&limit=10');
    expect(c.body.data).toHaveLength(0);
    expect(c.body.links.next).toBeNull();
  });
});
