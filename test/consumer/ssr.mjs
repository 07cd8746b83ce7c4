// Renders the picker with react-dom/server in plain Node: no window, document or localStorage.
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ModelPicker, OpenRouterProvider, ModelCard } from 'react-openrouter-models';

for (const name of ['window', 'document', 'localStorage', 'navigator']) {
  if (name in globalThis && name !== 'navigator') throw new Error(`${name} exists in this Node process`);
}
const queryClient = new QueryClient();
const html = renderToString(
  h(
    QueryClientProvider,
    { client: queryClient },
    h(OpenRouterProvider, { appTitle: 'SSR' }, h(ModelPicker, { defaultValue: 'openai/gpt-4o' })),
  ),
);
if (!html.includes('data-slot="model-picker-trigger"')) throw new Error('picker trigger not rendered');
const card = renderToString(
  h(ModelCard, {
    model: {
      id: 'openai/gpt-4o',
      name: 'GPT-4o',
      canonicalSlug: 'openai/gpt-4o',
      created: 0,
      contextLength: 128000,
      architecture: { inputModalities: ['text'], outputModalities: ['text'], modality: 'text->text' },
      pricing: { prompt: '0.0000025', completion: '0.00001' },
      topProvider: { isModerated: true },
      perRequestLimits: null,
      supportedParameters: ['tools'],
      defaultParameters: null,
      supportedVoices: null,
      links: { details: '' },
    },
  }),
);
if (!card.includes('GPT-4o')) throw new Error('card not rendered');
console.log(`ssr ok: picker ${html.length} chars, card ${card.length} chars`);
