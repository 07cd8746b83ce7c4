import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ModelCatalogue } from '../src/components/model-catalogue/model-catalogue';
import { mockFailure } from '../src/mock';

/**
 * `<ModelCatalogue />` on the mock API (the real 2026-06-16 fixture, 337 models): the filters,
 * search, sort, the live count, cards or a table, paged over `useInfiniteModels`, a model's
 * details in a dialog, and every state. Its filters, sort, search and open details live in the
 * page's URL.
 */
const meta = {
  title: 'ModelCatalogue',
  component: ModelCatalogue,
  parameters: { layout: 'padded' },
  args: { storage: null },
  // Each story starts from the story's own URL and leaves it as it found it.
  beforeEach: () => {
    const href = window.location.href;
    const clean = new URL(href);
    for (const name of [...clean.searchParams.keys()])
      if (name !== 'id' && name !== 'viewMode' && name !== 'globals' && name !== 'args')
        clean.searchParams.delete(name);
    window.history.replaceState(window.history.state, '', clean);
    return () => window.history.replaceState(window.history.state, '', href);
  },
} satisfies Meta<typeof ModelCatalogue>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
const countText = (canvas: Canvas) =>
  canvas.getAllByRole('status').find((el: HTMLElement) => el.dataset.slot === 'model-catalogue-count')
    ?.textContent ?? '';
const shown = (canvas: Canvas) => {
  const m = /Showing ([\d,]+) of ([\d,]+)/.exec(countText(canvas));
  return m ? { shown: Number(m[1].replace(/,/g, '')), total: Number(m[2].replace(/,/g, '')) } : undefined;
};
const settled = async (canvas: Canvas) => {
  await waitFor(
    () => expect(canvas.getByRole('region', { name: 'Models' })).not.toHaveAttribute('aria-busy'),
    { timeout: 15_000 },
  );
};
const withUrl = (search: string) => () => {
  const url = new URL(window.location.href);
  for (const [name, value] of new URLSearchParams(search)) url.searchParams.set(name, value);
  window.history.replaceState(window.history.state, '', url);
};

/** The whole catalogue, one page of cards at a time. */
export const Catalogue: Story = {
  play: async ({ canvas }) => {
    await waitFor(() => expect(shown(canvas)).toEqual({ shown: 24, total: 337 }), { timeout: 15_000 });
    await expect(canvas.getAllByRole('article')).toHaveLength(24);
    await userEvent.click(canvas.getByRole('button', { name: /^Show more models/ }));
    await waitFor(() => expect(shown(canvas)?.shown).toBe(48), { timeout: 15_000 });
    await settled(canvas);
  },
};

/**
 * A person's path, in the URL: tick filters, pick a sort, reload (the catalogue mounts again from
 * the URL alone) and find the same filters and models; then Back and Forward.
 */
function Remountable(args: React.ComponentProps<typeof ModelCatalogue>) {
  const [mount, setMount] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setMount((n) => n + 1)}>
        Reload the catalogue
      </button>
      <ModelCatalogue key={mount} {...args} />
    </>
  );
}
export const FiltersInTheUrl: Story = {
  render: (args) => <Remountable {...args} />,
  play: async ({ canvas }) => {
    await waitFor(() => expect(shown(canvas)?.total).toBe(337), { timeout: 15_000 });
    const input = canvas.getByRole('group', { name: 'Input' });
    await userEvent.click(within(input).getByRole('checkbox', { name: 'Image' }));
    await waitFor(() =>
      expect(new URL(window.location.href).searchParams.get('input_modalities')).toBe('image'),
    );
    await waitFor(() => expect(shown(canvas)?.total).toBeLessThan(337), { timeout: 15_000 });
    const imageTotal = shown(canvas)!.total;
    await userEvent.click(canvas.getByRole('checkbox', { name: /Free models only/ }));
    await waitFor(() => expect(new URL(window.location.href).searchParams.get('max_price')).toBe('0'));
    await waitFor(() => expect(shown(canvas)?.total).toBeLessThan(imageTotal), { timeout: 15_000 });
    await settled(canvas);
    const freeTotal = shown(canvas)!.total;
    const names = canvas.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

    // Reload: a new catalogue from the URL alone.
    await userEvent.click(canvas.getByRole('button', { name: 'Reload the catalogue' }));
    await waitFor(() => expect(shown(canvas)?.total).toBe(freeTotal), { timeout: 15_000 });
    await expect(
      within(canvas.getByRole('group', { name: 'Input' })).getByRole('checkbox', { name: 'Image' }),
    ).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: /Free models only/ })).toBeChecked();
    await expect(canvas.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(names);

    // Back: image input only; Back again: everything; Forward: image input again.
    window.history.back();
    await waitFor(() => expect(shown(canvas)?.total).toBe(imageTotal), { timeout: 15_000 });
    await expect(canvas.getByRole('checkbox', { name: /Free models only/ })).not.toBeChecked();
    window.history.back();
    await waitFor(() => expect(shown(canvas)?.total).toBe(337), { timeout: 15_000 });
    window.history.forward();
    await waitFor(() => expect(shown(canvas)?.total).toBe(imageTotal), { timeout: 15_000 });
    await settled(canvas);
  },
};

/** Opened from a shared link: `?input_modalities=image&max_price=1&sort=newest&q=gpt` (and a stale `max_output_price=cheap`, ignored). */
export const FromALink: Story = {
  beforeEach: withUrl('input_modalities=image&max_price=1&sort=newest&q=gpt&max_output_price=cheap'),
  play: async ({ canvas }) => {
    await waitFor(() => expect(shown(canvas)?.total).toBeGreaterThan(0), { timeout: 15_000 });
    await expect(canvas.getByRole('searchbox', { name: 'Search models' })).toHaveValue('gpt');
    await expect(
      within(canvas.getByRole('group', { name: 'Input' })).getByRole('checkbox', { name: 'Image' }),
    ).toBeChecked();
    for (const heading of canvas.getAllByRole('heading', { level: 3 }))
      await expect(heading.textContent?.toLowerCase()).toContain('gpt');
    await settled(canvas);
  },
};

