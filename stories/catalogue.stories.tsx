import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { mockFailure } from '../src/mock';
import { CatalogueExample } from './catalogue-example';

/**
 * A full page that browses the whole catalogue (the real 2026-06-16 fixture, 337 models, on
 * the mock API): `FilterPanel` on the left; search, `SortSelect` and `ModelCount` on top; a
 * virtualized grid of `ModelCard`s from `useModels(filters)`. It is a composition of the
 * kit's parts (`stories/catalogue-example.tsx`), not a kit export.
 */
const meta = {
  title: 'Catalogue',
  component: CatalogueExample,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof CatalogueExample>;

export default meta;
type Story = StoryObj<typeof meta>;

const shownCount = (canvas: ReturnType<typeof within>) => Number(canvas.getByTestId('shown-count').textContent?.replace(/[^\d]/g, '') || NaN);

/** The whole catalogue. A person's path: tick a filter and see fewer cards. */
export const Catalogue: Story = {
  play: async ({ canvas }) => {
    await waitFor(() => expect(shownCount(canvas)).toBe(337), { timeout: 15_000 });
    const cardsBefore = canvas.getAllByRole('article').length;
    // Virtualized: a few rows of cards in the DOM, not 337.
    await expect(cardsBefore).toBeLessThan(60);
    const input = canvas.getByRole('group', { name: 'Input' });
    await userEvent.click(within(input).getByRole('checkbox', { name: 'Audio' }));
    await waitFor(() => expect(shownCount(canvas)).toBeLessThan(337), { timeout: 15_000 });
    const shown = shownCount(canvas);
    await expect(shown).toBeGreaterThan(0);
    await waitFor(() => expect(canvas.getAllByRole('article').length).toBeLessThanOrEqual(Math.min(shown, cardsBefore)));
    await waitFor(() => expect(canvas.getByRole('region', { name: 'Model cards' })).not.toHaveAttribute('aria-busy'));
  },
};

/** Search and sort: cheapest first among the Claude models. */
export const SearchAndSort: Story = {
  args: { defaultFilters: { sort: 'pricing-low-to-high' } },
  play: async ({ canvas }) => {
    await waitFor(() => expect(shownCount(canvas)).toBe(337), { timeout: 15_000 });
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search' }), 'claude');
    await waitFor(() => expect(shownCount(canvas)).toBeLessThan(337));
    for (const heading of canvas.getAllByRole('heading', { level: 2 })) await expect(heading.textContent?.toLowerCase()).toContain('claude');
  },
};

/** While the list loads: card skeletons. */
export const Loading: Story = {
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: 'slow', delayMs: 600_000 })] } } },
};

/** Filters that match nothing: the empty state clears them. */
export const Empty: Story = {
  args: { defaultFilters: { maxPrice: 0, maxOutputPrice: 0, context: 2_000_000 } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Clear filters' }, { timeout: 15_000 })).toBeVisible();
  },
};

/** The API fails (HTTP 500, after the kit's 3 retries): the reason and a retry. */
export const ServerError: Story = {
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: '500', path: '/models' })] } } },
  play: async ({ canvas }) => {
    const cards = canvas.getByRole('region', { name: 'Model cards' });
    await expect(await within(cards).findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(/./);
    await expect(within(cards).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The same page in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await waitFor(() => expect(shownCount(canvas)).toBe(337), { timeout: 15_000 });
  },
};
