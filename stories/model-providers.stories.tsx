import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ModelCard } from '../src/components/model-card/model-card';
import { ModelProviders } from '../src/components/model-providers/model-providers';
import { parseModel } from '../src/core/parse';
import { mockFailure, mockModels } from '../src/mock';
import '../src/styles/index.css';

const ENDPOINTS_PATH = '/models/*/*/endpoints';

const width =
  (px: number): Decorator =>
  (Story) => (
    <div style={{ maxWidth: px }}>
      <Story />
    </div>
  );

/**
 * Who serves a model, at what price, how fast and how reliably: `GET /models/{author}/{slug}/endpoints`
 * through `useModelEndpoints`. The providers of the fixture's models are the mock's STAND-INS
 * (deterministic, see `mockEndpointsBody`): regional duplicates, degraded and down hosts,
 * discounts and a long-context tier are made up; the models, prices and limits are real.
 * Stats (latency, throughput) come back only with a key: these stories sign in unless their
 * name says otherwise.
 */
const meta = {
  title: 'Components/ModelProviders',
  component: ModelProviders,
  tags: ['autodocs'],
  args: { model: 'anthropic/claude-opus-4.7' },
  argTypes: { model: { control: 'text' }, need: { control: 'object' } },
  // Any bearer makes the mock send latency and throughput, as a signed-in user sees them.
  // (Written inline: Storybook reads a meta's parameters statically, a constant here was lost.)
  parameters: { openRouter: { apiKey: 'sk-or-demo' } },
  decorators: [width(1200)],
} satisfies Meta<typeof ModelProviders>;

export default meta;
type Story = StoryObj<typeof meta>;

