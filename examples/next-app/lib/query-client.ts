import { QueryClient, defaultShouldDehydrateQuery, isServer } from '@tanstack/react-query';

/**
 * The app's QueryClient. `dehydrate` also sends failed queries to the browser (TanStack
 * Query leaves them out by default), so a model the server found to be missing is not
 * fetched a second time by the browser.
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      dehydrate: {
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === 'error',
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** A new client per server request; one client for the life of the browser tab. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  return (browserQueryClient ??= makeQueryClient());
}
