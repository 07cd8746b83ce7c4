import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/styles/index.css';
import { FilterPanel } from '../src/components/filter-panel/filter-panel';
import { updateFilters } from '../src/model/update-filters';
import type { ModelsListFilters } from '../src/core/types';
import { createModelsHandlers, makeSyntheticModels, mockFailure, mockModels } from '../src/mock';

/** The fixture plus synthetic image / embedding / audio models, so that "All" output modalities widens the list. */
const catalogue = createModelsHandlers({ models: [...mockModels, ...makeSyntheticModels(40)] });

/** The filters as JSON, next to the panel: what an app would pass to `useModels(filters)`. */
function FiltersJson({ filters }: { filters: ModelsListFilters }) {
  return (
    <section aria-label="Current filters" style={{ minWidth: 0 }}>
      <h2
        style={{
          font: '600 0.75rem/1.4 var(--orm-font)',
          textTransform: 'uppercase',
          letterSpacing: '0.04em',
          color: 'var(--orm-fg-muted)',
          margin: '0 0 6px',
        }}
      >
        filters
      </h2>
      <pre
        data-testid="filters-json"
        style={{
          margin: 0,
          padding: 12,
          borderRadius: 'var(--orm-radius)',
          background: 'var(--orm-bg-subtle)',
          color: 'var(--orm-fg)',
          border: '1px solid var(--orm-border)',
          font: '0.8125rem/1.5 var(--orm-font-mono)',
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
        }}
      >
        {JSON.stringify(filters, null, 2)}
      </pre>
    </section>
  );
}

function Layout({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  return (
    // data-orm: the story's own chrome (the JSON view) uses the kit's tokens too.
    <div
      data-orm=""
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(280px, 340px) minmax(200px, 1fr)',
        gap: 24,
        alignItems: 'start',
      }}
    >
      <div>{children}</div>
      {aside}
    </div>
  );
}

/** The drop-in panel, uncontrolled, reporting its value. */
function DropIn({ defaultFilters }: { defaultFilters?: ModelsListFilters }) {
  const [filters, setFilters] = useState<ModelsListFilters>(defaultFilters ?? {});
  return (
    <Layout aside={<FiltersJson filters={filters} />}>
      <FilterPanel defaultFilters={defaultFilters} onFiltersChange={setFilters} />
    </Layout>
  );
}

const meta = {
  title: 'Components/FilterPanel',
  component: FilterPanel,
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    msw: { handlers: { models: catalogue } },
    docs: {
      description: {
        component:
          'Every filter of `GET /models`, with how many models match and one action that clears all. Controlled (`filters` + `onFiltersChange`) or uncontrolled (`defaultFilters`). ' +
          'Compose `FilterPanel.Root` with only the parts you need: `MatchCount`, `Clear`, `InputModalities`, `OutputModalities`, `Context`, `FreeOnly`, `PromptPrice`, `OutputPrice`, ' +
          '`Parameters`, `Authors`, `Providers`, `Architecture`, `Category`, `Distillable`, `Region`, `Zdr`. The value stays canonical: a filter set back to "any" is removed.',
      },
    },
  },
} satisfies Meta<typeof FilterPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The drop-in panel with the live match count; the JSON beside it is the value `onFiltersChange` reported. */
export const DropInPanel: Story = {
  render: () => <DropIn />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(/\d+ models match/, {}, { timeout: 10_000 });
    const input = canvas.getByRole('group', { name: 'Input' });
    await userEvent.click(within(input).getByRole('checkbox', { name: 'Image' }));
    await waitFor(() =>
      expect(JSON.parse(canvas.getByTestId('filters-json').textContent ?? '{}')).toEqual({
        inputModalities: ['image'],
      }),
    );
    await canvas.findByText(/\d+ models match/);
  },
};

/** Some filters already set: groups with a value carry `data-state="active"` (a dot after the legend). */
export const WithFilters: Story = {
  render: () => (
    <DropIn
      defaultFilters={{
        inputModalities: ['image'],
        context: 128_000,
        maxPrice: 2,
        supportedParameters: ['tools', 'structured_outputs'],
        modelAuthors: ['openai', 'google'],
        providers: ['Azure'],
        distillable: false,
      }}
    />
  ),
};

