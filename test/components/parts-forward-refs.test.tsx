import { createRef, type ReactElement, type RefObject } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FilterPanel } from '../../src/components/filter-panel/filter-panel';
import { ModelCount } from '../../src/components/model-count/model-count';
import { ModelPicker } from '../../src/components/model-picker/model-picker';
import {
  EmptyState,
  ErrorState,
  RefreshIndicator,
  RetryButton,
  SkeletonRows,
} from '../../src/components/shared/state-views';
import { SortSelect } from '../../src/components/sort-select/sort-select';
import { createModelsHandlers } from '../../src/mock';
import { fixtureModels } from './fixture-models';

const server = setupServer(...createModelsHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

type Part = [name: string, slot: string, element: (ref: RefObject<HTMLElement | null>) => ReactElement];
const models = fixtureModels.slice(0, 20);

// Each part is given a ref and props of the app's: the ref is its element, which carries them.
const pickerParts: Part[] = [
  [
    'ModelPicker.Trigger',
    'model-picker-trigger',
    (ref) => <ModelPicker.Trigger ref={ref as never} data-testid="part" />,
  ],
  [
    'ModelPicker.Toolbar',
    'model-picker-toolbar',
    (ref) => <ModelPicker.Toolbar ref={ref as never} data-testid="part" />,
  ],
  [
    'ModelPicker.Search',
    'model-picker-input',
    (ref) => <ModelPicker.Search ref={ref as never} data-testid="part" />,
  ],
  ['ModelPicker.Sort', 'sort-select', (ref) => <ModelPicker.Sort ref={ref as never} data-testid="part" />],
  [
    'ModelPicker.Filters',
    'filter-panel',
    (ref) => <ModelPicker.Filters ref={ref as never} data-testid="part" />,
  ],
  [
    'ModelPicker.List',
    'model-picker-list',
    (ref) => <ModelPicker.List ref={ref as never} data-testid="part" />,
  ],
  [
    'ModelPicker.Status',
    'model-picker-status',
    (ref) => <ModelPicker.Status ref={ref as never} data-testid="part" />,
  ],
];

const panelParts: Part[] = [
  ['FilterPanel', 'filter-panel', (ref) => <FilterPanel ref={ref as never} data-testid="part" />],
  ['FilterPanel.Root', 'filter-panel', (ref) => <FilterPanel.Root ref={ref as never} data-testid="part" />],
  ...(
    [
      ['Header', 'filter-panel-header'],
      ['MatchCount', 'filter-panel-match-count'],
      ['Clear', 'filter-panel-clear'],
      ['InputModalities', 'filter-panel-input-modalities'],
      ['OutputModalities', 'filter-panel-output-modalities'],
      ['Context', 'filter-panel-context'],
      ['FreeOnly', 'filter-panel-free-only'],
      ['PromptPrice', 'filter-panel-prompt-price'],
      ['OutputPrice', 'filter-panel-output-price'],
      ['Parameters', 'filter-panel-parameters'],
      ['Authors', 'filter-panel-authors'],
      ['Providers', 'filter-panel-providers'],
      ['Architecture', 'filter-panel-architecture'],
      ['Category', 'filter-panel-category'],
      ['Distillable', 'filter-panel-distillable'],
      ['Region', 'filter-panel-region'],
      ['Zdr', 'filter-panel-zdr'],
    ] as const
  ).map(([key, slot]): Part => {
    const Component = FilterPanel[key] as (props: { ref: unknown; 'data-testid': string }) => ReactElement;
    return [
      `FilterPanel.${key}`,
      slot,
      (ref) => (
        <FilterPanel.Root>
          <Component ref={ref} data-testid="part" />
        </FilterPanel.Root>
      ),
    ];
  }),
];

const otherParts: Part[] = [
  ['SortSelect', 'sort-select', (ref) => <SortSelect ref={ref as never} data-testid="part" />],
  ['ModelCount', 'model-count', (ref) => <ModelCount ref={ref as never} data-testid="part" />],
  [
    'ErrorState',
    'error-state',
    (ref) => <ErrorState ref={ref as never} error={new Error('x')} data-testid="part" />,
  ],
  ['EmptyState', 'empty-state', (ref) => <EmptyState ref={ref as never} data-testid="part" />],
  ['SkeletonRows', 'skeleton-rows', (ref) => <SkeletonRows ref={ref as never} data-testid="part" />],
  [
    'RetryButton',
    'retry',
    (ref) => <RetryButton ref={ref as never} slot="retry" onRetry={() => {}} data-testid="part" />,
  ],
  [
    'RefreshIndicator',
    'refresh-indicator',
    (ref) => <RefreshIndicator ref={ref as never} active data-testid="part" />,
  ],
];

function renderWithQueries(ui: ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
}

describe('parts forward their ref and spread their props', () => {
  it.each(pickerParts)('%s', async (_, slot, element) => {
    const ref = createRef<HTMLElement>();
    const { getByTestId } = renderWithQueries(
      <ModelPicker.Root models={models} defaultOpen storage={null}>
        <ModelPicker.Content inline>{element(ref)}</ModelPicker.Content>
      </ModelPicker.Root>,
    );
    await waitFor(() => expect(ref.current).not.toBeNull());
    expect(ref.current).toBe(getByTestId('part'));
    expect(ref.current).toHaveAttribute('data-slot', slot);
  });

  it.each([...panelParts, ...otherParts])('%s', async (_, slot, element) => {
    const ref = createRef<HTMLElement>();
    const { getByTestId } = renderWithQueries(element(ref));
    await waitFor(() => expect(ref.current).not.toBeNull());
    expect(ref.current).toBe(getByTestId('part'));
    expect(ref.current).toHaveAttribute('data-slot', slot);
  });

  it('ModelPicker.Item and .Content', async () => {
    const content = createRef<HTMLDivElement>();
    const item = createRef<HTMLDivElement>();
    const model = models[0]!;
    const { getByRole } = renderWithQueries(
      <ModelPicker.Root models={models} defaultOpen storage={null}>
        <ModelPicker.Content inline ref={content}>
          <div role="listbox" aria-label="Models">
            <ModelPicker.Item
              ref={item}
              id="one"
              model={model}
              active={false}
              checked={false}
              favourite={false}
              position={1}
              setSize={1}
              onSelect={() => {}}
              onActivate={() => {}}
              onToggleFavourite={() => {}}
            />
          </div>
        </ModelPicker.Content>
      </ModelPicker.Root>,
    );
    await waitFor(() => expect(content.current).toHaveAttribute('data-slot', 'model-picker-content'));
    expect(item.current).toBe(getByRole('option'));
  });
});
