import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOpenRouterClient } from '../../../src/core/client';
import { OpenRouterProvider } from '../../../src/hooks/openrouter-provider';
import { ModelPicker } from '../../../src/components/model-picker/model-picker';
import { createModelsHandlers } from '../../../src/mock';

// Each part is wrapped so that every call of its render function is counted: a part that
// bails out (same props, no context it reads changed) is not counted.
const { counts, countExport } = vi.hoisted(() => {
  const counts = new Map<string, number>();
  const bump = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  type Render = (...args: unknown[]) => unknown;
  function counted<T>(name: string, component: T): T {
    if (typeof component === 'function') {
      const inner = component as unknown as Render;
      const wrapped = (...args: unknown[]) => {
        bump(name);
        return inner(...args);
      };
      // Keeps statics such as FilterPanel.Root.
      return Object.assign(wrapped, component) as T;
    }
    const exotic = component as unknown as { $$typeof: symbol; render?: Render; type?: unknown };
    if (exotic.$$typeof === Symbol.for('react.forward_ref')) {
      const inner = exotic.render!;
      return { ...exotic, render: (...args: unknown[]) => (bump(name), inner(...args)) } as T;
    }
    if (exotic.$$typeof === Symbol.for('react.memo'))
      return { ...exotic, type: counted(name, exotic.type) } as T;
    throw new Error(`Cannot count renders of ${name}`);
  }
  const countExport = (module: unknown, exported: string, name: string) => {
    const m = module as Record<string, unknown>;
    return { ...m, [exported]: counted(name, m[exported]) };
  };
  return { counts, countExport };
});

vi.mock('../../../src/components/model-picker/model-picker-root', async (load) =>
  countExport(await load(), 'ModelPickerRoot', 'Root'),
);
vi.mock('../../../src/components/model-picker/model-picker-trigger', async (load) =>
  countExport(await load(), 'ModelPickerTrigger', 'Trigger'),
);
vi.mock('../../../src/components/model-picker/model-picker-content', async (load) =>
  countExport(await load(), 'ModelPickerContent', 'Content'),
);
vi.mock('../../../src/components/model-picker/model-picker-toolbar', async (load) =>
  countExport(await load(), 'ModelPickerToolbar', 'Toolbar'),
);
vi.mock('../../../src/components/model-picker/model-picker-search', async (load) =>
  countExport(await load(), 'ModelPickerSearch', 'Search'),
);
vi.mock('../../../src/components/model-picker/model-picker-sort', async (load) =>
  countExport(await load(), 'ModelPickerSort', 'Sort'),
);
vi.mock('../../../src/components/sort-select/sort-select', async (load) =>
  countExport(await load(), 'SortSelect', 'SortSelect'),
);
vi.mock('../../../src/components/model-picker/model-picker-filters', async (load) =>
  countExport(await load(), 'ModelPickerFilters', 'Filters'),
);
vi.mock('../../../src/components/filter-panel/filter-panel', async (load) =>
  countExport(await load(), 'FilterPanel', 'FilterPanel'),
);
vi.mock('../../../src/components/filter-panel/filter-panel-authors', async (load) =>
  countExport(await load(), 'FilterPanelAuthors', 'FilterPanel.Authors'),
);
vi.mock('../../../src/components/model-picker/model-picker-list', async (load) =>
  countExport(await load(), 'ModelPickerList', 'List'),
);
vi.mock('../../../src/components/model-picker/model-picker-item', async (load) =>
  countExport(await load(), 'ModelPickerItem', 'Item (all rows)'),
);
vi.mock('../../../src/components/model-picker/model-picker-status', async (load) =>
  countExport(await load(), 'ModelPickerStatus', 'Status'),
);

const server = setupServer(...createModelsHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const PARTS = [
  'Root',
  'Trigger',
  'Content',
  'Toolbar',
  'Search',
  'Sort',
  'SortSelect',
  'Filters',
  'FilterPanel',
  'FilterPanel.Authors',
  'List',
  'Item (all rows)',
  'Status',
];
const TYPED = 'clau';

describe('ModelPicker renders per keystroke', () => {
  it('re-renders only the parts that show the query', async () => {
    const user = userEvent.setup();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
    const client = createOpenRouterClient({ fetch: (input, init) => fetch(input, init) });
    render(
      <QueryClientProvider client={queryClient}>
        <OpenRouterProvider client={client}>
          <ModelPicker storage={null} serverSearch={false} />
        </OpenRouterProvider>
      </QueryClientProvider>,
    );
    await user.click(screen.getByRole('button', { name: /choose a model/i }));
    const input = await screen.findByRole('combobox', { name: /search models/i });
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
    // With the filters open, so that the panel is measured too.
    await user.click(screen.getByRole('button', { name: /^filters/i }));
    await screen.findByRole('group', { name: /model filters/i });
    await screen.findByRole('group', { name: 'Input' });
    input.focus();

    counts.clear();
    await user.type(input, TYPED);
    expect(input).toHaveValue(TYPED);
    const perKey = Object.fromEntries(PARTS.map((p) => [p, (counts.get(p) ?? 0) / TYPED.length]));
    console.log(`renders per keystroke (${TYPED.length} keys):`, perKey);

    // The parts that show the query, once per key (the Root twice: it sets the active row
    // while rendering); the rows whose model changed; and nothing else.
    expect(perKey).toMatchObject({ Search: 1, List: 1, Status: 1 });
    expect(perKey.Root).toBeLessThanOrEqual(2);
    expect(perKey['Item (all rows)']).toBeLessThanOrEqual(8);
    for (const part of [
      'Trigger',
      'Content',
      'Toolbar',
      'Sort',
      'SortSelect',
      'Filters',
      'FilterPanel',
      'FilterPanel.Authors',
    ]) {
      expect(perKey[part], part).toBe(0);
    }
  });
});
