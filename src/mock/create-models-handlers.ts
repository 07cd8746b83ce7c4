import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { DEFAULT_BASE_URL } from '../core/client';
import { createModelResolver } from './create-model-resolver';
import { filterMockModels } from './filter-mock-models';
import { mockEndpointsBody } from './mock-endpoints-body';
import { mockErrorResponse } from './mock-error-response';
import { mockFailure, trimBaseUrl, type MockFailureOptions } from './mock-failure';
import { mockModels } from './mock-models';
import { mockModelsPage } from './mock-models-page';
import { parseModelsQuery, type MockModelsQuery } from './parse-models-query';
import type { RawModel } from './raw-model';
import { sortMockModels } from './sort-mock-models';

export interface ModelsHandlersOptions {
  /**
   * The API base URL the handlers answer, default `https://openrouter.ai/api/v1`. Any form
   * MSW matches works: a regional host (`https://eu.openrouter.ai/api/v1`), a proxy
   * (`https://proxy.example.com/openrouter`), a relative path (`/api/openrouter`, matched
   * against the page's origin), or a wildcard host (`*\/api/v1`: every host).
   */
  baseUrl?: string;
  /** The models served, raw snake_case entries. Default `mockModels` (the 2026-06-16 fixture). */
  models?: readonly RawModel[];
  /**
   * The models of `GET /models/user`. Default: `models` without their `:free` variants
   * (a stand-in for a user whose privacy settings exclude endpoints that may log prompts,
   * as most free endpoints do). On an `eu.` host only models with an EU endpoint (stand-in
   * regions, see `mockModelFacts`) are listed, as the real API filters to in-region models.
   */
  userModels?: readonly RawModel[];
  /**
   * "Now" for `min_age_days` / `max_age_days` and the `top-weekly` sort: unix seconds or a
   * Date. Default: the newest `created` among `models` (2026-06-16 for the fixture), so
   * answers never depend on the day the tests run.
   */
  now?: number | Date;
  /** Wait this many ms before every answer (to see loading states in stories). Default 0. */
  delayMs?: number;
  /** Failure switches placed in front of the handlers (see `mockFailure`); they use this `baseUrl` unless they name their own. */
  failure?: MockFailureOptions | readonly MockFailureOptions[];
}

function newestCreated(models: readonly RawModel[]): number {
  let newest = 0;
  for (const m of models) if (typeof m.created === 'number' && m.created > newest) newest = m.created;
  return newest || Math.floor(Date.UTC(2026, 5, 16) / 1000);
}

