import { Suspense, type ReactNode } from 'react';
import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { InternalServerError, InvalidRequestError, NotFoundError } from '../../src/core/errors';
import type { ModelsListFilters } from '../../src/core/types';
import { useSuspenseModel } from '../../src/hooks/use-model';
import { useSuspenseModelCount } from '../../src/hooks/use-model-count';
import { useSuspenseModels } from '../../src/hooks/use-models';
import {
  ErrorBoundary,
  createQueryClient,
  errorBody,
  renderWithProviders,
  requests,
  server,
  setupMockServer,
} from './utils';

setupMockServer();

// React reports errors caught by a boundary on the console; keep the output clean.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

function Boundaries({ children, onError }: { children: ReactNode; onError?: (e: unknown) => void }) {
  return (
    <ErrorBoundary onError={onError}>
      <Suspense fallback={<p>loading…</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

function Names({ filters }: { filters?: ModelsListFilters }) {
  const { data } = useSuspenseModels(filters);
  // No `undefined` check needed: Suspense guarantees data.
  return (
    <ul aria-label="models">
      {data.data.slice(0, 3).map((m) => (
        <li key={m.id}>{m.name}</li>
      ))}
    </ul>
  );
}

function One({ id }: { id: string }) {
  const { data } = useSuspenseModel(id, { retryDelay: 1 });
  return <h1>{data.data.name}</h1>;
}

function Count() {
  const { data } = useSuspenseModelCount({}, { select: (d) => d.data.count });
  return <p>{data} models in all</p>;
}

describe('Suspense twins', () => {
  test('useSuspenseModels suspends, then renders the data', async () => {
    renderWithProviders(
      <Boundaries>
        <Names filters={{ q: 'claude' }} />
      </Boundaries>,
    );
    expect(screen.getByText('loading…')).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'models' });
    expect(list.children).toHaveLength(3);
    expect(list).toHaveTextContent(/Claude/);
    expect(screen.queryByText('loading…')).not.toBeInTheDocument();
    expect(requests).toHaveLength(1);
  });

  test('useSuspenseModel and useSuspenseModelCount (with select) suspend, then render', async () => {
    renderWithProviders(
      <Boundaries>
        <One id="anthropic/claude-sonnet-4.6" />
        <Count />
      </Boundaries>,
    );
    expect(screen.getByText('loading…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Anthropic: Claude Sonnet 4.6' })).toBeInTheDocument();
    expect(screen.getByText('337 models in all')).toBeInTheDocument();
  });

  test('cached data renders at once, without suspending or a request', async () => {
    const queryClient = createQueryClient();
    const first = renderWithProviders(
      <Boundaries>
        <Names />
      </Boundaries>,
      { queryClient },
    );
    await screen.findByRole('list');
    first.unmount();
    renderWithProviders(
      <Boundaries>
        <Names />
      </Boundaries>,
      { queryClient },
    );
    expect(screen.getByRole('list')).toBeInTheDocument();
    expect(screen.queryByText('loading…')).not.toBeInTheDocument();
    expect(requests).toHaveLength(1);
  });

  test('an unknown id: the NotFoundError goes to the error boundary after one request', async () => {
    const onError = vi.fn();
    renderWithProviders(
      <Boundaries onError={onError}>
        <One id="nobody/nothing" />
      </Boundaries>,
    );
    expect(screen.getByText('loading…')).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^NotFoundError: HTTP 404 for GET \/model\/nobody\/nothing/,
    );
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0][0]).toBeInstanceOf(NotFoundError);
    expect(requests).toHaveLength(1);
  });

  test('a server error goes to the boundary after the query retries (4 requests)', async () => {
    server.use(http.get('*/api/v1/models', () => errorBody(500, 'Boom')));
    const onError = vi.fn();
    function Failing() {
      useSuspenseModels({}, { retryDelay: 1 });
      return <p>never</p>;
    }
    renderWithProviders(
      <Boundaries onError={onError}>
        <Failing />
      </Boundaries>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/^InternalServerError:/);
    expect(onError.mock.calls[0][0]).toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(4);
  });

  test('invalid input goes to the boundary as an InvalidRequestError, with no request', async () => {
    const onError = vi.fn();
    renderWithProviders(
      <Boundaries onError={onError}>
        <One id="a/b/c" />
      </Boundaries>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/^InvalidRequestError:/);
    await waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError.mock.calls[0][0]).toBeInstanceOf(InvalidRequestError);
    expect(requests).toHaveLength(0);
  });
});
