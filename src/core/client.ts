import { encodeModelsQuery } from './encode-query';
import { InvalidRequestError, NotFoundError, ResponseParseError, UnauthorizedError } from './errors';
import { modelPath, type ModelRef } from './model-id';
import { parseModel, parseModelsCount, parseModelsList } from './parse';
import { getJson, type CallOptions, type RequestSettings } from './request';
import { DEFAULT_RETRY, type RetryConfig } from './retry';
import type {
  ModelResponse,
  ModelsCountFilters,
  ModelsCountResponse,
  ModelsListFilters,
  ModelsListForUserParams,
  ModelsListResponse,
} from './types';

export const DEFAULT_BASE_URL = 'https://openrouter.ai/api/v1';

export interface OpenRouterClientOptions {
  /** Default `https://openrouter.ai/api/v1`. Regional hosts (`https://eu.openrouter.ai/api/v1`) and proxies work as they are. */
  baseUrl?: string;
  /** Sent as `Authorization: Bearer …` on every call. The model list is public: most apps need none. */
  apiKey?: string;
  /** Defaults to `globalThis.fetch` (looked up at call time, so test mocks installed later apply). */
  fetch?: typeof globalThis.fetch;
  /** Your app's URL, sent as `HTTP-Referer` for attribution on openrouter.ai. */
  httpReferer?: string;
  /** Your app's name, sent as `X-OpenRouter-Title`. */
  appTitle?: string;
  /** Your app's categories, sent comma-joined as `X-OpenRouter-Categories`. */
  appCategories?: string | readonly string[];
  /** Retries for every call (default: backoff from 500 ms, ×1.5, at most 10 s apart, 30 s in all). */
  retries?: RetryConfig;
  /** Per-attempt timeout in ms (default 30,000; 0 for none). */
  timeoutMs?: number;
  /** Extra headers on every call. */
  headers?: Record<string, string>;
}

export interface ListForUserOptions extends Omit<ModelsListForUserParams, 'bearer'> {
  /** The user's token. Falls back to the client's `apiKey`. */
  bearer?: string;
}

export interface OpenRouterClient {
  /** The base URL in use, without a trailing slash. */
  readonly baseUrl: string;
  readonly models: {
    /** `GET /models` with every filter. Entries without an id or name are dropped and listed in `dropped`. */
    list(filters?: ModelsListFilters, options?: CallOptions): Promise<ModelsListResponse>;
    /** `GET /model/{author}/{slug}`: `'openai/gpt-4:free'`, `'~anthropic/claude-sonnet-latest'` or `{ author, slug }`. */
    get(ref: ModelRef, options?: CallOptions): Promise<ModelResponse>;
    /** `GET /models/count`. */
    count(filters?: ModelsCountFilters, options?: CallOptions): Promise<ModelsCountResponse>;
    /** `GET /models/user` with a bearer token: the models this user may use. */
    listForUser(params?: ListForUserOptions, options?: CallOptions): Promise<ModelsListResponse>;
  };
}

const COUNT_FILTERS = new Set(['outputModalities']);
const USER_FILTERS = new Set(['outputModalities', 'offset', 'limit']);

function checkBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidRequestError('baseUrl', 'must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InvalidRequestError('baseUrl', 'must be an http(s) URL');
  if (url.username || url.password) throw new InvalidRequestError('baseUrl', 'must not carry credentials');
  if (url.search || url.hash) throw new InvalidRequestError('baseUrl', 'must not carry a query or fragment');
  return value.replace(/\/+$/, '');
}

function headerValue(field: string, value: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\r\n\u0000]/.test(value)) throw new InvalidRequestError(field, 'must not contain line breaks');
  return value;
}

/**
 * A client for OpenRouter's model endpoints. Browser-safe: it uses only `fetch`,
 * `AbortController`, `URL` and timers, so it runs in browsers, Node 20+ and edge runtimes.
 *
 * ```ts
 * const client = createOpenRouterClient({ appTitle: 'My chat' });
 * const { data } = await client.models.list({ inputModalities: ['image'], sort: 'newest' });
 * ```
 */
export function createOpenRouterClient(options: OpenRouterClientOptions = {}): OpenRouterClient {
  const baseUrl = checkBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
  const headers: Record<string, string> = { ...options.headers };
  if (options.httpReferer) headers['HTTP-Referer'] = headerValue('httpReferer', options.httpReferer);
  if (options.appTitle) headers['X-OpenRouter-Title'] = headerValue('appTitle', options.appTitle);
  const categories = typeof options.appCategories === 'string' ? options.appCategories : options.appCategories?.join(',');
  if (categories) headers['X-OpenRouter-Categories'] = headerValue('appCategories', categories);
  if (options.apiKey) headers.Authorization = `Bearer ${headerValue('apiKey', options.apiKey)}`;
  const secrets = options.apiKey ? [options.apiKey] : [];
  const settings: RequestSettings = {
    fetch: (input, init) => (options.fetch ?? globalThis.fetch)(input, init),
    baseUrl,
    headers,
    retries: options.retries ?? DEFAULT_RETRY,
    timeoutMs: options.timeoutMs ?? 30_000,
    secrets,
  };

  async function list(filters: ModelsListFilters = {}, call?: CallOptions): Promise<ModelsListResponse> {
    const body = await getJson(settings, '/models', encodeModelsQuery(filters), call);
    return listBody(body, 'GET /models');
  }

  async function get(ref: ModelRef, call?: CallOptions): Promise<ModelResponse> {
    const path = modelPath(ref);
    const request = `GET ${path}`;
    const body = await getJson(settings, path, '', call);
    const data = body && typeof body === 'object' ? (body as { data?: unknown }).data : undefined;
    if (data === null || data === undefined) throw new NotFoundError(`Not found (empty body) for ${request}`, { status: 404, code: 404, request });
    const model = parseModel(data);
    if (!model) throw new ResponseParseError(`The response for ${request} holds no model with an id and a name`, { status: 200, code: 'invalid_shape', request });
    return { data: model };
  }

  async function count(filters: ModelsCountFilters = {}, call?: CallOptions): Promise<ModelsCountResponse> {
    const body = await getJson(settings, '/models/count', encodeModelsQuery(filters, COUNT_FILTERS), call);
    const parsed = parseModelsCount(body);
    if (!parsed) throw new ResponseParseError('The response for GET /models/count holds no count', { status: 200, code: 'invalid_shape', request: 'GET /models/count' });
    return parsed;
  }

  async function listForUser(params: ListForUserOptions = {}, call?: CallOptions): Promise<ModelsListResponse> {
    const { bearer = options.apiKey, ...filters } = params;
    if (typeof bearer !== 'string' || bearer.trim() === '') {
      throw new UnauthorizedError('A bearer token is needed for GET /models/user', { status: 401, code: 'missing_bearer', request: 'GET /models/user' });
    }
    const userSettings = bearer === options.apiKey ? settings : { ...settings, secrets: [...secrets, bearer] };
    const body = await getJson(userSettings, '/models/user', encodeModelsQuery(filters, USER_FILTERS), call, {
      Authorization: `Bearer ${headerValue('bearer', bearer)}`,
    });
    return listBody(body, 'GET /models/user');
  }

  return { baseUrl, models: { list, get, count, listForUser } };
}

function listBody(body: unknown, request: string): ModelsListResponse {
  const parsed = parseModelsList(body);
  if (!parsed) throw new ResponseParseError(`The response for ${request} holds no list of models`, { status: 200, code: 'invalid_shape', request });
  return parsed;
}
