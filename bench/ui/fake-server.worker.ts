// The fake OpenRouter server of bench:ui's drop-in path, in a worker of its own so that its
// work (filtering 50,000 models, writing the JSON) never lands on the page's main thread,
// as a real server's would not. It answers `GET /models` like the real one and the mock
// (src/mock): the mock's own query parsing, filters (`q`, `output_modalities`, ...), sorts and
// paging (with neither `offset` nor `limit` the whole list; with either, a page, default 500),
// with `total_count` and `links.next`. The body goes back as a transferred ArrayBuffer
// (no copy); the page makes a Response of it after the network's latency (fake-network.ts).

import { filterMockModels } from '../../src/mock/filter-mock-models';
import { makeSyntheticModels } from '../../src/mock/make-synthetic-models';
import { mockModelsPage } from '../../src/mock/mock-models-page';
import { parseModelsQuery } from '../../src/mock/parse-models-query';
import type { RawModel } from '../../src/mock/raw-model';
import { sortMockModels } from '../../src/mock/sort-mock-models';

export type ToServer =
  { type: 'prepare'; id: number; n: number; seed: number } | { type: 'request'; id: number; url: string };
export type FromServer =
  | { type: 'ready'; id: number; ms: number }
  | { type: 'response'; id: number; status: number; body: ArrayBuffer; count: number; ms: number };

let models: RawModel[] = [];
let now = 0;
const encoder = new TextEncoder();

function answer(url: URL): { status: number; body: unknown; count: number } {
  if (!url.pathname.endsWith('/models'))
    return { status: 404, body: { error: { code: 404, message: 'Not found' } }, count: 0 };
  const parsed = parseModelsQuery(url.searchParams, 'list');
  if (!parsed.ok) return { status: 400, body: { error: { code: 400, message: parsed.message } }, count: 0 };
  const { query } = parsed;
  const all = sortMockModels(filterMockModels(models, query, now), query.sort, now);
  const page = mockModelsPage(all, query, url);
  return { status: 200, body: page, count: page.data.length };
}

self.onmessage = (e: MessageEvent<ToServer>) => {
  const msg = e.data;
  const t = performance.now();
  if (msg.type === 'prepare') {
    models = makeSyntheticModels(msg.n, msg.seed);
    now = 0;
    for (const m of models) if (typeof m.created === 'number' && m.created > now) now = m.created;
    (self as unknown as Worker).postMessage({
      type: 'ready',
      id: msg.id,
      ms: performance.now() - t,
    } satisfies FromServer);
    return;
  }
  const { status, body, count } = answer(new URL(msg.url));
  const bytes = encoder.encode(JSON.stringify(body)).buffer as ArrayBuffer;
  (self as unknown as Worker).postMessage(
    {
      type: 'response',
      id: msg.id,
      status,
      body: bytes,
      count,
      ms: performance.now() - t,
    } satisfies FromServer,
    [bytes],
  );
};
