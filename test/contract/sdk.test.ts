/**
 * Contract test against the official TypeScript SDK (`@openrouter/sdk`, a dev dependency).
 *
 * 1. Requests: for the same filters, our request path and query equal the SDK's, apart
 *    from the paging parameters `offset` / `limit` that the SDK always adds (it defaults
 *    them to 0 and 500). Queries are compared as decoded key → value maps, so percent-
 *    encoding (`,` vs `%2C`, `:` vs `%3A`) does not matter.
 * 2. Responses: our parse of the 2026 fixture equals the SDK's on every model and field.
 *
 * Both clients get an injected fetch that records the request and answers with a fixture.
 */
import { HTTPClient, OpenRouter } from '@openrouter/sdk';
import { Model$inboundSchema } from '@openrouter/sdk/models';
import { createOpenRouterClient, type OpenRouterClientOptions } from '../../src/core/client';
import { InvalidRequestError } from '../../src/core/errors';
import { encodeModelsQuery } from '../../src/core/encode-query';
import type { ModelsListFilters } from '../../src/core/types';
import { fixtureJson, fixtureText, MODELS_2025, MODELS_2026 } from '../core/fixtures';

type Recorded = { url: URL; headers: Headers };

const FIXTURE_2026 = fixtureText(MODELS_2026);
/** The 2026 body with the envelope fields newer servers send (the SDK requires them). */
const FIXTURE_2026_ENVELOPE = JSON.stringify({
  ...JSON.parse(FIXTURE_2026),
  total_count: 337,
  links: { next: null },
});
const ONE_MODEL = JSON.stringify({ data: JSON.parse(FIXTURE_2026).data[0] });
const COUNT = JSON.stringify({ data: { count: 337 } });

function answer(body: string): Response {
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}

/** Our client, with a fetch that records each request. */
function ours(body: string, options: OpenRouterClientOptions = {}) {
  const calls: Recorded[] = [];
  const client = createOpenRouterClient({
    retries: { strategy: 'none' },
    ...options,
    fetch: async (input, init) => {
      calls.push({ url: new URL(String(input)), headers: new Headers(init?.headers) });
      return answer(body);
    },
  });
  return { client, calls };
}

/** The SDK, with an HTTPClient whose fetcher records each request. */
function sdk(
  body: string,
  options: {
    apiKey?: string;
    serverURL?: string;
    httpReferer?: string;
    appTitle?: string;
    appCategories?: string;
  } = {},
) {
  const calls: Recorded[] = [];
  const httpClient = new HTTPClient({
    fetcher: async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      calls.push({ url: new URL(request.url), headers: request.headers });
      return answer(body);
    },
  });
  const client = new OpenRouter({ ...options, httpClient, retryConfig: { strategy: 'none' } });
  return { client, calls };
}

/** Path segments, percent-decoded. */
function segments(url: URL): string[] {
  return url.pathname.split('/').map((s) => decodeURIComponent(s));
}

/**
 * The query as a decoded map; `offset` / `limit` dropped unless `keepPaging`. Numbers are
 * compared as numbers: we write plain decimals (`0.0000001`), the SDK `String(n)` (`1e-7`).
 */
function query(url: URL, keepPaging: boolean): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of url.searchParams) {
    if (keepPaging || (k !== 'offset' && k !== 'limit')) out[k] = v.trim() && Number.isFinite(+v) ? +v : v;
  }
  return out;
}

/** Our filters in the SDK's request shape: camelCase names, lists and booleans as strings. */
function toSdkRequest(filters: ModelsListFilters): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filters)) {
    if (v === undefined) continue;
    out[k] = Array.isArray(v) ? v.join(',') : typeof v === 'boolean' ? String(v) : v;
  }
  return out;
}

function expectSameRequest(a: Recorded, b: Recorded, keepPaging: boolean) {
  expect(a.url.origin).toBe(b.url.origin);
  expect(segments(a.url)).toEqual(segments(b.url));
  expect(query(a.url, keepPaging)).toEqual(query(b.url, keepPaging));
}

// ---------------------------------------------------------------------------

