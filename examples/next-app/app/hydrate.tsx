'use client';

import { HydrationBoundary, type DehydratedState } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
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
  TimeoutError,
  UnauthorizedError,
} from 'react-openrouter-models';
import type { PlainError } from '../lib/dehydrate';

const CLASSES = {
  APIError,
  BadRequestError,
  ForbiddenError,
  InternalServerError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  TimeoutError,
  UnauthorizedError,
};

function revive(error: unknown): unknown {
  if (error === null || typeof error !== 'object' || error instanceof Error) return error;
  const { name, message, field, ...fields } = error as PlainError;
  if (name === 'InvalidRequestError')
    return Object.assign(new InvalidRequestError(field ?? 'request', ''), { message });
  const Class = CLASSES[name as keyof typeof CLASSES] ?? OpenRouterError;
  return new Class(message, fields);
}

/** `HydrationBoundary` for a state from `dehydrateWithErrors`: failed queries get their error class back. */
export function Hydrate({ state, children }: { state: DehydratedState; children: ReactNode }) {
  const revived = useMemo(
    () => ({
      ...state,
      queries: state.queries.map((q) =>
        q.state.error == null
          ? q
          : {
              ...q,
              state: {
                ...q.state,
                error: revive(q.state.error) as Error,
                fetchFailureReason: revive(q.state.fetchFailureReason) as Error,
              },
            },
      ),
    }),
    [state],
  );
  return <HydrationBoundary state={revived}>{children}</HydrationBoundary>;
}
