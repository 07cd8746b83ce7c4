import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { DEFAULT_BASE_URL } from '../core/client';
import { mockErrorResponse } from './mock-error-response';

export type MockFailureKind = '500' | '429' | 'html502' | '503' | 'status' | 'slow' | 'network' | 'stall';

export interface MockFailureOptions {
  /**
   * - `'500'`: HTTP 500, `{ error: { code: 500, message: 'Internal Server Error' } }`.
   * - `'429'`: HTTP 429 with `Retry-After`, `{ error: { code: 429, message: 'Rate limit exceeded' } }`.
   * - `'html502'`: HTTP 502 with nginx's HTML "502 Bad Gateway" page (`text/html`), as a proxy sends it.
   * - `'503'`: HTTP 503 with `Retry-After`, `{ error: { code: 503, message: 'Service Unavailable' } }`.
   * - `'status'`: any other status (`status`, e.g. 400, 401, 403, 404) with OpenRouter's error body.
   * - `'slow'`: waits `delayMs`, then lets the request through to the next handler (the real data).
   * - `'network'`: a network error (`HttpResponse.error()`): fetch rejects with a TypeError.
   * - `'stall'`: never answers (until the request is aborted): for timeout tests.
   */
  kind: MockFailureKind;
  /** `Retry-After` of `'429'` and `'503'`: seconds or an HTTP date. Default `'1'`; `null` sends none. */
  retryAfter?: string | null;
  /** `'slow'`: the delay in ms. Default 1500. */
  delayMs?: number;
  /** Fail only the first `times` matching requests, then let requests through (recovery after retries). Default: every request. */
  times?: number;
  /** The API base URL to fail. Default `https://openrouter.ai/api/v1`. Same forms as `createModelsHandlers`' `baseUrl`. */
  baseUrl?: string;
  /** The path under the base URL to fail, MSW syntax: `'/models'`, `'/model/*'`. Default `'/*'` (every endpoint). */
  path?: string;
  /** `error.code` in the JSON body (the server has sent it as a string too). Default: the status. */
  code?: number | string;
  /** `error.message` in the JSON body. */
  message?: string;
  /** `'status'`: the HTTP status to answer with. Default 400. */
  status?: number;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'No auth credentials found',
  402: 'Insufficient credits',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
};

const NGINX_502 = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

/** `https://x/api/v1/` → `https://x/api/v1`. */
export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

function waitForAbort(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * A handler that makes the mock API fail in one way. Put it in front of the models
 * handlers: `server.use(mockFailure({ kind: '500' }))` in a test, or
 * `parameters: { msw: { handlers: [mockFailure({ kind: 'html502' }), ...createModelsHandlers()] } }`
 * in a story. With `times`, the first N requests fail and later ones fall through to the
 * next handler, so a client with retries recovers.
 */
export function mockFailure(options: MockFailureOptions): HttpHandler {
  const { kind, retryAfter = '1', delayMs = 1500, times, code, message } = options;
  const url = `${trimBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL)}${options.path ?? '/*'}`;
  let failed = 0;
  return http.get(url, async ({ request }) => {
    if (times !== undefined && failed >= times) return undefined;
    failed++;
    const headers: Record<string, string> = retryAfter === null ? {} : { 'Retry-After': retryAfter };
    switch (kind) {
      case '500':
        return mockErrorResponse(500, message ?? 'Internal Server Error', { code });
      case '429':
        return mockErrorResponse(429, message ?? 'Rate limit exceeded', { code, headers });
      case '503':
        return mockErrorResponse(503, message ?? 'Service Unavailable', { code, headers });
      case 'status': {
        const status = options.status ?? 400;
        return mockErrorResponse(status, message ?? STATUS_TEXT[status] ?? `HTTP ${status}`, { code });
      }
      case 'html502':
        return new HttpResponse(NGINX_502, {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html' },
        });
      case 'network':
        return HttpResponse.error();
      case 'slow':
        await delay(delayMs);
        return undefined;
      case 'stall':
        await waitForAbort(request.signal);
        return HttpResponse.error();
      default:
        return mockErrorResponse(500, `Unknown mock failure kind "${String(kind)}"`);
    }
  });
}
