import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState, type ReactNode } from 'react';
import { setupServer } from 'msw/node';
import { ModelCard } from '../../src/components/model-card';
import { ModelPicker } from '../../src/components/model-picker';
import { useModelPreferences, type PreferenceStorage } from '../../src/components/use-model-preferences';
import { parseModel } from '../../src/core/parse';
import { createModelsHandlers } from '../../src/mock';
import { fixtureModels } from '../components/fixture-models';

const requests: URL[] = [];
const server = setupServer(...createModelsHandlers());
server.events.on('request:start', ({ request }) => void requests.push(new URL(request.url)));
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
afterAll(() => server.close());

it('ModelCard with a created timestamp in microseconds', () => {
  const model = parseModel({ id: 'a/b', name: 'AB', created: 1_750_000_000_000_000, pricing: { prompt: '0', completion: '0' } })!;
  const err = vi.spyOn(console, 'error').mockImplementation(() => {});
  let thrown: unknown;
  try { render(<ModelCard model={model} />); } catch (e) { thrown = e; }
  err.mockRestore();
  console.log('card created=1.75e15 ->', thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : 'rendered');
});

it('preferences: a storage whose setItem throws (quota) loses the toggle', () => {
  const data = new Map<string, string>();
  const storage: PreferenceStorage = { getItem: (k) => data.get(k) ?? null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
  const { result } = renderHook(() => useModelPreferences({ storage, storageKey: 'quota-test' }));
  act(() => result.current.toggleFavourite('openai/gpt-4o'));
  console.log('favourites after toggle with failing setItem:', JSON.stringify(result.current.favourites));
});

it('picker: inline filters + parent re-render resets the active row', async () => {
  const user = userEvent.setup();
  let bump: () => void = () => {};
  function Parent() {
    const [, setN] = useState(0);
    bump = () => setN((n) => n + 1);
    return <ModelPicker filters={{ supportedParameters: ['tools'] }} storage={null} showFilters={false} showSort={false} />;
  }
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<QueryClientProvider client={qc}><Parent /></QueryClientProvider>);
  await user.click(screen.getByRole('button', { name: /choose a model/i }));
  const input = await screen.findByRole('combobox');
  await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(3));
  await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
  const before = input.getAttribute('aria-activedescendant');
  act(() => bump());
  const after = input.getAttribute('aria-activedescendant');
  console.log('active before parent render', before, 'after', after);
});

it('picker with models prop: filters change nothing and the panel fetches', async () => {
  const user = userEvent.setup();
  requests.length = 0;
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const models = fixtureModels.slice(0, 20);
  render(<QueryClientProvider client={qc}><ModelPicker models={models} storage={null} /></QueryClientProvider>);
  await user.click(screen.getByRole('button', { name: /choose a model/i }));
  await screen.findByRole('combobox', { name: /search models/i });
  const n0 = document.querySelector('[data-slot="model-picker-count"]')!.textContent;
  await user.click(screen.getByRole('button', { name: /^Filters/ }));
  await user.click(screen.getByRole('checkbox', { name: /Free models only/ }));
  await waitFor(() => expect(screen.getByRole('button', { name: /^Filters/ })).toHaveTextContent('Filters (1)'));
  await new Promise((r) => setTimeout(r, 300));
  const n1 = document.querySelector('[data-slot="model-picker-count"]')!.textContent;
  console.log('count before', n0, 'after Free only', n1, 'requests', requests.map((u) => u.pathname + u.search));
  console.log('match count text', document.querySelector('[data-slot="filter-panel-match-count"]')?.textContent);
});
