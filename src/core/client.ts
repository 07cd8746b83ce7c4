import { encodeModelsQuery } from './encode-query';
import {
  type OpenRouterErrorOptions,
  type OpenRouterError,
  APIError,
  BadRequestError,
  ForbiddenError,
  InternalServerError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  TimeoutError,
  UnauthorizedError,
  isRetryableError,
  retryAfterMsOf,
} from './errors';
import { modelIdOf, modelPath, type ModelRef } from './model-id';
import { parseModel, parseModelsCount, parseModelsList } from './parse';
import { parseEndpointsList } from './parse-endpoints';
import type { CallOptions } from './request';
import {
  DEFAULT_BACKOFF,
  DEFAULT_RETRY,
  abortError,
  backoffDelay,
  parseRetryAfter,
  sleep,
  untilAborted,
  type RetryConfig,
} from './retry';
import type {
  ModelEndpointsResponse,
  ModelResponse,
  ModelsCountFilters,
  ModelsCountResponse,
  ModelsListFilters,
  ModelsListForUserParams,
  ModelsListResponse,
} from './types';
import { obj } from './util';

export const DEFAULT_BASE_URL = 'https://openrouter.ai/api/v1';

export interface OpenRouterClientOptions {
  /** Default `https://openrouter.ai/api/v1`. Regional hosts (`https://eu.openrouter.ai/api/v1`) and proxies work as they are. */
  baseUrl?: string | undefined;
  /** Sent as `Authorization: Bearer …` on every call. The model list is public: most apps need none. */
  apiKey?: string | undefined;
  /** Defaults to `globalThis.fetch` (looked up at call time, so test mocks installed later apply). */
  fetch?: typeof globalThis.fetch;
  /** Your app's URL, sent as `HTTP-Referer` for attribution on openrouter.ai. */
  httpReferer?: string | undefined;
  /** Your app's name, sent as `X-OpenRouter-Title`. */
  appTitle?: string | undefined;
  /** Your app's categories, sent comma-joined as `X-OpenRouter-Categories`. */
  appCategories?: string | readonly string[] | undefined;
  /**
   * When the attribution headers (`httpReferer`, `appTitle`, `appCategories`) are sent.
   * `'auto'` (default): always from a server or a same-origin proxy; from a web page or worker
   * calling another origin, only on requests that carry a key. There each custom header makes
   * the browser ask first (a CORS preflight per distinct URL) and the public list gains
   * nothing by it. `'always'`: on every request.
   */
  sendAttribution?: 'auto' | 'always';
  /** Retries for every call (default: backoff from 500 ms, ×1.5, at most 10 s apart, 30 s in all). */
  retries?: RetryConfig;
  /** Per-attempt timeout in ms (default 30,000; 0 for none). */
  timeoutMs?: number | undefined;
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
    /**
     * `GET /models/{author}/{slug}/endpoints`: who serves a model, at what price, how fast and how
     * reliably. Same refs as `get`. Latency and throughput are null unless the client has an `apiKey`.
     */
    endpoints(ref: ModelRef, options?: CallOptions): Promise<ModelEndpointsResponse>;
    /** `GET /models/count`. */
    count(filters?: ModelsCountFilters, options?: CallOptions): Promise<ModelsCountResponse>;
    /** `GET /models/user` with a bearer token: the models this user may use. */
    listForUser(params?: ListForUserOptions, options?: CallOptions): Promise<ModelsListResponse>;
  };
}

/** An error class of the kit. */
type ErrorType = new (message: string, options?: OpenRouterErrorOptions) => OpenRouterError;

/** The typed error of each status; any other 4xx / 5xx is an `APIError`. */
const ERRORS: Record<number, ErrorType> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  429: RateLimitError,
  500: InternalServerError,
};

/**
 * `secret` as it is, or as JSON may write it: any of its characters as a `\uXXXX` escape
 * (`\u002d` for `-`), or `\"`, `\\`, `\/`. A server that escapes its JSON cannot slip it past.
 */
function secretPattern(secret: string): RegExp {
  const esc = (t: string) => t.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  const forms = (c: string) => [
    c,
    ({ '"': '\\"', '\\': '\\\\', '/': '\\/' } as Record<string, string>)[c],
    '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  ];
  return new RegExp(
    [...secret]
      .map(
        (c) =>
          `(?:${forms(c)
            .filter(Boolean)
            .map((f) => esc(f!))
            .join('|')})`,
      )
      .join(''),
    'gi',
  );
}

/** `value` when JSON.stringify can write it, else undefined. */
function loggable<T>(value: T): T | undefined {
  try {
    JSON.stringify(value);
    return value;
  } catch {
    return undefined;
  }
}

/**
 * `value` when `fetch` can send it as a header value: tabs, printable ASCII and Latin-1
 * (anything else, a line break first, makes `fetch` throw with the value in its message).
 * Else an `InvalidRequestError` naming `field`, never the value (it may be a token).
 */
function headerValue(field: string, value: string): string {
  if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) {
    const why = 'must be a header value without line breaks, control characters or characters above U+00FF';
    throw new InvalidRequestError(field, why);
  }
  return value;
}

