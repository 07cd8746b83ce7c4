import { parseEndpointsList } from '../../src/core/parse-endpoints';
import { NotFoundError, InternalServerError } from '../../src/core/errors';
import { mockFailure, mockModels } from '../../src/mock';
import { mockEndpointsBody, mockEndpointsFixture } from '../../src/mock/mock-endpoints-body';
import { getJson, testClient, setupMockServer } from './server';

const server = setupMockServer();
const BEARER = { headers: { Authorization: 'Bearer x-token' } };

describe('mock GET /models/{author}/{slug}/endpoints', () => {
  it('the recorded fixture for its model, as recorded, with or without a bearer', async () => {
    expect((await getJson('/models/google/gemini-2.5-pro-preview/endpoints')).body).toEqual(
      mockEndpointsFixture,
    );
    expect((await getJson('/models/google/gemini-2.5-pro-preview/endpoints', BEARER)).body).toEqual(
      mockEndpointsFixture,
    );
  });

  it('without a bearer: latency and throughput null, uptime and status present', async () => {
    const { body } = await getJson('/models/anthropic/claude-sonnet-4.6/endpoints');
    expect(body.data.endpoints.length).toBeGreaterThan(1);
    for (const e of body.data.endpoints) {
      expect(e.latency_last_30m).toBeNull();
      expect(e.throughput_last_30m).toBeNull();
      expect(typeof e.uptime_last_30m).toBe('number');
      expect(typeof e.status).toBe('number');
    }
  });

  it('with a bearer: latency in milliseconds (hundreds, not 0.25) and throughput in tokens/s', async () => {
    const { body } = await getJson('/models/anthropic/claude-sonnet-4.6/endpoints', BEARER);
    for (const e of body.data.endpoints) {
      expect(e.latency_last_30m.p50).toBeGreaterThan(100);
      expect(e.latency_last_30m.p99).toBeGreaterThan(e.latency_last_30m.p50);
      expect(e.throughput_last_30m.p50).toBeGreaterThan(1);
      expect(e.throughput_last_30m.p99).toBeLessThan(e.throughput_last_30m.p50);
    }
  });

  it('regional duplicates: one provider name, two tags', async () => {
    const { body } = await getJson('/models/anthropic/claude-sonnet-4.6/endpoints');
    const bedrock = body.data.endpoints.filter(
      (e: { provider_name: string }) => e.provider_name === 'Amazon Bedrock',
    );
    expect(bedrock.map((e: { tag: string }) => e.tag)).toEqual([
      'amazon-bedrock',
      'amazon-bedrock/eu-west-1',
    ]);
  });

  it('every fixture model answers, deterministically, and parses with nothing dropped; one provider for most, several for some; some degraded', async () => {
    const counts: number[] = [];
    let degraded = 0;
    let down = 0;
    for (const model of mockModels) {
      const body = mockEndpointsBody(model, { authorized: true });
      expect(mockEndpointsBody(model, { authorized: true })).toEqual(body);
      const parsed = parseEndpointsList(body)!;
      expect(parsed.dropped).toEqual([]);
      counts.push(parsed.endpoints.length);
      degraded += parsed.endpoints.filter((e) => e.status === -2).length;
      down += parsed.endpoints.filter((e) => e.status === -5).length;
    }
    const providers = new Set(
      mockModels.flatMap((m) =>
        (mockEndpointsBody(m).data.endpoints as Array<{ provider_name: string }>).map((e) => e.provider_name),
      ),
    );
    console.log(
      `mock endpoints: ${mockModels.length} models, ${counts.reduce((a, b) => a + b, 0)} endpoints, ${providers.size} providers, one endpoint ${counts.filter((c) => c === 1).length}, 3+ ${counts.filter((c) => c >= 3).length}, max ${Math.max(...counts)}; degraded ${degraded}, down ${down}`,
    );
    expect(counts.filter((c) => c >= 3).length).toBeGreaterThan(20);
    expect(degraded).toBeGreaterThan(5);
    expect(down).toBeGreaterThan(0);
  });

  it('by variant, alias and canonical slug, like GET /model', async () => {
    for (const path of [
      '/models/openai/gpt-4o:free/endpoints',
      '/models/~anthropic/claude-sonnet-latest/endpoints',
      '/models/z-ai/glm-5.2-20260616/endpoints',
    ]) {
      expect((await getJson(path)).status).toBe(200);
    }
  });

  it('404 for unknown models; the client reads it as NotFoundError', async () => {
    expect((await getJson('/models/openai/no-such-model/endpoints')).status).toBe(404);
    await expect(testClient().models.endpoints('openai/no-such-model')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('the failure switches apply here too', async () => {
    server.use(mockFailure({ kind: '500', path: '/models/*/*/endpoints', times: 1 }));
    await expect(testClient().models.endpoints('anthropic/claude-sonnet-4.6')).rejects.toBeInstanceOf(
      InternalServerError,
    );
    const { data } = await testClient().models.endpoints('anthropic/claude-sonnet-4.6');
    expect(data.endpoints.length).toBeGreaterThan(1);
  });

  it('through the client: with apiKey the stats come back; without, null', async () => {
    const anon = await testClient().models.endpoints('anthropic/claude-sonnet-4.6');
    const keyed = await testClient({ apiKey: 'sk-or-demo' }).models.endpoints('anthropic/claude-sonnet-4.6');
    expect(anon.data.endpoints.every((e) => e.latencyLast30m === null && e.throughputLast30m === null)).toBe(
      true,
    );
    expect(
      keyed.data.endpoints.every(
        (e) => (e.latencyLast30m?.p50 ?? 0) > 100 && (e.throughputLast30m?.p50 ?? 0) > 0,
      ),
    ).toBe(true);
  });
});
