/**
 * Hostile-input campaign, secrets: a representative flow (list, get, count, the user's list
 * with a bearer; 401 / 429 / 500 whose server messages echo the key; a network error that
 * echoes it) through the core, the hooks and the picker, with a known API key and bearer.
 * Every request URL, query key, query hash, error message, body, stack and metadata, every
 * console line and the rendered DOM are scanned: any hit of either secret fails. Requests go
 * to the configured base URL's origin only.
 */
import { format } from 'node:util';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { createOpenRouterClient, OpenRouterError, type OpenRouterClientOptions } from '../../src/core';
import { ModelCatalogue } from '../../src/components/model-catalogue/model-catalogue';
import { ModelPicker } from '../../src/components/model-picker/model-picker';
import { ErrorState } from '../../src/components/shared/state-views';
import { OpenRouterProvider, useModel, useModelCount, useModels, useMyModels } from '../../src/hooks';
import { createModelsHandlers, mockErrorResponse } from '../../src/mock';
import { failOnUnhandledRejections } from './unhandled-rejections';

failOnUnhandledRejections();

const KEY = 'sk-or-v1-TESTKEY-0123456789abcdef';
const BEARER = 'sk-or-v1-BEARER-fedcba9876543210';
/** The secrets and their distinctive tails (a truncated or re-prefixed copy is a leak too). */
const NEEDLES = [
  KEY,
  BEARER,
  'TESTKEY-0123456789abcdef',
  'BEARER-fedcba9876543210',
  '0123456789abcdef',
  'fedcba9876543210',
];
/** A regional host: "the configured base URL", not the default one. */
const BASE = 'https://eu.openrouter.ai/api/v1';
const ORIGIN = new URL(BASE).origin;

// ---------------------------------------------------------------- what is scanned

const scanned: { where: string; text: string }[] = [];
const hits: string[] = [];
let requestCount = 0;

function scan(where: string, value: unknown, into = hits) {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  scanned.push({ where, text });
  for (const needle of NEEDLES)
    if (text.includes(needle))
      into.push(
        `${where}: …${text.slice(Math.max(0, text.indexOf(needle) - 40), text.indexOf(needle) + needle.length + 10)}…`,
      );
}

/** Everything an error carries that could reach a log, a screen or an error tracker. */
function scanError(where: string, error: unknown) {
  if (!error) return;
  const e = error as OpenRouterError;
  scan(`${where} message`, e.message);
  scan(`${where} String()`, String(e));
  scan(`${where} stack`, e.stack ?? '');
  scan(`${where} body`, e.body ?? '');
  scan(`${where} code`, String(e.code));
  scan(`${where} request`, e.request ?? '');
  scan(`${where} metadata`, e.metadata ?? null);
  scan(`${where} JSON`, e);
  scan(`${where} cause`, (e as { cause?: unknown }).cause ?? null);
}

/** Keys, hashes, data and errors of every query in the cache. */
function scanCache(where: string, queryClient: QueryClient) {
  for (const q of queryClient.getQueryCache().getAll()) {
    scan(`${where} queryKey`, q.queryKey);
    scan(`${where} queryHash`, q.queryHash);
    scan(`${where} data`, q.state.data ?? null);
    scanError(`${where} error ${q.queryHash}`, q.state.error);
    scanError(`${where} failureReason ${q.queryHash}`, q.state.fetchFailureReason);
  }
}

// ---------------------------------------------------------------- the server: real mock + echoing errors

const server = setupServer(...createModelsHandlers({ baseUrl: BASE }));
const requests: URL[] = [];
server.events.on('request:start', ({ request }) => {
  requests.push(new URL(request.url));
  requestCount++;
});

/** The token a request carried (what a careless server or proxy would echo back). */
const tokenOf = (request: Request) => (request.headers.get('authorization') ?? '').replace(/^Bearer\s+/i, '');

/** Error metadata that echoes `token` everywhere: values, keys, nested arrays. */
const echoMeta = (token: string) => ({
  provider_raw: `upstream said: invalid key ${token}`,
  headers: { authorization: `Bearer ${token}` },
  [token]: 'as a key',
  nested: [{ token }],
});

