import { createRef } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { ModelCard } from '../../../src/components/model-card/model-card';
import { ModelProviders, type ProvidersSort } from '../../../src/components/model-providers/model-providers';
import { parseModel } from '../../../src/core/parse';
import { mockFailure, mockModels } from '../../../src/mock';
import { ANY_HOST, renderWithProviders, requestsTo, server, setupMockServer } from '../../hooks/utils';

setupMockServer();

const KEY = { clientOptions: { apiKey: 'sk-or-test-key-1234' } };
const MANY = 'openai/gpt-oss-safeguard-20b'; // 6 stand-in endpoints: quantizations, a discount, degraded and down
const CLAUDE = 'anthropic/claude-opus-4.7'; // 5: two regional duplicates, a long-context tier
const noContrast = { rules: { 'color-contrast': { enabled: false } } };

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cells = (table: HTMLElement, column: string) =>
  [...table.querySelectorAll(`tbody [data-column='${column}'] [data-slot='model-providers-value']`)].map(
    (c) => c.textContent ?? '',
  );
const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((h) => h.querySelector("[data-slot='model-providers-name']")!.textContent!);
/** A cell's text as a number for order checks; null for "—" (not reported). */
const numberOf = (text: string) => {
  if (text.startsWith('—')) return null;
  if (text.startsWith('Free')) return 0;
  const m = /([\d.]+)\s*(K|M|ms|s)?/.exec(text.replace(/^\$/, ''));
  if (!m) return null;
  const n = parseFloat(m[1]);
  return m[2] === 'K' ? n * 1e3 : m[2] === 'M' ? n * 1e6 : m[2] === 's' ? n * 1000 : n;
};
const isSorted = (values: Array<number | null>, direction: 'ascending' | 'descending') => {
  const known = values.filter((v): v is number => v !== null);
  // nulls only at the end
  expect(values.slice(known.length).every((v) => v === null)).toBe(true);
  expect(known).toEqual([...known].sort((a, b) => (direction === 'ascending' ? a - b : b - a)));
};

