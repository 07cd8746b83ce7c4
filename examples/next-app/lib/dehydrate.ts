import { dehydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';

/** What crosses the server → client boundary of an error: React does not send Error objects' fields. */
export interface PlainError {
  name: string;
  message: string;
  status?: number;
  code?: number | string;
  request?: string;
  field?: string;
}

function plain(error: unknown): PlainError | unknown {
  if (!(error instanceof Error)) return error;
  const { status, code, request, field } = error as Error & Partial<PlainError>;
  return JSON.parse(
    JSON.stringify({ name: error.name, message: error.message, status, code, request, field }),
  ) as PlainError;
}

/**
 * `dehydrate(queryClient)` with each failed query's error as a plain object, so it reaches the
 * browser whole (a server component's props are serialised by React, which keeps neither the
 * class nor `status` of an Error). `<Hydrate>` (`app/hydrate.tsx`) turns it back into the kit's
 * error class, so `describeError` and `error instanceof NotFoundError` work in the browser.
 */
export function dehydrateWithErrors(queryClient: QueryClient): DehydratedState {
  const state = dehydrate(queryClient);
  return {
    ...state,
    queries: state.queries.map((q) =>
      q.state.error == null
        ? q
        : {
            ...q,
            state: {
              ...q.state,
              error: plain(q.state.error) as Error,
              fetchFailureReason: plain(q.state.fetchFailureReason) as Error,
            },
          },
    ),
  };
}
