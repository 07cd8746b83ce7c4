'use client';
import { createContext, useMemo, type ReactNode } from 'react';
import { createOpenRouterClient, type OpenRouterClient, type OpenRouterClientOptions } from '../core/client';

export const OpenRouterClientContext = createContext<OpenRouterClient | null>(null);

export type OpenRouterProviderProps =
  | { client: OpenRouterClient; children?: ReactNode }
  | (OpenRouterClientOptions & { client?: undefined; children?: ReactNode });

/**
 * Gives the hooks and components below it an OpenRouter client: pass a ready `client`,
 * or the client options (`baseUrl`, `apiKey`, `appTitle`, ...). It carries only the
 * client: the QueryClient is yours (`QueryClientProvider`); the kit never creates one.
 *
 * ```tsx
 * <QueryClientProvider client={queryClient}>
 *   <OpenRouterProvider appTitle="My chat" httpReferer="https://example.com">
 *     <ModelPicker />
 *   </OpenRouterProvider>
 * </QueryClientProvider>
 * ```
 */
export function OpenRouterProvider(props: OpenRouterProviderProps) {
  const { client, children, ...options } = props as OpenRouterClientOptions & {
    client?: OpenRouterClient;
    children?: ReactNode;
  };
  const o = options as OpenRouterClientOptions;
  const categories = Array.isArray(o.appCategories) ? o.appCategories.join(',') : o.appCategories;
  const headers = o.headers ? JSON.stringify(o.headers) : '';
  const retries = o.retries ? JSON.stringify(o.retries) : '';
  const value = useMemo(
    () => client ?? createOpenRouterClient(o),
    // The client is rebuilt only when an option's value changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      client,
      o.baseUrl,
      o.apiKey,
      o.fetch,
      o.httpReferer,
      o.appTitle,
      categories,
      headers,
      retries,
      o.timeoutMs,
    ],
  );
  return <OpenRouterClientContext.Provider value={value}>{children}</OpenRouterClientContext.Provider>;
}
