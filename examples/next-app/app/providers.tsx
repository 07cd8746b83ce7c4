'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { OpenRouterProvider } from 'react-openrouter-models';
import { openrouter } from '../lib/openrouter';
import { getQueryClient } from '../lib/query-client';

/** The root layout's client boundary: the QueryClient and the OpenRouter client, above every page. */
export function Providers({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <OpenRouterProvider client={openrouter}>{children}</OpenRouterProvider>
    </QueryClientProvider>
  );
}
