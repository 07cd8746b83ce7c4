import { createOpenRouterClient } from 'react-openrouter-models';

/**
 * One client for the server (prefetch in pages) and the browser (the provider). Both must use
 * the same `baseUrl`: a non-default base URL is part of every query key, so a prefetched entry
 * is found in the browser only under the same one. `NEXT_PUBLIC_` makes Next inline the value
 * into both bundles at build time; unset, the client talks to https://openrouter.ai/api/v1.
 *
 * No `appTitle` / `httpReferer` here: in a browser they are non-simple headers, so every
 * distinct URL would cost a CORS preflight (`OPTIONS`) before its GET. The server's prefetches
 * use `serverOpenrouter` (`./openrouter-server.ts`), which sends them.
 */
const baseUrl = process.env.NEXT_PUBLIC_OPENROUTER_BASE_URL;

export const openrouter = createOpenRouterClient(baseUrl ? { baseUrl } : {});
