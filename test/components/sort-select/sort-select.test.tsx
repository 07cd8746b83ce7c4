import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MODEL_SORT_LABELS } from '../../../src/model/model-sort-labels';
import { SortSelect } from '../../../src/components/sort-select/sort-select';
import { MODEL_SORTS, type ModelSort } from '../../../src/core/types';

const trigger = (name: string | RegExp = 'Sort') => screen.getByRole('combobox', { name });

/** Opens the select from the keyboard and returns its options. */
async function openWithKeyboard(user: ReturnType<typeof userEvent.setup>, name?: string) {
  const t = trigger(name);
  t.focus();
  await user.keyboard('{Enter}');
  const listbox = await screen.findByRole('listbox');
  return within(listbox).getAllByRole('option');
}

describe('SortSelect', () => {
  it('offers "Default order" and every sort of MODEL_SORTS with a human label', async () => {
    const user = userEvent.setup();
    render(<SortSelect />);
    const options = await openWithKeyboard(user);
    expect(options.map((o) => o.textContent)).toEqual([
      'Default order',
      ...MODEL_SORTS.map((s) => MODEL_SORT_LABELS[s]),
    ]);
    expect(options.map((o) => o.textContent)).toContain('Average price: low to high');
    expect(options.map((o) => o.textContent)).toContain('Design Arena ELO: highest first');
    for (const sort of MODEL_SORTS) expect(MODEL_SORT_LABELS[sort]).not.toBe(sort);
    for (const o of options) expect(o).toHaveAttribute('data-slot', 'sort-select-item');
    expect(screen.getByRole('listbox')).toHaveAttribute('data-slot', 'sort-select-content');
    await user.keyboard('{Escape}');
  });

  it('has a visible label tied to the trigger with aria-labelledby', () => {
    render(<SortSelect label="Order by" />);
    const label = screen.getByText('Order by');
    const t = trigger('Order by');
    expect(t).toHaveAttribute('aria-labelledby', label.id);
    expect(t).toHaveAttribute('data-slot', 'sort-select-trigger');
    expect(label).toBeVisible();
  });

  it('uncontrolled: starts at defaultValue and changes with the keyboard alone', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<SortSelect defaultValue="newest" onValueChange={onValueChange} />);
    expect(trigger()).toHaveTextContent('Newest');
    expect(trigger()).toHaveAttribute('data-state', 'closed');

    const t = trigger();
    await openWithKeyboard(user);
    // While open, Radix hides everything else from assistive technology: keep the element.
    expect(t).toHaveAttribute('data-state', 'open');
    expect(t).toHaveAttribute('aria-expanded', 'true');
    // The selected option has focus; the next one is "Top this week".
    expect(screen.getByRole('option', { name: 'Newest' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith('top-weekly');
    expect(trigger()).toHaveTextContent('Top this week');
    expect(trigger()).toHaveAttribute('data-state', 'closed');
    expect(screen.queryByRole('listbox')).toBeNull();

    // Home goes to "Default order", which reports undefined.
    await openWithKeyboard(user);
    await user.keyboard('{Home}{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith(undefined);
    expect(trigger()).toHaveTextContent('Default order');
  });

  it('uncontrolled without defaultValue shows "Default order"', () => {
    render(<SortSelect />);
    expect(trigger()).toHaveTextContent('Default order');
  });

  it('controlled: shows value, reports choices, and changes only when the parent does', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(<SortSelect value="pricing-low-to-high" onValueChange={onValueChange} />);
    expect(trigger()).toHaveTextContent('Average price: low to high');

    await openWithKeyboard(user);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onValueChange).toHaveBeenCalledWith('pricing-high-to-low');
    // The parent did not change `value`: the select still shows it.
    expect(trigger()).toHaveTextContent('Average price: low to high');

    rerender(<SortSelect value="pricing-high-to-low" onValueChange={onValueChange} />);
    expect(trigger()).toHaveTextContent('Average price: high to low');

    // `value={undefined}` is controlled too: the default order.
    rerender(<SortSelect value={undefined} onValueChange={onValueChange} />);
    expect(trigger()).toHaveTextContent('Default order');
  });

  it('controlled by a parent with state: a full round trip with typeahead', async () => {
    const user = userEvent.setup();
    const seen: Array<ModelSort | undefined> = [];
    function Parent() {
      const [sort, setSort] = useState<ModelSort | undefined>(undefined);
      return (
        <>
          <SortSelect
            value={sort}
            onValueChange={(s) => {
              seen.push(s);
              setSort(s);
            }}
          />
          <output data-testid="sort">{sort ?? 'none'}</output>
        </>
      );
    }
    render(<Parent />);
    await openWithKeyboard(user);
    await user.keyboard('Des'); // typeahead to "Design Arena ELO"
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('sort')).toHaveTextContent('design-arena-elo-high-to-low');
    expect(trigger()).toHaveTextContent('Design Arena ELO: highest first');
    expect(seen).toEqual(['design-arena-elo-high-to-low']);
  });

  it('picks with the mouse too', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<SortSelect onValueChange={onValueChange} />);
    await user.click(trigger());
    await user.click(await screen.findByRole('option', { name: 'Coding index: highest first' }));
    expect(onValueChange).toHaveBeenCalledWith('coding-high-to-low');
    expect(trigger()).toHaveTextContent('Coding index: highest first');
  });

  it('offers only the given sorts (plus the default order), and shows an unknown value as it is', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<SortSelect sorts={['newest', 'pricing-low-to-high']} />);
    let options = await openWithKeyboard(user);
    expect(options.map((o) => o.textContent)).toEqual([
      'Default order',
      'Newest',
      'Average price: low to high',
    ]);
    await user.keyboard('{Escape}');
    unmount();

    render(<SortSelect value="brand-new-sort" sorts={['newest']} />);
    expect(trigger()).toHaveTextContent('brand-new-sort');
    options = await openWithKeyboard(user);
    expect(options.map((o) => o.textContent)).toEqual(['Default order', 'Newest', 'brand-new-sort']);
    await user.keyboard('{Escape}');
  });

  it('does not open when disabled', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { container } = render(<SortSelect disabled onValueChange={onValueChange} />);
    expect(trigger()).toBeDisabled();
    expect(trigger()).toHaveAttribute('data-disabled');
    expect(container.firstElementChild).toHaveAttribute('data-disabled');
    await user.click(trigger());
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('takes className and classNames, and portals into portalContainer', async () => {
    const user = userEvent.setup();
    const host = document.createElement('div');
    document.body.append(host);
    const { container } = render(
      <SortSelect
        className="root"
        classNames={{ trigger: 't', content: 'c', item: 'i', label: 'l' }}
        portalContainer={host}
      />,
    );
    expect(container.firstElementChild).toHaveClass('root');
    expect(container.firstElementChild).toHaveAttribute('data-slot', 'sort-select');
    expect(trigger()).toHaveClass('t');
    expect(screen.getByText('Sort')).toHaveClass('l');
    await openWithKeyboard(user);
    const content = host.querySelector('[data-slot="sort-select-content"]');
    expect(content).not.toBeNull();
    expect(content).toHaveClass('c');
    expect(host.querySelector('[data-slot="sort-select-item"]')).toHaveClass('i');
    await user.keyboard('{Escape}');
    host.remove();
  });

  it('hideLabel keeps the name for assistive technology', () => {
    render(<SortSelect hideLabel label="Sort models" />);
    expect(trigger('Sort models')).toBeInTheDocument();
    expect(screen.getByText('Sort models')).toHaveClass('orm-visually-hidden');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <SortSelect defaultValue="newest" />
        <SortSelect disabled label="Disabled sort" />
      </main>,
    );
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