/** Search (the API's `q`) and sort, as a dense table. */
export const SearchAndTable: Story = {
  args: { defaultView: 'table' },
  play: async ({ canvas }) => {
    await waitFor(() => expect(shown(canvas)?.total).toBe(337), { timeout: 15_000 });
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search models' }), 'claude');
    await waitFor(() => expect(new URL(window.location.href).searchParams.get('q')).toBe('claude'), {
      timeout: 5_000,
    });
    await waitFor(() => expect(shown(canvas)?.total).toBeLessThan(337), { timeout: 15_000 });
    const table = canvas.getByRole('table');
    const rows = within(table).getAllByRole('rowheader');
    for (const row of rows) await expect(row.textContent?.toLowerCase()).toContain('claude');
    await settled(canvas);
  },
};

const detailsParam = () => new URL(window.location.href).searchParams.get('details');

/**
 * A model's details in a dialog: every price and parameter, its providers. The open model is in
 * the URL (`details=author/slug`, a new history entry): Back closes the dialog, Forward opens it
 * again; Escape closes it and takes `details` out of the URL.
 */
export const Details: Story = {
  play: async ({ canvas }) => {
    await waitFor(() => expect(shown(canvas)?.total).toBe(337), { timeout: 15_000 });
    const first = canvas.getAllByRole('button', { name: /^Details of / })[0];
    await userEvent.click(first);
    const dialog = await canvas.findByRole('dialog');
    await expect(within(dialog).getByRole('heading', { level: 3, name: 'Prices' })).toBeVisible();
    await expect(within(dialog).getByRole('rowheader', { name: 'Input' })).toBeVisible();
    const id = dialog.querySelector('[data-slot="model-catalogue-facts"] code')?.textContent ?? '';
    await expect(id).toMatch(/^[^/]+\/[^/]+$/);
    await expect(detailsParam()).toBe(id);
    await expect(window.location.search).toContain(`details=${id}`); // written as it reads
    // Its providers (ModelProviders, from GET /models/{id}/endpoints).
    await expect(
      await within(dialog).findByRole('table', { name: /^Providers of / }, { timeout: 15_000 }),
    ).toBeVisible();
    // Back closes it (a phone's back gesture), Forward opens it again.
    window.history.back();
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(detailsParam()).toBeNull();
    window.history.forward();
    await expect(await canvas.findByRole('dialog')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(detailsParam()).toBeNull();
    await expect(first).toHaveFocus();
    await settled(canvas);
  },
};

/**
 * Opened from a shared link: `?details=anthropic/claude-sonnet-4.5`, a model far down the list
 * (not in the first page): the dialog fetches it by id (`GET /model/anthropic/claude-sonnet-4.5`).
 */
export const DetailsFromALink: Story = {
  beforeEach: withUrl('details=anthropic/claude-sonnet-4.5'),
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole(
      'dialog',
      { name: 'Anthropic: Claude Sonnet 4.5' },
      { timeout: 15_000 },
    );
    await expect(within(dialog).getByRole('heading', { level: 3, name: 'Prices' })).toBeVisible();
    await expect(
      await within(dialog).findByRole('table', { name: /^Providers of / }, { timeout: 15_000 }),
    ).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(detailsParam()).toBeNull();
    await settled(canvas);
  },
};

/** While the list loads: card skeletons. */
export const Loading: Story = {
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: 'slow', delayMs: 600_000 })] } } },
};

/** Filters that match nothing: "Clear filters". */
export const Empty: Story = {
  beforeEach: withUrl('max_price=0&max_output_price=0&context=2000000'),
  play: async ({ canvas }) => {
    const clear = await canvas.findByRole('button', { name: 'Clear filters' }, { timeout: 15_000 });
    await userEvent.click(clear);
    await waitFor(() => expect(shown(canvas)?.total).toBe(337), { timeout: 15_000 });
    await settled(canvas);
  },
};

/** The API fails (HTTP 500, after the kit's retries): the reason and "Try again". */
export const ServerError: Story = {
  args: { queryOptions: { retry: false } },
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: '500', path: '/models' })] } } },
  play: async ({ canvas }) => {
    const results = canvas.getByRole('region', { name: 'Models' });
    await expect(await within(results).findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(/./);
    await expect(within(results).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The account view with a bearer: only the models this account can use (the mock's user list leaves out `:free` variants). */
export const AccountView: Story = {
  args: { scope: 'user', bearer: 'sk-or-demo-user-token' },
  play: async ({ canvas }) => {
    await waitFor(() => expect(shown(canvas)?.total).toBeGreaterThan(0), { timeout: 15_000 });
    await expect(canvas.getByRole('switch', { name: 'Only models my account can use' })).toBeChecked();
    const mine = shown(canvas)!.total;
    await expect(mine).toBeLessThan(337);
    await userEvent.click(canvas.getByRole('switch', { name: 'Only models my account can use' }));
    await waitFor(() => expect(shown(canvas)?.total).toBe(337), { timeout: 15_000 });
    await settled(canvas);
  },
};

/** The account view without a bearer (nor an API key): a sign-in prompt, not an error. */
export const AccountViewSignedOut: Story = {
  args: { scope: 'user' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText('Sign in to see the models your account can use', {}, { timeout: 15_000 }),
    ).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** The same page in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await waitFor(() => expect(shown(canvas)?.total).toBe(337), { timeout: 15_000 });
    await settled(canvas);
  },
};
