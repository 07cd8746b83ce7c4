import { createOpenRouterClient } from 'react-openrouter-models';

/**
 * The client of the server's prefetches: the browser's (`./openrouter.ts`) plus app attribution.
 * On a server the attribution headers cost nothing; in a browser each distinct URL would pay a
 * CORS preflight for them. Same `baseUrl`, so the same query keys: what the server prefetches
 * with this client, the browser's hooks find.
 */
const baseUrl = process.env.NEXT_PUBLIC_OPENROUTER_BASE_URL;

export const serverOpenrouter = createOpenRouterClient({
  ...(baseUrl ? { baseUrl } : {}),
  appTitle: 'react-openrouter-models Next.js example',
  httpReferer: 'https://github.com/react-openrouter-models',
});
