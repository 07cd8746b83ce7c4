import { screen, waitFor } from '@testing-library/react';
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { UnauthorizedError } from '../../src/core/errors';
import { useModels } from '../../src/hooks/use-models';
import { useMyModels } from '../../src/hooks/use-my-models';
import { modelKeys } from '../../src/query/model-keys';
import { http, HttpResponse } from 'msw';
import {
  ANY_HOST,
  createQueryClient,
  errorBody,
  rawModels,
  renderHookWithProviders,
  renderWithProviders,
  requests,
  requestsTo,
  server,
  sleep,
  setupMockServer,
} from './utils';

setupMockServer();

/**
 * `GET /models/user` whose answer depends on the token (a real server filters by the user's
 * settings), so two users' lists differ; a token starting with "bad" is refused with a
 * message that echoes it, as some servers do.
 */
beforeEach(() => {
  server.use(
    http.get(`${ANY_HOST}/models/user`, ({ request }) => {
      const token = (request.headers.get('authorization') ?? '').replace(/^Bearer /, '');
      if (!token) return errorBody(401, 'Missing Authentication header');
      if (token.startsWith('bad')) return errorBody(401, `Invalid token ${token}`);
      return HttpResponse.json({ data: rawModels.slice(0, (token.length % 7) + 3) });
    }),
  );
});

const ALICE = 'sk-or-v1-alice-0123456789abcdef';
const BOB = 'sk-or-v1-bob-fedcba9876543210';

/** Everything a devtools panel or a persister would show of the cache's keys. */
function keysText(queryClient: QueryClient): string {
  return JSON.stringify(
    queryClient
      .getQueryCache()
      .getAll()
      .map((q) => [q.queryKey, q.queryHash]),
  );
}

function Mine({
  bearer,
  label,
  userKey,
}: {
  bearer: string | null | undefined;
  label: string;
  userKey?: string;
}) {
  const { data, status, fetchStatus, error } = useMyModels({ bearer, userKey });
  return (
    <p data-testid={label}>{error ? error.name : `${status}/${fetchStatus}/${data?.data.length ?? '-'}`}</p>
  );
}