/** Errors whose server messages, codes, metadata and bodies echo the token each request carried. */
function echoingErrors() {
  server.use(
    http.get(`${BASE}/models/user`, ({ request }) =>
      mockErrorResponse(401, `Invalid bearer ${tokenOf(request)}`, {
        code: `bad_token_${tokenOf(request)}`,
        metadata: echoMeta(tokenOf(request)),
      }),
    ),
    http.get(`${BASE}/models/count`, ({ request }) =>
      mockErrorResponse(429, `Rate limit for key ${tokenOf(request)}`, {
        metadata: echoMeta(tokenOf(request)),
        headers: { 'Retry-After': '0' },
      }),
    ),
    // A proxy's HTML page that prints the Authorization header, the key just before the 300-character cut.
    http.get(
      `${BASE}/model/*`,
      ({ request }) =>
        new HttpResponse(
          `<html><body>${'x'.repeat(280)} Authorization: Bearer ${tokenOf(request)}</body></html>`,
          { status: 500, headers: { 'Content-Type': 'text/html' } },
        ),
    ),
    http.get(`${BASE}/models`, ({ request }) =>
      mockErrorResponse(500, `Internal error while checking ${tokenOf(request)}`, {
        metadata: echoMeta(tokenOf(request)),
      }),
    ),
  );
}

/** A fetch that fails like a network does, echoing the URL and the Authorization header it was given. */
const echoingNetwork: typeof fetch = async (input, init) => {
  const auth = new Headers(init?.headers).get('authorization') ?? '';
  throw new TypeError(`fetch failed: socket hang up (${String(input)}) [authorization: ${auth}]`);
};

// ---------------------------------------------------------------- console capture

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const consoleLines: string[] = [];

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  for (const m of METHODS) {
    const original = console[m].bind(console);
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      consoleLines.push(`console.${m}: ${format(...args)}`);
      original(...args);
    });
  }
});
afterEach(() => {
  server.resetHandlers();
  scan('DOM', document.body.innerHTML);
  scan('localStorage', JSON.stringify({ ...localStorage }));
  // The catalogue keeps its state in the URL: the address and the history's state too.
  scan('URL', window.location.href);
  scan('history.state', window.history.state ?? null);
});
afterAll(() => {
  server.close();
  for (const line of consoleLines) scan('console', line);
  vi.restoreAllMocks();
  // One line for the campaign's counts (after the spies are gone, so it is not scanned itself).
  console.log(
    `hostile: secrets scanned ${scanned.length} strings (${requestCount} request URLs, ${consoleLines.length} console lines), secret hits ${hits.length}`,
  );
  expect(hits).toEqual([]);
});

/** Every request went to the configured origin, and no URL carries a secret. */
function checkRequests() {
  expect(requests.length).toBeGreaterThan(0);
  for (const url of requests) {
    expect(url.origin).toBe(ORIGIN);
    expect(url.pathname.startsWith('/api/v1/')).toBe(true);
    scan('request URL', url.href);
  }
}

beforeEach(() => {
  requests.length = 0;
});

// ---------------------------------------------------------------- the scanner itself

test('control: the scanner finds a secret, whole or cut, and the console spy records lines', () => {
  const found = (value: unknown) => {
    const into: string[] = [];
    scan('control', value, into);
    return into.length > 0;
  };
  expect(
    [`Bearer ${KEY}`, { nested: [{ token: BEARER }] }, `…${KEY.slice(-16)}`, 'nothing here'].map(found),
  ).toEqual([true, true, true, false]);
  const before = consoleLines.length;
  console.debug('control line');
  expect(consoleLines.slice(before)).toEqual(['console.debug: control line']);
});

// ---------------------------------------------------------------- the core