/** Only some parts, composed in an app's own layout. */
export const Composed: Story = {
  render: function Render() {
    const [filters, setFilters] = useState<ModelsListFilters>({});
    return (
      <Layout aside={<FiltersJson filters={filters} />}>
        <FilterPanel.Root filters={filters} onFiltersChange={setFilters} label="Quick filters">
          <FilterPanel.Header>
            <FilterPanel.MatchCount />
            <FilterPanel.Clear>Reset</FilterPanel.Clear>
          </FilterPanel.Header>
          <FilterPanel.InputModalities legend="Accepts" />
          <FilterPanel.Parameters featured={['tools', 'structured_outputs', 'reasoning']} more={[]} />
          <FilterPanel.FreeOnly />
          <FilterPanel.Authors limit={8} />
        </FilterPanel.Root>
      </Layout>
    );
  },
};

/** Controlled: the app holds the filters; presets outside the panel change them and the panel follows. */
export const Controlled: Story = {
  render: function Render() {
    const [filters, setFilters] = useState<ModelsListFilters>({ sort: 'pricing-low-to-high' });
    const preset = (patch: Partial<ModelsListFilters>) => setFilters((f) => updateFilters(f, patch));
    const buttonStyle = {
      font: 'inherit',
      fontSize: '0.8125rem',
      padding: '5px 10px',
      borderRadius: 'var(--orm-radius-sm)',
      border: '1px solid var(--orm-border)',
      background: 'var(--orm-bg)',
      color: 'var(--orm-fg)',
      cursor: 'pointer',
    };
    return (
      <Layout
        aside={
          <div style={{ display: 'grid', gap: 12 }}>
            <div role="group" aria-label="Presets" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
              <button
                type="button"
                style={buttonStyle}
                onClick={() => preset({ inputModalities: ['image'], maxPrice: 1, maxOutputPrice: 4 })}
              >
                Cheap vision
              </button>
              <button
                type="button"
                style={buttonStyle}
                onClick={() => preset({ supportedParameters: ['reasoning', 'tools'], context: 1_000_000 })}
              >
                Long-context reasoning agents
              </button>
              <button
                type="button"
                style={buttonStyle}
                onClick={() => preset({ outputModalities: 'all', modelAuthors: ['google'] })}
              >
                Everything by Google
              </button>
              <button
                type="button"
                style={buttonStyle}
                onClick={() => setFilters({ sort: 'pricing-low-to-high' })}
              >
                Reset (keeps sort)
              </button>
            </div>
            <FiltersJson filters={filters} />
          </div>
        }
      >
        <FilterPanel filters={filters} onFiltersChange={setFilters} />
      </Layout>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(/models match/, {}, { timeout: 10_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Long-context reasoning agents' }));
    await expect(
      within(canvas.getByRole('group', { name: 'Context length' })).getByRole('radio', { name: '≥ 1M' }),
    ).toBeChecked();
    await expect(
      within(canvas.getByRole('group', { name: 'Supports' })).getByRole('checkbox', { name: 'Reasoning' }),
    ).toBeChecked();
    await canvas.findByText(/\d+ models? match/);
  },
};

/** An invalid price range: an inline message, and nothing invalid is sent. */
export const InvalidPriceRange: Story = {
  render: () => <DropIn />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const prices = canvas.getByRole('group', { name: 'Prompt price' });
    await userEvent.type(within(prices).getByRole('textbox', { name: /^Min/ }), '5');
    await userEvent.type(within(prices).getByRole('textbox', { name: /^Max/ }), '1');
    // The message also says which range still applies (the valid minimum).
    await expect(
      within(prices).getByText('The minimum must not be above the maximum. Still filtering from $5/M.'),
    ).toBeVisible();
    await expect(JSON.parse(canvas.getByTestId('filters-json').textContent ?? '{}')).toEqual({ minPrice: 5 });
  },
};

/** A slow API: the count says it is counting and the author choices show placeholders. */
export const Loading: Story = {
  render: () => <DropIn />,
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: 'stall' })] } } },
};

/** The API fails: the count and the author choices say why and offer a retry; the other filters still work. */
export const ServerError: Story = {
  render: () => <DropIn />,
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: '500' })] } } },
};

/** Dark theme through the tokens (`data-theme="dark"` on an ancestor). */
export const Dark: Story = {
  render: () => (
    <div
      data-theme="dark"
      data-orm=""
      style={{ background: 'var(--orm-bg)', padding: 16, margin: -16, minHeight: '100vh' }}
    >
      <DropIn
        defaultFilters={{
          inputModalities: ['image'],
          supportedParameters: ['tools'],
          modelAuthors: ['anthropic'],
          region: 'eu',
        }}
      />
    </div>
  ),
};
