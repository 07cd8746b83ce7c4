import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider, type DefaultOptions } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { useState, type ReactNode } from 'react';
import { DEFAULT_BASE_URL, type OpenRouterClientOptions } from '../src/core/client';
import { OpenRouterProvider } from '../src/hooks';
import { createModelsHandlers } from '../src/mock';
import '../src/styles/index.css';

/**
 * Every story runs against the mock API (MSW in a service worker, public/mockServiceWorker.js):
 * no key, no network. Parameters a story may set:
 *
 * - `msw.handlers.models`: the mock API (default `createModelsHandlers()`, the real
 *   2026-06-16 fixture). Replace it for other data, e.g.
 *   `createModelsHandlers({ models: [...mockModels, ...makeSyntheticModels(40)] })`.
 * - `msw.handlers.failure`: failure switches in front of the API, e.g.
 *   `mockFailure({ kind: 'html502' })` or `mockFailure({ kind: 'slow', delayMs: 3000 })`.
 *   (The key is declared first here so that it stays first after Storybook merges the
 *   story's parameters: the first matching handler wins.)
 * - `queryDefaults`: default query options of the story's own QueryClient (default
 *   `{ retry: false }`). The kit's query options set their own `retry`, which wins over
 *   these defaults; pass `{ retry: false }` to the hook to switch it off there.
 * - `openRouter`: client options for `<OpenRouterProvider>` (default: the official base URL,
 *   which the mock answers; e.g. `{ apiKey: 'sk-or-demo' }` for `/models/user`).
 */
declare module 'storybook/internal/csf' {
  interface Parameters {
    queryDefaults?: DefaultOptions['queries'];
    openRouter?: OpenRouterClientOptions;
  }
}

/** A fresh QueryClient per story (keyed by the story id), so no cache leaks between stories. */
function StoryProviders({
  queryDefaults,
  openRouter,
  children,
}: {
  queryDefaults?: DefaultOptions['queries'];
  openRouter?: OpenRouterClientOptions;
  children: ReactNode;
}) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, ...queryDefaults } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <OpenRouterProvider baseUrl={DEFAULT_BASE_URL} {...openRouter}>
        {children}
      </OpenRouterProvider>
    </QueryClientProvider>
  );
}

/**
 * The `theme` toolbar item (light / dark): `data-theme` on the document, so portalled parts
 * (the picker's popover, the sort's list) follow too, and the page takes the kit's background.
 * A story can pin one with `globals: { theme: 'dark' }`.
 */
const withTheme: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  if (typeof document !== 'undefined') {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
    document.body.style.background = 'var(--orm-bg)';
    document.body.style.color = 'var(--orm-fg)';
  }
  return <Story />;
};

const withProviders: Decorator = (Story, context) => (
  <StoryProviders
    key={context.id}
    queryDefaults={context.parameters.queryDefaults}
    openRouter={context.parameters.openRouter}
  >
    <Story />
  </StoryProviders>
);

/** The worker, started once: requests the mock does not answer (Storybook's own files, fonts) go to the network untouched. */
async function startWorker() {
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker();
  const base = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${base}mockServiceWorker.js` },
  });
  return worker;
}

const preview: Preview = {
  loaders: [mswLoader(startWorker)],
  decorators: [withProviders, withTheme],
  globalTypes: {
    theme: {
      description: 'Colour theme of the kit',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    msw: { handlers: { failure: [], models: createModelsHandlers() } },
    queryDefaults: { retry: false },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    a11y: { test: 'error' },
  },
};

export default preview;