function decodeSegment(value: string | readonly string[] | undefined): string {
  const s = Array.isArray(value) ? value.join('/') : String(value ?? '');
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * MSW handlers for OpenRouter's model API over a models array, behaving like the real
 * server (filters, sorts, paging, variants, aliases, 400 / 401 / 404 errors):
 *
 * - `GET /models`: every list filter (see `filterMockModels`) and every sort (see
 *   `MOCK_SORTS`; popularity, top-weekly, throughput and latency are stand-ins).
 *   `output_modalities` defaults to text. With neither `offset` nor `limit` the whole list
 *   comes back; with either, a page (`limit` default 500). Always with `total_count` (the
 *   matches before paging) and `links.next` (the path of the next page, or null), like the
 *   newer API. Alias entries (`~author/…-latest`) carry `alias_target`. A bad parameter
 *   value is a 400 `{ error: { code: 400, message } }`.
 * - `GET /models/count`: `{ data: { count } }` for `output_modalities` (default text).
 * - `GET /model/{author}/{slug}`: `{ data: model }` with variants and aliases resolved
 *   (see `createModelResolver`); 404 `{ error: { code: 404, message: 'Model not found' } }`.
 * - `GET /models/user`: 401 `Missing Authentication header` without
 *   `Authorization: Bearer <token>` (any non-empty token is accepted); else the user's
 *   models (`userModels`) with `output_modalities`, `offset`, `limit` as in `/models`.
 * - `GET /models/{author}/{slug}/endpoints`: see `mockEndpointsBody` (stats only with a bearer); 404 when unknown.
 *
 * ```ts
 * const server = setupServer(...createModelsHandlers());
 * server.use(mockFailure({ kind: '429', times: 1 }));
 * ```
 */
export function createModelsHandlers(options: ModelsHandlersOptions = {}): HttpHandler[] {
  const base = trimBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  const models = options.models ?? mockModels;
  const now =
    options.now instanceof Date
      ? Math.floor(options.now.getTime() / 1000)
      : (options.now ?? newestCreated(models));
  const delayMs = options.delayMs ?? 0;
  const resolver = createModelResolver(models);
  let defaultUserModels: RawModel[] | undefined;
  const userModels = () =>
    options.userModels ?? (defaultUserModels ??= models.filter((m) => !m.id.endsWith(':free')));

  const wait = () => (delayMs > 0 ? delay(delayMs) : undefined);

  function withAlias(model: RawModel): RawModel {
    if (!model.id.startsWith('~') || model.alias_target) return model;
    const target = resolver.aliasTargetOf(model.id);
    return target ? { ...model, alias_target: target } : model;
  }

  function listResponse(all: RawModel[], query: MockModelsQuery, requestUrl: string): Response {
    const page = mockModelsPage(all, query, requestUrl);
    return HttpResponse.json({ ...page, data: page.data.map(withAlias) });
  }

  const failures =
    options.failure === undefined
      ? []
      : Array.isArray(options.failure)
        ? options.failure
        : [options.failure as MockFailureOptions];

  return [
    ...failures.map((f: MockFailureOptions) => mockFailure({ ...f, baseUrl: f.baseUrl ?? base })),

    http.get(`${base}/models`, async ({ request }) => {
      await wait();
      const parsed = parseModelsQuery(new URL(request.url).searchParams, 'list');
      if (!parsed.ok) return mockErrorResponse(400, parsed.message);
      const { query } = parsed;
      const matches = sortMockModels(filterMockModels(models, query, now), query.sort, now);
      return listResponse(matches, query, request.url);
    }),

    http.get(`${base}/models/count`, async ({ request }) => {
      await wait();
      const parsed = parseModelsQuery(new URL(request.url).searchParams, 'count');
      if (!parsed.ok) return mockErrorResponse(400, parsed.message);
      return HttpResponse.json({ data: { count: filterMockModels(models, parsed.query, now).length } });
    }),

    http.get(`${base}/models/user`, async ({ request }) => {
      await wait();
      const auth = request.headers.get('authorization') ?? '';
      if (!/^Bearer\s+\S+/i.test(auth)) return mockErrorResponse(401, 'Missing Authentication header');
      const url = new URL(request.url);
      const parsed = parseModelsQuery(url.searchParams, 'user');
      if (!parsed.ok) return mockErrorResponse(400, parsed.message);
      const query: MockModelsQuery = url.hostname.startsWith('eu.')
        ? { ...parsed.query, region: 'eu' }
        : parsed.query;
      return listResponse(filterMockModels(userModels(), query, now), query, request.url);
    }),

    http.get(`${base}/models/:author/:slug/endpoints`, async ({ params, request }) => {
      await wait();
      const model = resolver.resolve(`${decodeSegment(params.author)}/${decodeSegment(params.slug)}`);
      if (!model) return mockErrorResponse(404, 'Model not found');
      // Latency and throughput only for a caller with a bearer (any non-empty token), as the real API.
      return HttpResponse.json(
        mockEndpointsBody(model, {
          authorized: /^Bearer\s+\S+/i.test(request.headers.get('authorization') ?? ''),
        }),
      );
    }),

    http.get(`${base}/model/:author/:slug`, async ({ params }) => {
      await wait();
      const model = resolver.resolve(`${decodeSegment(params.author)}/${decodeSegment(params.slug)}`);
      if (!model) return mockErrorResponse(404, 'Model not found');
      return HttpResponse.json({ data: model });
    }),

    // Anything else under /model/ (a missing or extra segment) is not a model either.
    http.get(`${base}/model/*`, async () => {
      await wait();
      return mockErrorResponse(404, 'Model not found');
    }),
  ];
}