describe('requests: our path and query equal the SDK’s', () => {
  // Lists are given in sorted order, as our canonical encoding sorts them (the server reads them as sets).
  const filterSets: Array<[string, ModelsListFilters]> = [
    ['no filters', {}],
    [
      'many filters',
      {
        category: 'programming',
        supportedParameters: ['reasoning', 'tools'],
        outputModalities: ['image', 'text'],
        sort: 'pricing-low-to-high',
        q: 'claude',
        inputModalities: ['file', 'image'],
        context: 128000,
        minPrice: 0.5,
        maxPrice: 15,
        arch: 'Claude',
        modelAuthors: ['anthropic', 'openai'],
        providers: ['Anthropic', 'Google Vertex'],
        distillable: true,
        zdr: true,
        region: 'eu',
        minOutputPrice: 1,
        maxOutputPrice: 75,
        minAgeDays: 0,
        maxAgeDays: 365,
      },
    ],
    [
      'benchmark and tool-success bounds',
      {
        minIntelligenceIndex: 40,
        maxIntelligenceIndex: 80.5,
        minCodingIndex: 10,
        maxCodingIndex: 90,
        minAgenticIndex: 5,
        maxAgenticIndex: 60,
        minToolSuccessRate: 0.8,
        maxToolSuccessRate: 1,
      },
    ],
    ['outputModalities all', { outputModalities: 'all' }],
    ['distillable false', { distillable: false }],
    ['a search with spaces and symbols', { q: 'gpt 4o & mini' }],
    ['a category with a slash', { category: 'marketing/seo' }],
    ['tiny prices', { minPrice: 0.0000001, maxPrice: 0.25 }],
    ['new sort value', { sort: 'design-arena-elo-high-to-low' }],
  ];

  it.each(filterSets)('list: %s', async (_label, filters) => {
    const a = ours(FIXTURE_2026_ENVELOPE);
    const b = sdk(FIXTURE_2026_ENVELOPE);
    await a.client.models.list(filters);
    await b.client.models.list(toSdkRequest(filters) as never);
    expect(a.calls).toHaveLength(1);
    expect(b.calls).toHaveLength(1);
    expectSameRequest(a.calls[0], b.calls[0], false);
    // The SDK always sends the paging parameters (0 and 500); we send none unless asked.
    expect(b.calls[0].url.searchParams.get('offset')).toBe('0');
    expect(b.calls[0].url.searchParams.get('limit')).toBe('500');
    expect(a.calls[0].url.searchParams.has('offset')).toBe(false);
    expect(a.calls[0].url.searchParams.has('limit')).toBe(false);
  });

  it('list: explicit offset and limit are sent alike', async () => {
    const filters: ModelsListFilters = { offset: 40, limit: 20, sort: 'newest' };
    const a = ours(FIXTURE_2026_ENVELOPE);
    const b = sdk(FIXTURE_2026_ENVELOPE);
    await a.client.models.list(filters);
    await b.client.models.list(toSdkRequest(filters) as never);
    expectSameRequest(a.calls[0], b.calls[0], true);
  });

  it('list: lists in another order ask the same (compared as sets)', async () => {
    const filters: ModelsListFilters = {
      modelAuthors: ['openai', 'anthropic', 'google'],
      supportedParameters: ['tools', 'reasoning'],
    };
    const a = ours(FIXTURE_2026_ENVELOPE);
    const b = sdk(FIXTURE_2026_ENVELOPE);
    await a.client.models.list(filters);
    await b.client.models.list(toSdkRequest(filters) as never);
    const asSets = (url: URL) =>
      Object.fromEntries(Object.entries(query(url, false)).map(([k, v]) => [k, String(v).split(',').sort()]));
    expect(asSets(a.calls[0].url)).toEqual(asSets(b.calls[0].url));
  });

  it('every filter we encode is one the SDK sends under the same wire name', async () => {
    const all = filterSets.reduce<ModelsListFilters>((acc, [, f]) => ({ ...acc, ...f }), {});
    delete all.minPrice; // keep min ≤ max across merged sets
    const wire = new URLSearchParams(encodeModelsQuery({ ...all, offset: 0, limit: 10 }));
    const b = sdk(FIXTURE_2026_ENVELOPE);
    await b.client.models.list({ ...(toSdkRequest(all) as object), offset: 0, limit: 10 } as never);
    expect([...wire.keys()].sort()).toEqual([...b.calls[0].url.searchParams.keys()].sort());
  });

  // Issue 13 asked that /models/user refuse output_modalities, from the spec extract in
  // ../shared/api (SDK 1.2.54, 2026-08-22). The SDK this kit is checked against (1.3.19, newer)
  // sends it there, and documents text-only output by default: each endpoint takes what it sends.
  const everyFilter: Required<ModelsListFilters> = {
    ...filterSets.reduce<ModelsListFilters>((acc, [, f]) => ({ ...acc, ...f }), {}),
    minPrice: 0.1,
    offset: 0,
    limit: 10,
  } as Required<ModelsListFilters>;

  it.each([
    ['count', (c: OpenRouter, f: object) => c.models.count(f as never)],
    ['listForUser', (c: OpenRouter, f: object) => c.models.listForUser({ bearer: 'tok-1234' }, f as never)],
  ] as const)(
    '%s takes exactly the filters the SDK sends, and refuses the others with no request',
    async (name, call) => {
      const b = sdk(name == 'count' ? COUNT : FIXTURE_2026_ENVELOPE);
      await call(b.client, toSdkRequest(everyFilter));
      const sent = new Set(b.calls[0].url.searchParams.keys());
      for (const [filter, value] of Object.entries(everyFilter)) {
        const a = ours(name == 'count' ? COUNT : FIXTURE_2026_ENVELOPE);
        const one = { [filter]: value };
        const ask =
          name == 'count'
            ? a.client.models.count(one)
            : a.client.models.listForUser({ bearer: 'tok-1234', ...one });
        const error = await ask.then(
          () => undefined,
          (e: unknown) => e,
        );
        const wire = new URLSearchParams(encodeModelsQuery(one)).keys().next().value!;
        if (sent.has(wire)) {
          expect(error, filter).toBeUndefined();
        } else {
          expect(error, filter).toBeInstanceOf(InvalidRequestError);
          expect((error as InvalidRequestError).field).toBe(filter);
          expect(a.calls).toHaveLength(0);
        }
      }
    },
  );

  it.each([
    ['a variant', 'openai/gpt-4:free', { author: 'openai', slug: 'gpt-4:free' }],
    ['an alias', '~anthropic/claude-sonnet-latest', { author: '~anthropic', slug: 'claude-sonnet-latest' }],
    ['a plain id', 'z-ai/glm-5.2', { author: 'z-ai', slug: 'glm-5.2' }],
  ])('get with %s', async (_label, id, sdkRequest) => {
    const a = ours(ONE_MODEL);
    const b = sdk(ONE_MODEL);
    await a.client.models.get(id);
    await b.client.models.get(sdkRequest);
    expectSameRequest(a.calls[0], b.calls[0], true);
    expect(segments(a.calls[0].url).slice(-3)).toEqual(['model', sdkRequest.author, sdkRequest.slug]);
  });

  it('get: the SDK percent-encodes ":" in the slug, we keep it readable; both mean the same path', async () => {
    const a = ours(ONE_MODEL);
    const b = sdk(ONE_MODEL);
    await a.client.models.get('openai/gpt-4:free');
    await b.client.models.get({ author: 'openai', slug: 'gpt-4:free' });
    expect(a.calls[0].url.pathname).toBe('/api/v1/model/openai/gpt-4:free');
    expect(b.calls[0].url.pathname).toBe('/api/v1/model/openai/gpt-4%3Afree');
  });

  it.each([
    ['no filter', {}],
    ['all', { outputModalities: 'all' as const }],
    ['a list', { outputModalities: ['image', 'text'] }],
  ])('count with %s', async (_label, filters) => {
    const a = ours(COUNT);
    const b = sdk(COUNT);
    const ourCount = await a.client.models.count(filters);
    const sdkCount = await b.client.models.count(toSdkRequest(filters as ModelsListFilters) as never);
    expectSameRequest(a.calls[0], b.calls[0], true);
    expect(JSON.parse(JSON.stringify(ourCount))).toEqual(JSON.parse(JSON.stringify(sdkCount)));
  });

  it.each([
    ['no filter', {}],
    ['output modalities', { outputModalities: 'all' as const }],
    ['paging', { offset: 100, limit: 50 }],
  ])('listForUser with %s, and the same bearer header', async (_label, params) => {
    const bearer = 'sk-or-v1-user-token';
    const a = ours(FIXTURE_2026_ENVELOPE);
    const b = sdk(FIXTURE_2026_ENVELOPE);
    await a.client.models.listForUser({ bearer, ...params });
    await b.client.models.listForUser({ bearer }, toSdkRequest(params as ModelsListFilters) as never);
    const keepPaging = 'offset' in params;
    expectSameRequest(a.calls[0], b.calls[0], keepPaging);
    expect(a.calls[0].headers.get('authorization')).toBe(`Bearer ${bearer}`);
    expect(b.calls[0].headers.get('authorization')).toBe(`Bearer ${bearer}`);
  });

  it('the same base URL, regional host and attribution headers', async () => {
    const settings = {
      apiKey: 'sk-or-v1-app-key',
      httpReferer: 'https://myapp.example',
      appTitle: 'My App',
      appCategories: 'cli-agent,cloud-agent',
    };
    const a = ours(FIXTURE_2026_ENVELOPE, { ...settings, baseUrl: 'https://eu.openrouter.ai/api/v1' });
    const b = sdk(FIXTURE_2026_ENVELOPE, { ...settings, serverURL: 'https://eu.openrouter.ai/api/v1' });
    await a.client.models.list({ sort: 'newest' });
    await b.client.models.list({ sort: 'newest' });
    expectSameRequest(a.calls[0], b.calls[0], false);
    expect(a.calls[0].url.host).toBe('eu.openrouter.ai');
    for (const name of [
      'authorization',
      'http-referer',
      'x-openrouter-title',
      'x-openrouter-categories',
      'accept',
    ]) {
      expect(a.calls[0].headers.get(name), name).toBe(b.calls[0].headers.get(name));
    }
  });

  it('the default base URL is the SDK’s', async () => {
    const a = ours(COUNT);
    const b = sdk(COUNT);
    await a.client.models.count();
    await b.client.models.count();
    expect(a.calls[0].url.href).toBe(b.calls[0].url.href);
  });
});

