import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ModelCount } from '../src/components/model-count/model-count';
import { mockFailure } from '../src/mock';
import '../src/styles/index.css';

/**
 * The number of models, from `useModelCount(filters)` (`GET /models/count`) against the
 * mock API: a skeleton while loading, "337 models", and a short error with a retry.
 */
const meta = {
  title: 'Components/ModelCount',
  component: ModelCount,
  tags: ['autodocs'],
  argTypes: { format: { control: false }, queryOptions: { control: 'object' } },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ModelCount>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The server's default (text output): the 337 models of the fixture. */
export const Data: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('337 models', {}, { timeout: 10_000 })).toBeVisible();
  },
};

/** `output_modalities=all`. */
export const AllModalities: Story = {
  args: { filters: { outputModalities: 'all' } },
};

/** A custom `format`. */
export const CustomFormat: Story = {
  args: { format: (n: number) => <strong>{n.toLocaleString('en-US')} models match</strong> },
};

/** The request never answers: the skeleton stays. */
export const Loading: Story = {
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: 'stall', path: '/models/count' })] } } },
};

/** HTTP 500, with the kit's retries off so the error shows at once (by default the query retries 3 times). */
export const ServerError: Story = {
  args: { queryOptions: { retry: false } },
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: '500', path: '/models/count' })] } } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'OpenRouter is having trouble',
    );
  },
};

/** HTTP 429 with `Retry-After: 30`. */
export const RateLimited: Story = {
  args: { queryOptions: { retry: false } },
  parameters: {
    msw: { handlers: { failure: [mockFailure({ kind: '429', path: '/models/count', retryAfter: '30' })] } },
  },
};

/** A proxy's HTML 502 page. */
export const BadGateway: Story = {
  args: { queryOptions: { retry: false } },
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: 'html502', path: '/models/count' })] } } },
};

/** No network. */
export const Offline: Story = {
  args: { queryOptions: { retry: false } },
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: 'network', path: '/models/count' })] } } },
};

/** The first request fails; "Retry" gets the count. */
export const RetryRecovers: Story = {
  args: { queryOptions: { retry: false } },
  parameters: {
    msw: { handlers: { failure: [mockFailure({ kind: '500', path: '/models/count', times: 1 })] } },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const retry = await canvas
      .findByRole('button', { name: 'Retry' }, { timeout: 10_000 })
      .catch(() => undefined);
    // The failure switch fails only the first request since the page loaded: on a revisit it has passed.
    if (retry) await userEvent.click(retry);
    await expect(await canvas.findByText('337 models', {}, { timeout: 10_000 })).toBeVisible();
  },
};