describe('useMyModels', () => {
  test('the bearer goes to the server as a header, and never into a key, a hash or a dehydrated cache', async () => {
    const { queryClient } = renderWithProviders(
      <>
        <Mine label="alice" bearer={ALICE} />
        <Mine label="bob" bearer={BOB} />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('alice')).toHaveTextContent(/^success\/idle\/\d+$/));
    await waitFor(() => expect(screen.getByTestId('bob')).toHaveTextContent(/^success\/idle\/\d+$/));

    // Two tokens → two requests, each with its own Authorization, no token in the URL.
    const calls = requestsTo('/models/user');
    expect(calls).toHaveLength(2);
    expect(calls.map((r) => r.authorization).sort()).toEqual([`Bearer ${ALICE}`, `Bearer ${BOB}`].sort());
    for (const r of calls) expect(r.url.href).not.toMatch(/sk-or|alice|bob/);

    // Two tokens → two cache entries, holding different lists.
    const entries = queryClient.getQueryCache().findAll({ queryKey: modelKeys.userLists() });
    expect(entries).toHaveLength(2);
    expect(entries[0].queryHash).not.toBe(entries[1].queryHash);
    expect(screen.getByTestId('alice').textContent).not.toBe(screen.getByTestId('bob').textContent);

    const text = keysText(queryClient);
    for (const secret of [ALICE, BOB, '0123456789abcdef', 'fedcba9876543210', 'sk-or-v1'])
      expect(text).not.toContain(secret);
    const persisted = JSON.stringify(dehydrate(queryClient));
    for (const secret of [ALICE, BOB]) expect(persisted).not.toContain(secret);
    // Nor in the options a devtools panel shows.
    for (const q of entries)
      expect(JSON.stringify({ key: q.queryKey, meta: q.meta, options: q.options })).not.toContain('sk-or');
  });

  test('the same token in two components → one request, one entry', async () => {
    const { queryClient } = renderWithProviders(
      <>
        <Mine label="a" bearer={ALICE} />
        <Mine label="b" bearer={ALICE} />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('b')).toHaveTextContent(/^success/));
    expect(requests).toHaveLength(1);
    expect(queryClient.getQueryCache().findAll({ queryKey: modelKeys.userLists() })).toHaveLength(1);
  });

  test('a userKey replaces the token-derived id in the key', async () => {
    const { result, queryClient } = renderHookWithProviders(() =>
      useMyModels({ bearer: ALICE, userKey: 'user_42', outputModalities: 'all' }),
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const [entry] = queryClient.getQueryCache().findAll({ queryKey: modelKeys.userLists() });
    expect(entry.queryKey).toEqual(['openrouter', 'models', 'user', 'user_42', { outputModalities: 'all' }]);
    expect(keysText(queryClient)).not.toContain(ALICE);
    expect(requests[0].url.searchParams.get('output_modalities')).toBe('all');
  });

  test.each([
    ['empty string', ''],
    ['null', null],
    ['undefined', undefined],
  ])('no bearer (%s) → no request; pending and idle (skipToken)', async (_label, bearer) => {
    const { result } = renderHookWithProviders(() => useMyModels({ bearer }));
    expect(result.current.status).toBe('pending');
    expect(result.current.fetchStatus).toBe('idle');
    await sleep(50);
    expect(result.current.status).toBe('pending');
    expect(result.current.fetchStatus).toBe('idle');
    expect(result.current.error).toBeNull();
    expect(requests).toHaveLength(0);
  });

  test("bearer omitted → the client's own apiKey, kept out of every key; a client without one → UnauthorizedError (missing_bearer) and no request", async () => {
    const own = renderHookWithProviders(() => useMyModels(), { clientOptions: { apiKey: ALICE } });
    await waitFor(() => expect(own.result.current.isSuccess).toBe(true));
    expect(own.result.current.data?.data.length).toBe((ALICE.length % 7) + 3);
    expect(requestsTo('/models/user')).toHaveLength(1);
    expect(requestsTo('/models/user')[0].headers.get('authorization')).toBe(`Bearer ${ALICE}`);
    expect(keysText(own.queryClient)).not.toContain(ALICE);
    own.unmount();

    const none = renderHookWithProviders(() => useMyModels({ userKey: 'u1' }));
    await waitFor(() => expect(none.result.current.isError).toBe(true));
    expect(none.result.current.error).toBeInstanceOf(UnauthorizedError);
    expect(none.result.current.error?.code).toBe('missing_bearer');
    expect(requestsTo('/models/user')).toHaveLength(1);
  });

  test('signing in starts the query; signing out and removeQueries(userLists) drops every user list, keeping the public one', async () => {
    const queryClient = createQueryClient();
    function App({ bearer }: { bearer: string | null }) {
      const publicList = useModels();
      return (
        <>
          <p data-testid="public">{publicList.data ? 'public ok' : 'public pending'}</p>
          {bearer ? <Mine label="mine" bearer={bearer} /> : <p>signed out</p>}
        </>
      );
    }
    const { rerender } = renderWithProviders(<App bearer={null} />, { queryClient });
    await waitFor(() => expect(screen.getByTestId('public')).toHaveTextContent('public ok'));
    expect(requestsTo('/models/user')).toHaveLength(0);

    rerender(<App bearer={ALICE} />);
    await waitFor(() => expect(screen.getByTestId('mine')).toHaveTextContent(/^success/));
    expect(requestsTo('/models/user')).toHaveLength(1);
    expect(queryClient.getQueryCache().findAll({ queryKey: modelKeys.userLists() })).toHaveLength(1);

    // Sign-out.
    rerender(<App bearer={null} />);
    queryClient.removeQueries({ queryKey: modelKeys.userLists() });
    expect(queryClient.getQueryCache().findAll({ queryKey: modelKeys.userLists() })).toHaveLength(0);
    expect(queryClient.getQueryCache().findAll({ queryKey: modelKeys.lists() })).toHaveLength(1);
    expect(screen.getByTestId('public')).toHaveTextContent('public ok');

    // Signing in again fetches afresh: nothing of the old session was kept.
    rerender(<App bearer={ALICE} />);
    expect(screen.getByTestId('mine')).toHaveTextContent(/^pending\/fetching/);
    await waitFor(() => expect(screen.getByTestId('mine')).toHaveTextContent(/^success/));
    expect(requestsTo('/models/user')).toHaveLength(2);
  });

  test('a rejected token → UnauthorizedError after one request, with the token redacted from the error', async () => {
    const bad = 'bad-token-0123456789';
    const { result } = renderHookWithProviders(() => useMyModels({ bearer: bad }, { retryDelay: 1 }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    const error = result.current.error!;
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(requests).toHaveLength(1);
    // The mock server echoes the token in its message, as some servers do.
    expect(
      JSON.stringify({
        message: error.message,
        body: error.body,
        metadata: error.metadata,
        code: error.code,
      }),
    ).not.toContain(bad);
    expect(error.message).toContain('[redacted]');
  });
});
