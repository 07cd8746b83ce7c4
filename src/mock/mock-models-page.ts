import type { MockModelsQuery } from './parse-models-query';
import type { RawModel } from './raw-model';

const DEFAULT_PAGE = 500;

/** The body of a model list (`GET /models`, `GET /models/user`). */
export interface MockModelsPage {
  data: RawModel[];
  /** The matches before paging. */
  total_count: number;
  /** `next`: the path and query of the next page, or null. */
  links: { next: string | null };
}

/**
 * The page of `all` (the matches, already filtered and sorted) that `query` asks for, paged
 * like the server: with neither `offset` nor `limit` the whole list; with either, `limit`
 * (default 500) models from `offset` (default 0), and `links.next` the request's URL with the
 * next page's `offset` and `limit`. Used by `createModelsHandlers` and bench:ui's fake server.
 */
export function mockModelsPage(
  all: RawModel[],
  query: MockModelsQuery,
  requestUrl: string | URL,
): MockModelsPage {
  let data = all;
  let next: string | null = null;
  if (query.offset !== undefined || query.limit !== undefined) {
    const offset = query.offset ?? 0;
    const limit = query.limit ?? DEFAULT_PAGE;
    data = all.slice(offset, offset + limit);
    if (offset + limit < all.length) {
      const url = new URL(requestUrl);
      url.searchParams.set('offset', String(offset + limit));
      url.searchParams.set('limit', String(limit));
      next = `${url.pathname}${url.search}`;
    }
  }
  return { data, total_count: all.length, links: { next } };
}