describe('core', () => {
  const options: OpenRouterClientOptions = { baseUrl: BASE, apiKey: KEY, retries: { strategy: 'none' } };

  test('successful calls: list, get, count, listForUser (bearer, and the key as bearer)', async () => {
    const client = createOpenRouterClient(options);
    const results = [
      await client.models.list({ q: 'claude' }),
      await client.models.get('anthropic/claude-sonnet-4.6'),
      await client.models.count({ outputModalities: 'all' }),
      await client.models.listForUser({ bearer: BEARER, limit: 5 }),
      await client.models.listForUser(),
    ];
    for (const r of results) scan('core data', r);
    expect(requests).toHaveLength(5);
    checkRequests();
  });

  test('401 / 429 / 500 / HTML 500 whose messages echo the secrets: typed errors, redacted', async () => {
    echoingErrors();
    const client = createOpenRouterClient(options);
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['list 500', () => client.models.list()],
      ['get HTML 500', () => client.models.get('anthropic/claude-sonnet-4.6')],
      ['count 429', () => client.models.count()],
      ['listForUser 401 (bearer)', () => client.models.listForUser({ bearer: BEARER })],
      ['listForUser 401 (key)', () => client.models.listForUser()],
    ];
    for (const [label, call] of calls) {
      const error = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, label).toBeInstanceOf(OpenRouterError);
      // The server's message still reaches the app, minus the secret.
      if (!label.includes('HTML')) expect((error as Error).message, label).toContain('[redacted]');
      scanError(`core ${label}`, error);
    }
    checkRequests();
  });

  test('a server that escapes characters in its JSON (\\u002d for "-", as some encoders do) still gets redacted', async () => {
    const escaped = (token: string) => token.replace(/-/g, '\\u002d');
    server.use(
      http.get(
        `${BASE}/models`,
        ({ request }) =>
          new HttpResponse(
            `{"error":{"code":"bad_${escaped(tokenOf(request))}","message":"Invalid key ${escaped(tokenOf(request))}","metadata":{"${escaped(tokenOf(request))}":"${escaped(tokenOf(request))}"}}}`,
            {
              status: 401,
              headers: { 'Content-Type': 'application/json' },
            },
          ),
      ),
    );
    const client = createOpenRouterClient(options);
    const error = await client.models.list().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OpenRouterError);
    scanError('core escaped JSON', error);
    checkRequests();
  });

  test('a network error whose message echoes the secrets', async () => {
    const client = createOpenRouterClient({ ...options, fetch: echoingNetwork });
    for (const [label, call] of [
      ['list', () => client.models.list()],
      ['get', () => client.models.get('a/b')],
      ['count', () => client.models.count()],
      ['listForUser', () => client.models.listForUser({ bearer: BEARER })],
    ] as const) {
      const error = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, label).toBeInstanceOf(OpenRouterError);
      scanError(`core network ${label}`, error);
    }
  });
});

// ---------------------------------------------------------------- the hooks and the picker

function Providers({
  children,
  queryClient,
  clientOptions,
}: {
  children: ReactNode;
  queryClient: QueryClient;
  clientOptions?: OpenRouterClientOptions;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <OpenRouterProvider baseUrl={BASE} apiKey={KEY} {...clientOptions}>
        {children}
      </OpenRouterProvider>
    </QueryClientProvider>
  );
}

/** Every hook once, each showing its state the way an app would (errors with ErrorState). */
function Flow() {
  const fast = { retryDelay: 1 };
  const list = useModels({ sort: 'newest' }, fast);
  const one = useModel('anthropic/claude-sonnet-4.6', fast);
  const count = useModelCount({ outputModalities: 'all' }, fast);
  const mine = useMyModels({ bearer: BEARER }, fast);
  const all = [
    ['list', list],
    ['model', one],
    ['count', count],
    ['mine', mine],
  ] as const;
  const queryClient = useQueryClient();
  return (
    <div>
      {all.map(([name, q]) => (
        <section key={name} aria-label={name}>
          {q.error ? (
            <ErrorState error={q.error} onRetry={() => void queryClient.refetchQueries()} />
          ) : q.isPending ? (
            'loading'
          ) : (
            `${name} ok`
          )}
        </section>
      ))}
    </div>
  );
}

const settled = () =>
  ['list', 'model', 'count', 'mine'].every(
    (n) => !screen.getByRole('region', { name: n }).textContent?.includes('loading'),
  );

describe('hooks', () => {
  test('successful flow: nothing secret in keys, hashes, data, URLs, console or DOM', async () => {
    const queryClient = new QueryClient();
    render(
      <Providers queryClient={queryClient}>
        <Flow />
      </Providers>,
    );
    await waitFor(() => expect(settled()).toBe(true), { timeout: 5000 });
    expect(screen.getAllByText(/ ok$/)).toHaveLength(4);
    scanCache('hooks ok', queryClient);
    checkRequests();
    queryClient.clear();
  });

  test('echoing 401 / 429 / 500 errors, retried by the query policy: redacted everywhere', async () => {
    echoingErrors();
    const queryClient = new QueryClient();
    render(
      <Providers queryClient={queryClient}>
        <Flow />
      </Providers>,
    );
    await waitFor(() => expect(settled()).toBe(true), { timeout: 10_000 });
    expect(screen.getAllByRole('alert')).toHaveLength(4);
    scanCache('hooks errors', queryClient);
    checkRequests();
    queryClient.clear();
  });

  test('network errors echoing the secrets, through the hooks', async () => {
    const queryClient = new QueryClient();
    render(
      <Providers queryClient={queryClient} clientOptions={{ fetch: echoingNetwork }}>
        <Flow />
      </Providers>,
    );
    await waitFor(() => expect(settled()).toBe(true), { timeout: 10_000 });
    expect(screen.getAllByRole('alert')).toHaveLength(4);
    scanCache('hooks network', queryClient);
    queryClient.clear();
  });

  test('the picker showing an echoing 500 (DOM and cache scanned)', async () => {
    echoingErrors();
    const queryClient = new QueryClient();
    render(
      <Providers queryClient={queryClient}>
        <ModelPicker defaultOpen storage={null} serverSearch={false} />
      </Providers>,
    );
    // The query policy retries a 500 three times (0.5 + 1 + 2 s) before the error shows.
    await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(screen.getByRole('alert')).toHaveTextContent('[redacted]');
    scanCache('picker', queryClient);
    checkRequests();
    queryClient.clear();
  }, 20_000);
});

