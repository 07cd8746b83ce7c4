import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import {
  APIError,
  BadRequestError,
  ForbiddenError,
  InternalServerError,
  InvalidRequestError,
  NetworkError,
  NotFoundError,
  OpenRouterError,
  RateLimitError,
  ResponseParseError,
  UnauthorizedError,
} from '../../src/core/errors';
import type { ModelRef } from '../../src/core/model-id';
import type { ModelsCountFilters, ModelsListFilters } from '../../src/core/types';
import { useModel } from '../../src/hooks/use-model';
import { useModelCount } from '../../src/hooks/use-model-count';
import { useModels } from '../../src/hooks/use-models';
import {
  errorBody,
  renderHookWithProviders,
  renderWithProviders,
  requests,
  server,
  sleep,
  setupMockServer,
} from './utils';

setupMockServer();

/** What an app renders: the four states, with the error's class and message. */
function ModelsView({ filters }: { filters?: ModelsListFilters }) {
  const { data, error, isPending } = useModels(filters, { retryDelay: 1 });
  if (error) return <p role="alert">{`${error.name} (${error.status}): ${error.message}`}</p>;
  if (isPending) return <p>loading</p>;
  return <p>{data!.data.length} models</p>;
}

function ModelView({ id }: { id: ModelRef }) {
  const { data, error, isPending } = useModel(id, { retryDelay: 1 });
  if (error) return <p role="alert">{`${error.name}: ${error.message}`}</p>;
  if (isPending) return <p>loading</p>;
  return <p>{data!.data.name}</p>;
}

const html =
  '<!doctype html><html><head><title>Cloudflare</title></head><body><h1>Just a moment...</h1></body></html>';

describe('each error state surfaces its typed error class', () => {
  test.each([
    ['400', () => errorBody(400, 'Invalid sort'), BadRequestError, 400, 1],
    ['401', () => errorBody(401, 'No auth credentials found'), UnauthorizedError, 401, 1],
    ['403', () => errorBody(403, 'Forbidden region'), ForbiddenError, 403, 1],
    ['404', () => errorBody(404, 'Not here'), NotFoundError, 404, 1],
    ['429', () => errorBody(429, 'Rate limit exceeded'), RateLimitError, 429, 4],
    ['500', () => errorBody(500, 'Internal server error'), InternalServerError, 500, 4],
    [
      '502 HTML page from a proxy',
      () => new HttpResponse(html, { status: 502, headers: { 'Content-Type': 'text/html' } }),
      APIError,
      502,
      4,
    ],
    ['network failure', () => HttpResponse.error(), NetworkError, 0, 4],
    [
      'HTML with status 200',
      () => new HttpResponse(html, { status: 200, headers: { 'Content-Type': 'text/html' } }),
      ResponseParseError,
      200,
      1,
    ],
    ['JSON 200 of the wrong shape', () => HttpResponse.json({ models: [] }), ResponseParseError, 200, 1],
  ] as const)('%s', async (_label, respond, ErrorClass, status, attempts) => {
    server.use(http.get('*/api/v1/models', () => respond()));
    const { result } = renderHookWithProviders(() => useModels({}, { retryDelay: 1 }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    const error = result.current.error!;
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(OpenRouterError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
    expect(error.request).toBe('GET /models');
    expect(result.current.data).toBeUndefined();
    expect(requests).toHaveLength(attempts);
  });

  test('the error reaches the screen, with its reason', async () => {
    server.use(http.get('*/api/v1/models', () => errorBody(400, 'Invalid sort value')));
    renderWithProviders(<ModelsView filters={{ sort: 'newest' }} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'BadRequestError (400): HTTP 400 for GET /models: Invalid sort value',
    );
  });

  test('useModelCount surfaces typed errors too', async () => {
    server.use(http.get('*/api/v1/models/count', () => errorBody(401, 'No auth')));
    const { result } = renderHookWithProviders(() => useModelCount());
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(UnauthorizedError);
    expect(requests).toHaveLength(1);
  });

  test('useModel: a known id renders, an unknown one is a NotFoundError', async () => {
    renderWithProviders(
      <>
        <ModelView id="anthropic/claude-sonnet-4.6" />
        <ModelView id="nobody/nothing" />
      </>,
    );
    expect(await screen.findByText('Anthropic: Claude Sonnet 4.6')).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent(/^NotFoundError: /);
    expect(requests).toHaveLength(2);
  });
});

describe('invalid input → InvalidRequestError, zero requests, no crash', () => {
  test.each<[string, ModelRef]>([
    ['a/b/c', 'a/b/c'],
    ['no slash', 'gpt-4'],
    ['empty', ''],
    ['traversal', '../etc'],
    ['{ author, slug } with a slash', { author: 'a/b', slug: 'c' }],
  ])('useModel(%s)', async (_label, ref) => {
    renderWithProviders(<ModelView id={ref} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^InvalidRequestError: Invalid /);
    const { result } = renderHookWithProviders(() => useModel(ref));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(InvalidRequestError);
    expect(result.current.failureCount).toBe(1);
    await sleep(20);
    expect(requests).toHaveLength(0);
  });

  test.each<[string, ModelsListFilters, string]>([
    ['context: -1', { context: -1 }, 'context'],
    ['limit: 5000', { limit: 5000 }, 'limit'],
    ['minPrice > maxPrice', { minPrice: 10, maxPrice: 1 }, 'minPrice'],
    ['a list that is a string', { providers: 'OpenAI' as unknown as string[] }, 'providers'],
    ['NaN', { maxPrice: Number.NaN }, 'maxPrice'],
  ])('useModels({ %s })', async (_label, filters, field) => {
    renderWithProviders(<ModelsView filters={filters} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^InvalidRequestError \(0\): Invalid /);
    const { result } = renderHookWithProviders(() => useModels(filters));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(InvalidRequestError);
    expect((result.current.error as InvalidRequestError).field).toMatch(new RegExp(`^${field}`));
    await sleep(20);
    expect(requests).toHaveLength(0);
  });

  test('useModelCount({ outputModalities: "bogus" })', async () => {
    const { result } = renderHookWithProviders(() =>
      useModelCount({ outputModalities: 'bogus' } as unknown as ModelsCountFilters),
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(InvalidRequestError);
    expect(requests).toHaveLength(0);
  });

  test('two different invalid filters do not share a cache entry', async () => {
    const { result, queryClient } = renderHookWithProviders(
      () => [useModels({ context: -1 }), useModels({ context: -2 })] as const,
    );
    await waitFor(() => expect(result.current[0].isError && result.current[1].isError).toBe(true));
    expect(result.current[0].error!.message).toBe('Invalid context: must be a whole number of at least 1');
    expect(queryClient.getQueryCache().getAll()).toHaveLength(2);
    expect(requests).toHaveLength(0);
  });
});
