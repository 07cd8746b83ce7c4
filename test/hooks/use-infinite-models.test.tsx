import { act, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useInfiniteModels } from '../../src/hooks/use-infinite-models';
import { modelKeys } from '../../src/query/model-keys';
import {
  ANY_HOST,
  listBody,
  rawModels,
  renderHookWithProviders,
  requests,
  server,
  serveModels,
  sleep,
  setupMockServer,
} from './utils';

setupMockServer();

/** An older server: pages, but no `total_count` nor `links`. */
function serveWithoutTotal() {
  server.use(
    http.get(`${ANY_HOST}/models`, ({ request }) => HttpResponse.json(listBody(new URL(request.url)))),
  );
}

async function fetchAll(result: { current: ReturnType<typeof useInfiniteModels> }) {
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  for (let i = 0; i < 20 && result.current.hasNextPage; i++) {
    await act(async () => {
      await result.current.fetchNextPage();
    });
  }
}

describe('useInfiniteModels', () => {
  test('pages through with offset/limit and stops at the end (server with total_count and links)', async () => {
    const { result } = renderHookWithProviders(() => useInfiniteModels({ q: '' }, { pageSize: 100 }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data!.pages).toHaveLength(1);
    expect(result.current.hasNextPage).toBe(true);
    await fetchAll(result);

    const pages = result.current.data!.pages;
    expect(pages.map((p) => p.data.length)).toEqual([100, 100, 100, 37]);
    expect(result.current.data!.pageParams).toEqual([0, 100, 200, 300]);
    expect(result.current.hasNextPage).toBe(false);
    const ids = pages.flatMap((p) => p.data.map((m) => m.id));
    expect(ids).toEqual(rawModels.map((m) => m.id));
    expect(requests.map((r) => [r.url.searchParams.get('offset'), r.url.searchParams.get('limit')])).toEqual([
      ['0', '100'],
      ['100', '100'],
      ['200', '100'],
      ['300', '100'],
    ]);
    expect(pages[0].totalCount).toBe(337);
    await sleep(20);
    expect(requests).toHaveLength(4);
  });

  test('an older server without total_count: stops at the first short page', async () => {
    serveWithoutTotal();
    const { result } = renderHookWithProviders(() => useInfiniteModels(undefined, { pageSize: 150 }));
    await fetchAll(result);
    expect(result.current.data!.pages.map((p) => p.data.length)).toEqual([150, 150, 37]);
    expect(result.current.hasNextPage).toBe(false);
    expect(requests).toHaveLength(3);
  });

  test('stops exactly at total_count when the list is a multiple of the page size (no extra empty page)', async () => {
    serveModels(rawModels.slice(0, 200));
    const { result } = renderHookWithProviders(() => useInfiniteModels(undefined, { pageSize: 50 }));
    await fetchAll(result);
    expect(result.current.data!.pages.map((p) => p.data.length)).toEqual([50, 50, 50, 50]);
    expect(result.current.data!.pages[0].totalCount).toBe(200);
    expect(result.current.hasNextPage).toBe(false);
    expect(requests).toHaveLength(4);
  });

  test('a list exactly one page long: one request, no page past total_count (issue 13)', async () => {
    serveModels(rawModels.slice(0, 100));
    const { result } = renderHookWithProviders(() => useInfiniteModels(undefined, { pageSize: 100 }));
    await fetchAll(result);
    expect(result.current.data!.pages.map((p) => p.data.length)).toEqual([100]);
    expect(result.current.hasNextPage).toBe(false);
    await sleep(20);
    expect(requests).toHaveLength(1);
  });

  test('filters go with every page; the default page size is 100', async () => {
    const { result, queryClient } = renderHookWithProviders(() =>
      useInfiniteModels({ q: 'gpt', sort: undefined }),
    );
    await fetchAll(result);
    for (const r of requests) {
      expect(r.url.searchParams.get('q')).toBe('gpt');
      expect(r.url.searchParams.get('limit')).toBe('100');
    }
    expect(result.current.hasNextPage).toBe(false);
    expect(requests).toHaveLength(1);
    // Its own key family, normalised like the others.
    const [entry] = queryClient.getQueryCache().findAll({ queryKey: modelKeys.infiniteLists() });
    expect(entry.queryKey).toEqual(modelKeys.infinite({ q: 'gpt' }, 100));
  });
});

describe('useInfiniteModels query options', () => {
  test('pass through: enabled: false asks nothing; retry: false shows a 502 after one request', async () => {
    const off = renderHookWithProviders(() => useInfiniteModels({}, { pageSize: 20, enabled: false }));
    await sleep(50);
    expect(off.result.current.fetchStatus).toBe('idle');
    expect(requests).toHaveLength(0);
    off.unmount();

    server.use(
      http.get(
        `${ANY_HOST}/models`,
        () =>
          new HttpResponse('<html>502 Bad Gateway</html>', {
            status: 502,
            headers: { 'content-type': 'text/html' },
          }),
      ),
    );
    const { result } = renderHookWithProviders(() => useInfiniteModels({}, { pageSize: 20, retry: false }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.status).toBe(502);
    expect(requests).toHaveLength(1);
  });
});