const table = async (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('table', {}, { timeout: 5000 });

/** A first-party host and two clouds, each with a second region: five rows, marks in words. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const t = await table(canvasElement);
    await expect(within(t).getAllByRole('row')).toHaveLength(6);
    await expect(within(t).getAllByText('Most reliable')[0]).toBeVisible();
    await expect(t.textContent).toMatch(/tok\/s/);
  },
};

/** Five hosts of an open-weight model from a big lab: quantizations and a discount (most models have one host). */
export const ManyProviders: Story = {
  args: { model: 'z-ai/glm-4.6v' },
  play: async ({ canvasElement }) => {
    const t = await table(canvasElement);
    await expect(within(t).getAllByRole('row')).toHaveLength(6);
    await expect(within(t).getAllByText(/20% off/)[0]).toBeVisible();
  },
};

/** One provider twice: `amazon-bedrock` and `amazon-bedrock/eu-west-1`, told apart by region; a long-context tier. */
export const RegionalDuplicates: Story = {
  args: { model: 'anthropic/claude-fable-5' },
  play: async ({ canvasElement }) => {
    const t = await table(canvasElement);
    const bedrock = within(t)
      .getAllByRole('rowheader')
      .filter((h) => h.textContent?.startsWith('Amazon Bedrock'));
    await expect(bedrock).toHaveLength(2);
    await expect(bedrock[1]).toHaveTextContent('eu-west-1');
    await expect(within(t).getAllByText(/> 1M tokens|> 200K tokens/).length).toBeGreaterThan(0);
  },
};

/** Not signed in: latency and throughput are null, and the table says "sign in to see speed", never "0 ms". */
export const NoStatsWithoutKey: Story = {
  // Parameters merge deeply: an empty key (no Authorization header) replaces the meta's.
  parameters: { openRouter: { apiKey: '' } },
  play: async ({ canvasElement }) => {
    const t = await table(canvasElement);
    await expect(canvasElement.querySelector("[data-slot='model-providers-note']")).toHaveTextContent(
      /sign in to see speed/,
    );
    await expect(t.textContent).not.toMatch(/\b0 ms|tok\/s/);
  },
};

/** Degraded and down hosts say so in words (and the down one is never marked best). */
export const Degraded: Story = {
  args: { model: 'moonshotai/kimi-k2.6' },
  play: async ({ canvasElement }) => {
    const t = await table(canvasElement);
    await expect(within(t).getAllByText('Degraded').length).toBeGreaterThan(0);
    await expect(within(t).getByText('Down')).toBeVisible();
  },
};

/** A stated need: the cheapest for a 300K-token prompt (the long-context tier applies), explained. */
export const CheapestForANeed: Story = {
  args: {
    model: 'anthropic/claude-fable-5',
    need: { goal: 'cheapest', promptTokens: 300_000, completionTokens: 2_000 },
  },
  play: async ({ canvasElement }) => {
    await table(canvasElement);
    await expect(
      within(canvasElement).getByText(/is the cheapest for 300K tokens in and 2K out/),
    ).toBeVisible();
    await expect(within(canvasElement).getByText('Best for your need')).toBeVisible();
  },
};

/** Fastest to the first token. */
export const FastestFirstToken: Story = {
  args: { need: { goal: 'first-token' } },
  play: async ({ canvasElement }) => {
    await table(canvasElement);
    await expect(within(canvasElement).getByText(/answers first/)).toBeVisible();
  },
};

/**
 * Sorting with the keyboard: Tab to a column's button, Enter sorts (the better end first),
 * Enter again reverses; `aria-sort` on the header says which, and a status line announces it.
 */
export const SortByKeyboard: Story = {
  args: { model: 'openai/gpt-oss-safeguard-20b' },
  play: async ({ canvasElement }) => {
    const t = await table(canvasElement);
    const header = (name: RegExp) => within(t).getByRole('columnheader', { name });
    const firstCells = (column: string) =>
      [...t.querySelectorAll(`tbody [data-column='${column}'] [data-slot='model-providers-value']`)].map(
        (c) => c.textContent ?? '',
      );
    const price = (s: string) => (s.startsWith('Free') ? 0 : parseFloat(s.replace(/^\$/, '')));

    // Tab from the first header button to the "Input price" one.
    within(t).getByRole('button', { name: 'Provider' }).focus();
    await userEvent.tab();
    await expect(within(t).getByRole('button', { name: 'Input price' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(header(/Input price/)).toHaveAttribute('aria-sort', 'ascending');
    const ascending = firstCells('input').map(price);
    await expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await userEvent.keyboard('{Enter}');
    await expect(header(/Input price/)).toHaveAttribute('aria-sort', 'descending');

    // Every figure column sorts, one header at a time carries aria-sort.
    for (const name of [
      'Throughput',
      'Latency',
      'Uptime 1 day',
      'Uptime 30 min',
      'Context',
      'Max output',
      'Output price',
      'Quantization',
      'Status',
      'Provider',
    ]) {
      const button = within(t).getByRole('button', { name });
      button.focus();
      await userEvent.keyboard(' ');
      await waitFor(() => expect(header(new RegExp(`^${name}`))).toHaveAttribute('aria-sort'));
      await expect(t.querySelectorAll('th[aria-sort]')).toHaveLength(1);
    }
    await expect(within(canvasElement).getByText('Sorted by Provider, A to Z')).toBeInTheDocument();
    const names = within(t)
      .getAllByRole('rowheader')
      .map((h) => h.querySelector("[data-slot='model-providers-name']")!.textContent!);
    await expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  },
};

/** Narrow container (360 px): one card per provider, labels beside the values, sort buttons above; no sideways scroll. */
export const Narrow: Story = {
  decorators: [width(360)],
  play: async ({ canvasElement }) => {
    const t = await table(canvasElement);
    await expect(t.scrollWidth).toBeLessThanOrEqual(t.clientWidth + 1);
    await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth + 1);
  },
};

/** Dark theme through the kit's variables. */
export const Dark: Story = {
  args: { model: 'moonshotai/kimi-k2.6' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await table(canvasElement);
  },
};

/** While the providers load (the mock answers after 10 minutes). */
export const Loading: Story = {
  parameters: {
    msw: { handlers: { failure: [mockFailure({ kind: 'slow', delayMs: 600_000, path: ENDPOINTS_PATH })] } },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Loading providers…')).toBeInTheDocument();
    await expect(canvasElement.querySelector("[data-slot='model-providers']")).toHaveAttribute(
      'data-state',
      'loading',
    );
  },
};

/** HTTP 500: the reason and "Try again" (retries off for the story). */
export const ServerError: Story = {
  args: { queryOptions: { retry: false } },
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: '500', path: ENDPOINTS_PATH })] } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      'OpenRouter is having trouble',
    );
    await expect(within(canvasElement).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** A model no provider serves (a router, in the mock): the empty state. */
export const Empty: Story = {
  args: { model: 'openrouter/auto' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No providers', {}, { timeout: 5000 })).toBeVisible();
  },
};

/** An unknown model: 404, said as "Not found". */
export const UnknownModel: Story = {
  args: { model: 'openai/no-such-model' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Not found',
    );
  },
};

/** `ModelCard` with `showProviders`: one line from the same hook, fetched only because the card asks. */
export const CardSummary: Story = {
  decorators: [width(400)],
  render: () => {
    const model = parseModel(mockModels.find((m) => m.id === 'anthropic/claude-opus-4.7'));
    return model ? <ModelCard model={model} showProviders /> : <p>No model</p>;
  },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(
        /^3 providers · \$[\d.]+–\$[\d.]+\/M in · fastest \d+ tok\/s$/,
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
  },
};