/** Extra headers (`headers` of the client or of a call), every name and value checked. */
function checkHeaders(headers: Record<string, string> | undefined): Record<string, string> | undefined {
  for (const [name, value] of Object.entries(headers ?? {})) {
    // A name is an HTTP token (RFC 9110): ASCII letters, digits and !#$%&'*+-.^_`|~.
    if (!/^[\w!#$%&'*+.^`|~-]+$/.test(name)) {
      const why = `${JSON.stringify(name)} is not a header name (an HTTP token)`;
      throw new InvalidRequestError('headers', why);
    }
    headerValue(`headers.${name}`, value);
  }
  return headers;
}

/** `value`, or the error of a 200 whose JSON is not what the endpoint returns. */
function must<T>(value: T | undefined, request: string, what: string): T {
  if (!value)
    throw new ResponseParseError(`No ${what} in the response for ${request}`, {
      status: 200,
      code: 'invalid_shape',
      request,
    });
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
  const { apiKey, appCategories, baseUrl: base = DEFAULT_BASE_URL } = options;
  let ok;
  try {
    // http(s), and no credentials, query or fragment.
    ok = /^https?:\/\/[^@/?#]+(\/[^?#]*)?$/.test(new URL(base).href);
  } catch {
    // not a URL
  }
  if (!ok)
    throw new InvalidRequestError(
      'baseUrl',
      'must be an absolute http(s) URL without credentials, query or fragment',
    );
  const baseUrl = base.replace(/\/+$/, '');
  const headers: Record<string, string> = { Accept: 'application/json', ...checkHeaders(options.headers) };
  if (apiKey) headers.Authorization = headerValue('apiKey', 'Bearer ' + apiKey);
  const attribution: Record<string, string> = {};
  for (const [name, field, value] of [
    ['HTTP-Referer', 'httpReferer', options.httpReferer],
    ['X-OpenRouter-Title', 'appTitle', options.appTitle],
    [
      'X-OpenRouter-Categories',
      'appCategories',
      typeof appCategories == 'string' ? appCategories : appCategories?.join(','),
    ],
  ]) {
    if (value) attribution[name!] = headerValue(field!, value);
  }
  const attributeAlways = options.sendAttribution === 'always' || !isCrossOriginFromPage(baseUrl);

  /**
   * One GET, with timeout, abort and retries. Resolves with the parsed JSON body of a 2xx
   * response; rejects with an `OpenRouterError` subclass, or the platform's AbortError when
   * `call.signal` aborts.
   */
  async function getJson(
    path: string,
    query: string,
    call: CallOptions = {},
    bearer?: string,
  ): Promise<unknown> {
    const request = `GET ${path}`;
    const callHeaders = checkHeaders(call.headers);
    const userSignal = call.signal;
    const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 30_000;
    const {
      strategy,
      backoff: custom,
      retryConnectionErrors,
    } = (call.retries ?? options.retries ?? DEFAULT_RETRY) as Extract<RetryConfig, { strategy: 'backoff' }>;
    const backoff = strategy == 'backoff' && { ...DEFAULT_BACKOFF, ...custom };
    /** Text without the key and the token (as they are, and as JSON writes them). */
    const redact = (text: string) =>
      [apiKey, bearer].reduce(
        (t: string, s) => (s && s.length > 3 ? t.replace(secretPattern(s), '[redacted]') : t),
        text,
      );
    /** The error of this request: `what` for GET /path. */
    const fail = (Type: ErrorType, what: string, fields: OpenRouterErrorOptions) =>
      new Type(`${what} for ${request}`, { request, ...fields });
    const started = Date.now();
    // Each attempt (and each wait between them) has its own controller, aborted by the
    // timeout or by the caller's signal (with an AbortError).
    let controller: AbortController;
    const abort = () => controller.abort(abortError());
    userSignal?.addEventListener('abort', abort);
    try {
      for (let attempt = 0; ; attempt++) {
        controller = new AbortController();
        const signal = controller.signal;
        let timedOut = false;
        let response: Response | undefined;
        let text = '';
        const timer =
          timeoutMs > 0 && timeoutMs < 1 / 0
            ? setTimeout(() => {
                timedOut = true;
                abort();
              }, timeoutMs)
            : undefined;
        try {
          if (userSignal?.aborted) throw abortError();
          try {
            text = await untilAborted(
              (options.fetch ?? fetch)(baseUrl + path + (query && '?' + query), {
                method: 'GET',
                headers: {
                  ...((attributeAlways || apiKey || bearer) && attribution),
                  ...headers,
                  ...callHeaders,
                  ...(bearer && { Authorization: 'Bearer ' + bearer }),
                },
                signal,
              }).then((r) => (response = r).text()),
              signal,
            );
          } catch (cause) {
            const status = response?.status;
            if (timedOut) throw fail(TimeoutError, `Timed out after ${timeoutMs} ms`, { status });
            if (signal.aborted) throw signal.reason;
            throw fail(
              NetworkError,
              redact(`Network error (${cause instanceof Error ? cause.message : String(cause)})`),
              { status },
            );
          }
          const { ok, status, headers: responseHeaders } = response!;
          // What the server sent back is scrubbed before it goes into an error (and before it is cut:
          // a cut through a key would leave part of it).
          const safe = () => redact(text);
          const body = () => safe().replace(/\s+/g, ' ').trim().slice(0, 300);
          if (!ok) {
            let error: unknown;
            try {
              error = JSON.parse(safe()).error;
            } catch {
              // Not JSON: a proxy's HTML page or plain text. The status says what happened.
            }
            const fields = obj(error);
            const message = typeof error == 'string' ? error : fields?.message;
            const code = fields?.code;
            throw new (ERRORS[status] ?? APIError)(
              `HTTP ${status} for ${request}${typeof message == 'string' ? ': ' + message : text.trim() && ' (not JSON)'}`,
              {
                request,
                status,
                code: typeof code == 'string' || typeof code == 'number' ? code : status,
                // Kept only when it can be serialised: metadata nested thousands of levels deep would
                // make JSON.stringify (an app's logger, an error tracker) throw a RangeError.
                metadata: loggable(obj(fields?.metadata)),
                body: body(),
                retryAfterMs: parseRetryAfter(responseHeaders.get('retry-after')),
              },
            );
          }
          try {
            return JSON.parse(text);
          } catch {
            throw fail(ResponseParseError, `Not JSON (${responseHeaders.get('content-type')})`, {
              status,
              code: 'invalid_json',
              body: body(),
            });
          }
        } catch (error) {
          clearTimeout(timer);
          if (
            !backoff ||
            !isRetryableError(error) ||
            (retryConnectionErrors === false &&
              (error instanceof NetworkError || error instanceof TimeoutError))
          )
            throw error;
          const wait = Math.max(backoffDelay(backoff, attempt), retryAfterMsOf(error) ?? 0);
          if (Date.now() - started + wait > backoff.maxElapsedTime) throw error;
          await sleep(wait, (controller = new AbortController()).signal);
        } finally {
          clearTimeout(timer);
        }
      }
    } finally {
      userSignal?.removeEventListener('abort', abort);
    }
  }

  const list = async (path: string, query: string, call?: CallOptions, bearer?: string) =>
    must(parseModelsList(await getJson(path, query, call, bearer)), `GET ${path}`, 'list of models');

  return {
    baseUrl,
    models: {
      async list(filters = {}, call) {
        return list('/models', encodeModelsQuery(filters), call);
      },

      async get(ref, call) {
        const path = modelPath(ref);
        const request = `GET ${path}`;
        const data = obj(await getJson(path, '', call))?.data;
        if (data == null)
          throw new NotFoundError(`No model in the response for ${request}`, {
            status: 404,
            code: 404,
            request,
          });
        return { data: must(parseModel(data), request, 'model with an id and a name') };
      },

      async endpoints(ref, call) {
        // The checked path of `get`, under the plural `models`: /models/{author}/{slug}/endpoints.
        const path = '/models' + modelPath(ref).slice('/model'.length) + '/endpoints';
        const request = `GET ${path}`;
        // The client's key goes in the Authorization header (set once above), as on every call.
        return {
          data: must(
            parseEndpointsList(await getJson(path, '', call), modelIdOf(ref)),
            request,
            'model endpoints',
          ),
        };
      },

      async count(filters = {}, call) {
        return must(
          parseModelsCount(
            await getJson('/models/count', encodeModelsQuery(filters, ['outputModalities']), call),
          ),
          'GET /models/count',
          'count',
        );
      },

      async listForUser(params = {}, call) {
        const { bearer = apiKey, ...filters } = params;
        if (typeof bearer != 'string' || !bearer.trim()) {
          throw new UnauthorizedError('No bearer token for GET /models/user', {
            status: 401,
            code: 'missing_bearer',
            request: 'GET /models/user',
          });
        }
        const query = encodeModelsQuery(filters, ['outputModalities', 'offset', 'limit']);
        return list('/models/user', query, call, headerValue('bearer', bearer));
      },
    },
  };
}

/** True in a web page or worker whose origin is not the API's: custom headers cost a preflight there. */
function isCrossOriginFromPage(baseUrl: string): boolean {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin == 'string' && origin !== new URL(baseUrl).origin;
}