describe('the catalogue, account view (scope="user")', () => {
  test("with a bearer, then with the provider's key: URL, history, DOM, cache and requests hold neither", async () => {
    window.history.replaceState(null, '', '/catalogue?tab=1');
    const queryClient = new QueryClient();
    const view = render(
      <Providers queryClient={queryClient}>
        <ModelCatalogue storage={null} scope="user" bearer={BEARER} />
      </Providers>,
    );
    await waitFor(
      () =>
        expect(document.querySelector('[data-slot="model-catalogue-count"]')).toHaveTextContent(
          /your account can use/,
        ),
      { timeout: 10_000 },
    );
    // A discrete change and typing: both write the URL.
    fireEvent.click(screen.getByRole('checkbox', { name: /Free models only/ }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search models' }), {
      target: { value: 'claude' },
    });
    await waitFor(() => expect(window.location.search).toContain('q=claude'), { timeout: 5000 });
    scan('catalogue URL', window.location.href);
    scanCache('catalogue bearer', queryClient);
    checkRequests();
    view.unmount();
    window.history.replaceState(null, '', '/catalogue?tab=1');
    // The provider's own key (no bearer).
    render(
      <Providers queryClient={queryClient}>
        <ModelCatalogue storage={null} scope="user" />
      </Providers>,
    );
    await waitFor(
      () =>
        expect(document.querySelector('[data-slot="model-catalogue-count"]')).toHaveTextContent(
          /your account can use/,
        ),
      { timeout: 10_000 },
    );
    scanCache('catalogue key', queryClient);
    checkRequests();
    queryClient.clear();
    window.history.replaceState(null, '', '/');
  }, 20_000);

  test('echoing 401 from /models/user: "Sign in…", and the secret nowhere', async () => {
    echoingErrors();
    const queryClient = new QueryClient();
    render(
      <Providers queryClient={queryClient}>
        <ModelCatalogue storage={null} scope="user" bearer={BEARER} />
      </Providers>,
    );
    await screen.findByText('Sign in to see the models your account can use', {}, { timeout: 10_000 });
    scanCache('catalogue 401', queryClient);
    checkRequests();
    queryClient.clear();
  }, 20_000);
});

describe('the picker, account view (scope="user")', () => {
  test("with a bearer, then with the provider's key: a search and a choice; DOM, cache and requests hold neither", async () => {
    const queryClient = new QueryClient();
    const view = render(
      <Providers queryClient={queryClient}>
        <ModelPicker defaultOpen storage={null} scope="user" bearer={BEARER} />
      </Providers>,
    );
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0), { timeout: 10_000 });
    fireEvent.change(screen.getByRole('combobox', { name: /search models/i }), {
      target: { value: 'claude' },
    });
    await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveTextContent(/claude/i));
    fireEvent.click(screen.getAllByRole('option')[0]!);
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    scan('picker bearer DOM', document.body.innerHTML);
    scanCache('picker bearer', queryClient);
    expect(requests.some((u) => u.pathname === '/api/v1/models/user')).toBe(true);
    checkRequests();
    view.unmount();
    // The provider's own key (no bearer).
    render(
      <Providers queryClient={queryClient}>
        <ModelPicker defaultOpen storage={null} scope="user" />
      </Providers>,
    );
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0), { timeout: 10_000 });
    scanCache('picker key', queryClient);
    checkRequests();
    queryClient.clear();
  }, 20_000);

  test('echoing 401 from /models/user: "Sign in…", and the secret nowhere', async () => {
    echoingErrors();
    const queryClient = new QueryClient();
    render(
      <Providers queryClient={queryClient}>
        <ModelPicker defaultOpen storage={null} scope="user" bearer={BEARER} />
      </Providers>,
    );
    await screen.findByText('Sign in to see the models your account can use', {}, { timeout: 10_000 });
    expect(screen.queryByRole('alert')).toBeNull();
    scanCache('picker 401', queryClient);
    checkRequests();
    queryClient.clear();
  }, 20_000);
});