describe('ModelProviders', () => {
  it('a row per endpoint (regional duplicates kept), caption, prices per million, tiers, marks in words; forwards ref, rest props, className', async () => {
    const ref = createRef<HTMLDivElement>();
    renderWithProviders(<ModelProviders ref={ref} model={CLAUDE} className="mine" data-testid="p" />, KEY);
    const table = await screen.findByRole('table', { name: /Providers of Anthropic: Claude Opus 4\.7/ });
    expect(rowsOf(table)).toHaveLength(5);
    expect(names(table).filter((n) => n.startsWith('Amazon Bedrock'))).toEqual([
      'Amazon Bedrock',
      'Amazon Bedrock eu-west-1',
    ]);
    expect(cells(table, 'input')[0]).toBe('$5.00/M');
    expect(cells(table, 'input')[3]).toContain('> 200K tokens: $10.00/M');
    expect(cells(table, 'output')[3]).toContain('> 200K tokens: $37.50/M');
    expect(within(table).getAllByText('Most reliable').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('Fastest').length).toBeGreaterThan(0);
    expect(ref.current).toBe(screen.getByTestId('p'));
    expect(ref.current).toHaveClass('mine');
    expect(ref.current).toHaveAttribute('data-slot', 'model-providers');
    expect(ref.current).toHaveAttribute('data-state', 'ready');
  });

  it('sorts by every column from its header button, with aria-sort on that header only; the better end first, again to reverse; unknown figures last', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ModelProviders model={MANY} />, KEY);
    const table = await screen.findByRole('table');
    const header = (name: string) =>
      within(table).getByRole('columnheader', { name: new RegExp(`^${name}`) });
    const figures: Array<[label: string, column: string, first: 'ascending' | 'descending']> = [
      ['Input price', 'input', 'ascending'],
      ['Output price', 'output', 'ascending'],
      ['Context', 'context', 'descending'],
      ['Max output', 'maxOutput', 'descending'],
      ['Uptime 30 min', 'uptime30m', 'descending'],
      ['Uptime 1 day', 'uptime1d', 'descending'],
      ['Latency', 'latency', 'ascending'],
      ['Throughput', 'throughput', 'descending'],
    ];
    for (const [label, column, first] of figures) {
      await user.click(within(table).getByRole('button', { name: label }));
      expect(header(label)).toHaveAttribute('aria-sort', first);
      expect(table.querySelectorAll('th[aria-sort]')).toHaveLength(1);
      isSorted(cells(table, column).map(numberOf), first);
      await user.click(within(table).getByRole('button', { name: label }));
      const second = first === 'ascending' ? 'descending' : 'ascending';
      expect(header(label)).toHaveAttribute('aria-sort', second);
      isSorted(cells(table, column).map(numberOf), second);
    }
    // Text columns
    await user.click(within(table).getByRole('button', { name: 'Provider' }));
    expect(header('Provider')).toHaveAttribute('aria-sort', 'ascending');
    expect(names(table)).toEqual(
      [...names(table)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    await user.click(within(table).getByRole('button', { name: 'Quantization' }));
    const q = cells(table, 'quantization').filter((t) => !t.startsWith('—'));
    expect(q).toEqual([...q].sort());
    // Status: best first, then worst first
    await user.click(within(table).getByRole('button', { name: 'Status' }));
    const rank = { Up: 3, Unknown: 2, Degraded: 1, Down: 0 } as Record<string, number>;
    isSorted(
      cells(table, 'status').map((s) => rank[s]),
      'descending',
    );
    expect(screen.getByText('Sorted by Status, best first')).toBeInTheDocument();
  });

  it('sorts with the keyboard: Tab to a header button, Enter and Space', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ModelProviders model={MANY} />, KEY);
    const table = await screen.findByRole('table');
    within(table).getByRole('button', { name: 'Provider' }).focus();
    await user.tab();
    await user.tab();
    expect(within(table).getByRole('button', { name: 'Output price' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(table).getByRole('columnheader', { name: /^Output price/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.keyboard(' ');
    expect(within(table).getByRole('columnheader', { name: /^Output price/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(within(table).getByRole('button', { name: 'Output price' })).toHaveFocus();
  });

  it('controlled sort: onSortChange, and the prop wins', async () => {
    const user = userEvent.setup();
    const changes: Array<ProvidersSort | null> = [];
    renderWithProviders(
      <ModelProviders
        model={MANY}
        sort={{ column: 'throughput', direction: 'descending' }}
        onSortChange={(s) => changes.push(s)}
      />,
      KEY,
    );
    const table = await screen.findByRole('table');
    await user.click(within(table).getByRole('button', { name: 'Latency' }));
    expect(changes).toEqual([{ column: 'latency', direction: 'ascending' }]);
    expect(within(table).getByRole('columnheader', { name: /^Throughput/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('degraded and down providers say so in words; the down one is never marked', async () => {
    renderWithProviders(<ModelProviders model="moonshotai/kimi-k2.6" />, KEY);
    const table = await screen.findByRole('table');
    const down = rowsOf(table).find((r) => r.getAttribute('data-state') === 'down')!;
    expect(within(down).getByText('Down')).toBeInTheDocument();
    expect(down.querySelector("[data-slot='model-providers-mark']")).toBeNull();
    expect(within(table).getAllByText('Degraded').length).toBeGreaterThan(0);
  });

  it('without a key: "sign in to see speed", never "0 ms"; the figures that need no key still show', async () => {
    renderWithProviders(<ModelProviders model={CLAUDE} />);
    const table = await screen.findByRole('table');
    expect(
      screen.getByText(/sign in to see speed/, { selector: "[data-slot='model-providers-note']" }),
    ).toBeInTheDocument();
    expect(table.textContent).not.toMatch(/\b0 ms|tok\/s/);
    expect(cells(table, 'latency').every((t) => t === '—sign in to see speed')).toBe(true);
    expect(cells(table, 'uptime1d').every((t) => /%$/.test(t))).toBe(true);
    expect(within(table).queryByText('Fastest')).toBeNull();
  });

  it('a need: the pick and why', async () => {
    renderWithProviders(
      <ModelProviders
        model="anthropic/claude-fable-5"
        need={{ goal: 'cheapest', promptTokens: 300_000, completionTokens: 2_000 }}
      />,
      KEY,
    );
    await screen.findByRole('table');
    expect(screen.getByText(/is the cheapest for 300K tokens in and 2K out/)).toBeInTheDocument();
    expect(screen.getAllByText('Best for your need')).toHaveLength(1);
  });

  it('loading, then error with the reason and a retry that recovers', async () => {
    const user = userEvent.setup();
    server.use(mockFailure({ kind: '500', baseUrl: ANY_HOST, path: '/models/*/*/endpoints', times: 1 }));
    const { container } = renderWithProviders(
      <ModelProviders model={CLAUDE} queryOptions={{ retry: false }} />,
    );
    expect(screen.getByText('Loading providers…')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'loading');
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
    expect(await screen.findByRole('alert')).toHaveTextContent('OpenRouter is having trouble');
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('empty: a model no provider serves', async () => {
    renderWithProviders(<ModelProviders model="openrouter/auto" />);
    expect(await screen.findByText('No providers')).toBeInTheDocument();
    expect(screen.getByText(/No provider serves .* right now/)).toBeInTheDocument();
  });

  it('has no axe violations with data (jsdom: contrast is checked in the Chromium stories)', async () => {
    const { container } = renderWithProviders(
      <ModelProviders model={MANY} need={{ goal: 'reliable' }} />,
      KEY,
    );
    await screen.findByRole('table');
    expect((await axe.run(container, noContrast)).violations).toEqual([]);
  });
});

describe('ModelCard showProviders', () => {
  const model = parseModel(mockModels.find((m) => m.id === CLAUDE))!;

  it('asks only when asked: no request without showProviders', async () => {
    renderWithProviders(
      <>
        <ModelCard model={model} />
        <ModelCard model={model} />
      </>,
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(requestsTo('/endpoints')).toHaveLength(0);
  });

  it('the summary line, one request shared with a table of the same model', async () => {
    renderWithProviders(
      <>
        <ModelCard model={model} showProviders />
        <ModelProviders model={CLAUDE} />
      </>,
      KEY,
    );
    expect(
      await screen.findByText(/^3 providers · \$5\.00–\$5\.50\/M in · fastest \d+ tok\/s$/),
    ).toBeInTheDocument();
    await screen.findByRole('table');
    await waitFor(() => expect(requestsTo('/endpoints')).toHaveLength(1));
  });

  it('without a key the summary says to sign in for speed', async () => {
    renderWithProviders(<ModelCard model={model} showProviders />);
    expect(
      await screen.findByText('3 providers · $5.00–$5.50/M in · sign in to see speed'),
    ).toBeInTheDocument();
  });
});
