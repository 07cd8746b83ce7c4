import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SortSelect, type SortSelectProps } from '../src/components/sort-select/sort-select';
import type { ModelSort } from '../src/core/types';
import '../src/styles/index.css';

/**
 * Every sort the API offers (`MODEL_SORTS`), plus "Default order" (no `sort` parameter: the
 * server's order). A Radix Select: keyboard from start to end (Enter / Space / arrows to
 * open, arrows and typeahead to move, Enter to pick, Escape to close).
 */
const meta = {
  title: 'Components/SortSelect',
  component: SortSelect,
  tags: ['autodocs'],
  args: { onValueChange: fn() },
  argTypes: {
    value: { control: 'text' },
    defaultValue: { control: 'text' },
    portalContainer: { control: false },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SortSelect>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Uncontrolled: starts at `defaultValue` and keeps its own state. */
export const Uncontrolled: Story = {
  args: { defaultValue: 'most-popular' },
};

/** Uncontrolled without a default: "Default order". */
export const DefaultOrder: Story = {};

function ControlledDemo(props: Omit<SortSelectProps, 'value' | 'defaultValue'>) {
  const [sort, setSort] = useState<ModelSort | undefined>('pricing-low-to-high');
  return (
    <div style={{ display: 'grid', gap: 12, justifyItems: 'start', fontFamily: 'system-ui, sans-serif' }}>
      <SortSelect
        {...props}
        value={sort}
        onValueChange={(next) => {
          setSort(next);
          props.onValueChange?.(next);
        }}
      />
      <p style={{ margin: 0, fontSize: 14 }}>
        sort ={' '}
        <output data-testid="sort-value">{sort === undefined ? 'undefined' : JSON.stringify(sort)}</output>
      </p>
    </div>
  );
}

/** Controlled: the parent holds `value`; "Default order" sets it to `undefined`. Picked with the keyboard alone. */
export const Controlled: Story = {
  render: (args) => <ControlledDemo onValueChange={args.onValueChange} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('combobox', { name: 'Sort' });
    await expect(trigger).toHaveTextContent('Average price: low to high');
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const listbox = await within(document.body).findByRole('listbox');
    await expect(within(listbox).getAllByRole('option')).toHaveLength(13);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(canvas.getByTestId('sort-value')).toHaveTextContent('"pricing-high-to-low"'));
    await expect(args.onValueChange).toHaveBeenCalledWith('pricing-high-to-low');
    // Settle closed: an open Select hides the rest of the page from assistive technology.
    await waitFor(() => expect(within(document.body).queryByRole('listbox')).toBeNull());
  },
};

/** A subset of sorts, with a custom label. */
export const Subset: Story = {
  args: {
    label: 'Order by',
    sorts: ['newest', 'pricing-low-to-high', 'context-high-to-low'],
    defaultValue: 'newest',
  },
};

/** The label kept for assistive technology only. */
export const HiddenLabel: Story = {
  args: { hideLabel: true, label: 'Sort models', defaultValue: 'newest' },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: 'newest' },
};

function DarkDemo(props: SortSelectProps) {
  // The list portals into the themed wrapper, so it picks up the dark tokens too.
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  return (
    <div
      ref={setHost}
      data-theme="dark"
      style={{
        colorScheme: 'dark',
        background: 'var(--orm-bg)',
        padding: 16,
        borderRadius: 12,
        minHeight: 480,
      }}
    >
      <SortSelect {...props} portalContainer={host} />
    </div>
  );
}

/** Dark theme through the tokens; `portalContainer` keeps the list inside the themed wrapper. */
export const Dark: Story = {
  args: { defaultValue: 'design-arena-elo-high-to-low' },
  render: (args) => <DarkDemo {...args} />,
};