// ---------------------------------------------------------------------------

/** Paths (`[3].pricing.inputCacheRead`) where two JSON values differ. */
function diff(a: unknown, b: unknown, path = ''): string[] {
  if (a === b) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`),
    );
  }
  return [`${path}: ours ${JSON.stringify(a)} / sdk ${JSON.stringify(b)}`];
}

const roundTrip = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('responses: our parse agrees with the SDK’s', () => {
  it('the SDK’s models.list rejects the raw 2026 body (no total_count / links yet); ours keeps all 337', async () => {
    const b = sdk(FIXTURE_2026);
    const error = await b.client.models.list().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    // A finding: one envelope field the server did not send yet costs the SDK the whole list.
    expect(error).toBeDefined();
    expect(error!.name).toBe('ResponseValidationError');

    const a = ours(FIXTURE_2026);
    const result = await a.client.models.list();
    expect(result.data).toHaveLength(337);
    expect(result.dropped).toEqual([]);
  });

  it('with the envelope added, every model and every field the SDK defines is equal', async () => {
    const b = sdk(FIXTURE_2026_ENVELOPE);
    const sdkResult = (await b.client.models.list()).result;
    const a = ours(FIXTURE_2026_ENVELOPE);
    const ourResult = await a.client.models.list();

    expect(sdkResult.data).toHaveLength(337);
    expect(ourResult.data).toHaveLength(337);
    expect(ourResult.totalCount).toBe(sdkResult.totalCount);
    expect(ourResult.links).toEqual(roundTrip(sdkResult.links));

    const differences: string[] = [];
    sdkResult.data.forEach((sdkModel, i) => {
      const ourModel = ourResult.data[i];
      for (const d of diff(roundTrip(ourModel), roundTrip(sdkModel))) differences.push(`${sdkModel.id}${d}`);
    });
    expect(differences).toEqual([]);

    // And field by field, for a clear message on any model that differs.
    for (let i = 0; i < 337; i++)
      expect(roundTrip(ourResult.data[i]), sdkResult.data[i].id).toEqual(roundTrip(sdkResult.data[i]));
  });

  it('the SDK’s Model schema accepts each raw 2026 entry, and ours gives the same value', () => {
    const { data } = fixtureJson<{ data: unknown[] }>(MODELS_2026);
    const a = ours(FIXTURE_2026);
    return a.client.models.list().then((result) => {
      data.forEach((raw, i) => {
        const parsed = Model$inboundSchema.safeParse(raw);
        expect(parsed.success).toBe(true);
        expect(roundTrip(result.data[i])).toEqual(roundTrip(parsed.data));
      });
    });
  });

  it('get: the same model as the SDK', async () => {
    const a = ours(ONE_MODEL);
    const b = sdk(ONE_MODEL);
    const ourModel = await a.client.models.get('z-ai/glm-5.2');
    const sdkModel = await b.client.models.get({ author: 'z-ai', slug: 'glm-5.2' });
    expect(roundTrip(ourModel)).toEqual(roundTrip(sdkModel));
  });

  it('the 2025 body (older schema): the SDK’s Model schema rejects every entry; ours keeps all 321', async () => {
    const { data } = fixtureJson<{ data: unknown[] }>(MODELS_2025);
    const rejected = data.filter((raw) => !Model$inboundSchema.safeParse(raw).success);
    // No canonical_slug, links, default_parameters or supported_voices in 2025.
    expect(rejected).toHaveLength(321);
    const a = ours(fixtureText(MODELS_2025));
    const result = await a.client.models.list();
    expect(result.data).toHaveLength(321);
    expect(result.dropped).toEqual([]);
  });

  it('drift the SDK refuses, ours reads: a new envelope-less body with one odd entry', async () => {
    const body = JSON.parse(FIXTURE_2026_ENVELOPE);
    body.data[5].top_provider = null; // seen in real responses
    body.data[6].pricing.prompt = 0.000001; // a number where a string was expected
    const text = JSON.stringify(body);
    const sdkError = await sdk(text)
      .client.models.list()
      .then(
        () => undefined,
        (e: Error) => e,
      );
    expect(sdkError?.name).toBe('ResponseValidationError');
    const result = await ours(text).client.models.list();
    expect(result.data).toHaveLength(337);
    expect(result.data[5].topProvider).toEqual({
      isModerated: false,
      contextLength: null,
      maxCompletionTokens: null,
    });
    expect(result.data[6].pricing.prompt).toBe('0.000001');
  });
});
