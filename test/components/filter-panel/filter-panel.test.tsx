import { useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createOpenRouterClient } from '../../../src/core';
import type { ModelsListFilters } from '../../../src/core/types';
import { OpenRouterProvider } from '../../../src/hooks';
import { FilterPanel } from '../../../src/components/filter-panel/filter-panel';
import { updateFilters } from '../../../src/model/update-filters';
import { parseUsdInput } from '../../../src/components/filter-panel/filter-panel-price-range';
import { createModelsHandlers, mockFailure, mockModels, type RawModel } from '../../../src/mock';

/** An image-only model: only `output_modalities=all` lists it, so its author proves where the author choices come from. */
const PAINTER: RawModel = {
  id: 'acme/pixel-painter',
  name: 'Acme: Pixel Painter',
  created: 1_750_000_000,
  context_length: 4096,
  architecture: {
    modality: 'text->image',
    input_modalities: ['text'],
    output_modalities: ['image'],
    tokenizer: 'Other',
  },
  pricing: { prompt: '0.000001', completion: '0.000004' },
  supported_parameters: [],
};
const MODELS: RawModel[] = [...mockModels, PAINTER];

// Each request parses the whole catalogue (338 models) and the panel renders ~100 chips: on a
// busy machine that takes longer than the defaults allow.
configure({ asyncUtilTimeout: 8_000 });
vi.setConfig({ testTimeout: 40_000 });

const server = setupServer(...createModelsHandlers({ models: MODELS }));
const urls: URL[] = [];
server.events.on('request:start', ({ request }) => {
  urls.push(new URL(request.url));
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  urls.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The list requests (not the catalogue request that feeds the author choices). */
const listRequests = () =>
  urls.filter((u) => u.pathname.endsWith('/models') && u.searchParams.get('output_modalities') !== 'all');
const lastListQuery = () => listRequests().at(-1)?.searchParams;

const textModels = MODELS.filter((m) => m.architecture?.output_modalities?.includes('text'));
const countText = (n: number) =>
  n === 0 ? 'No models match' : n === 1 ? '1 model matches' : `${n.toLocaleString('en-US')} models match`;

function renderWithClient(ui: React.ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createOpenRouterClient({ retries: { strategy: 'none' } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <OpenRouterProvider client={client}>{ui}</OpenRouterProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}

const matchCount = () => document.querySelector('[data-slot="filter-panel-match-count"]') as HTMLElement;
const group = (name: RegExp | string) => screen.getByRole('group', { name });

async function countIs(n: number) {
  await waitFor(() => {
    expect(matchCount()).toHaveTextContent(countText(n));
    expect(matchCount()).toHaveAttribute('data-state', 'idle');
  });
}

describe('FilterPanel (drop-in, uncontrolled)', () => {
  it('takes query options for its own queries: with retry off a 500 shows on the count at once, after one request', async () => {
    server.use(mockFailure({ kind: '500', path: '/models' }));
    renderWithClient(<FilterPanel queryOptions={{ retry: false }} />);
    await waitFor(() => expect(matchCount()).toHaveAttribute('data-state', 'error'), { timeout: 1000 });
    expect(within(matchCount()).getByRole('button', { name: 'Try again' })).toBeEnabled();
    expect(listRequests()).toHaveLength(1);
    // The catalogue query behind the author choices took them too: one request, no retry.
    expect(urls.filter((u) => u.searchParams.get('output_modalities') === 'all')).toHaveLength(1);
  });

  it('toggling a filter calls onFiltersChange, changes the request and updates the count', async () => {
    const user = userEvent.setup({ delay: null });
    const onFiltersChange = vi.fn();
    renderWithClient(<FilterPanel onFiltersChange={onFiltersChange} />);
    await countIs(textModels.length);
    expect(lastListQuery()?.toString()).toBe('');

    await user.click(within(group('Input')).getByRole('checkbox', { name: 'Image' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ inputModalities: ['image'] });
    const vision = textModels.filter((m) => m.architecture?.input_modalities?.includes('image')).length;
    await countIs(vision);
    expect(lastListQuery()?.get('input_modalities')).toBe('image');
    expect(group('Input')).toHaveAttribute('data-state', 'active');

    await user.click(within(group('Supports')).getByRole('checkbox', { name: 'Tools' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({
      inputModalities: ['image'],
      supportedParameters: ['tools'],
    });
    const visionTools = textModels.filter(
      (m) => m.architecture?.input_modalities?.includes('image') && m.supported_parameters?.includes('tools'),
    ).length;
    await countIs(visionTools);
    expect(lastListQuery()?.get('supported_parameters')).toBe('tools');

    // Back to "any": the key is removed, not sent as an empty list.
    await user.click(within(group('Input')).getByRole('checkbox', { name: 'Image' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ supportedParameters: ['tools'] });
    await user.click(within(group('Supports')).getByRole('checkbox', { name: 'Tools' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
    await countIs(textModels.length);
    expect(group('Input')).toHaveAttribute('data-state', 'inactive');
    for (const u of listRequests()) {
      for (const [, value] of u.searchParams) expect(value).not.toBe('');
    }
  });

  it('output modalities: unset means text (checked), "All" sends all and widens the count', async () => {
    const user = userEvent.setup({ delay: null });
    const onFiltersChange = vi.fn();
    renderWithClient(<FilterPanel onFiltersChange={onFiltersChange} />);
    await countIs(textModels.length);
    const output = group('Output');
    expect(within(output).getByRole('checkbox', { name: 'Text' })).toBeChecked();
    expect(output).toHaveAttribute('data-state', 'inactive');

    await user.click(within(output).getByRole('checkbox', { name: 'All' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ outputModalities: 'all' });
    await countIs(MODELS.length);
    expect(urls.at(-1)?.searchParams.get('output_modalities')).toBe('all');

    await user.click(within(output).getByRole('checkbox', { name: 'All' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({});

    await user.click(within(output).getByRole('checkbox', { name: 'Image' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ outputModalities: ['image', 'text'] });
    await user.click(within(output).getByRole('checkbox', { name: 'Text' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ outputModalities: ['image'] });
    await countIs(MODELS.filter((m) => m.architecture?.output_modalities?.includes('image')).length);
    expect(lastListQuery()?.get('output_modalities')).toBe('image');
  });

  it('output modalities: unticking Text alone asks for every other output (else it would do nothing)', async () => {
    const user = userEvent.setup({ delay: null });
    const onFiltersChange = vi.fn();
    renderWithClient(<FilterPanel onFiltersChange={onFiltersChange} />);
    await countIs(textModels.length);
    const output = group('Output');
    await user.click(within(output).getByRole('checkbox', { name: 'Text' }));
    // In the core's canonical form: sorted.
    const others = ['audio', 'embeddings', 'image', 'rerank', 'speech', 'transcription', 'video'];
    expect(onFiltersChange).toHaveBeenLastCalledWith({ outputModalities: others });
    expect(within(output).getByRole('checkbox', { name: 'Text' })).not.toBeChecked();
    expect(within(output).getByRole('checkbox', { name: 'Image' })).toBeChecked();
    await countIs(
      MODELS.filter((m) => m.architecture?.output_modalities?.some((o) => others.includes(o))).length,
    );
    // Ticking it again ticks every output: that is "All", and shows so.
    await user.click(within(output).getByRole('checkbox', { name: 'Text' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ outputModalities: 'all' });
    expect(within(output).getByRole('checkbox', { name: 'All' })).toBeChecked();
    // And unticking "All" is back to text only.
    await user.click(within(output).getByRole('checkbox', { name: 'All' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
    expect(within(output).getByRole('checkbox', { name: 'Text' })).toBeChecked();
  });

  it('single-value filters: context, free only, region, distillable, zdr, category, architecture', async () => {
    const user = userEvent.setup({ delay: null });
    const onFiltersChange = vi.fn();
    renderWithClient(<FilterPanel onFiltersChange={onFiltersChange} />);
    await countIs(textModels.length);

    await user.click(within(group('Context length')).getByRole('radio', { name: '≥ 128K' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ context: 128_000 });
    await countIs(textModels.filter((m) => (m.context_length ?? 0) >= 128_000).length);
    expect(lastListQuery()?.get('context')).toBe('128000');
    await user.click(within(group('Context length')).getByRole('radio', { name: 'Any' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({});

    await user.click(screen.getByRole('checkbox', { name: 'Free models only' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ maxPrice: 0, maxOutputPrice: 0 });
    const free = textModels.filter(
      (m) => Number(m.pricing?.prompt) === 0 && Number(m.pricing?.completion) === 0,
    ).length;
    await countIs(free);
    expect(lastListQuery()?.get('max_price')).toBe('0');
    expect(lastListQuery()?.get('max_output_price')).toBe('0');
    // The price inputs show what Free only set.
    expect(within(group('Prompt price')).getByRole('textbox', { name: /^Max/ })).toHaveValue('0');
    await user.click(screen.getByRole('checkbox', { name: 'Free models only' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({});

    // Region, distillable, ZDR, category, architecture and providers sit under "More filters", closed at first.
    const more = screen.getByText('More filters').closest('details')!;
    expect(more.open).toBe(false);
    await user.click(screen.getByText('More filters'));
    expect(more.open).toBe(true);
    await user.click(within(group('Region')).getByRole('radio', { name: 'EU' }));
    expect(screen.getByText(/More filters/)).toHaveTextContent('More filters (1 set)');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ region: 'eu' });
    await user.click(within(group('Distillable')).getByRole('radio', { name: 'Exclude' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ region: 'eu', distillable: false });
    await user.click(screen.getByRole('checkbox', { name: 'Zero data retention' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ region: 'eu', distillable: false, zdr: true });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'programming');
    expect(onFiltersChange).toHaveBeenLastCalledWith({
      region: 'eu',
      distillable: false,
      zdr: true,
      category: 'programming',
    });
    await user.click(within(group('Architecture')).getByRole('radio', { name: /^Claude/ }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({
      region: 'eu',
      distillable: false,
      zdr: true,
      category: 'programming',
      arch: 'Claude',
    });
    await waitFor(() => {
      const q = lastListQuery();
      expect(q?.get('region')).toBe('eu');
      expect(q?.get('distillable')).toBe('false');
      expect(q?.get('zdr')).toBe('true');
      expect(q?.get('category')).toBe('programming');
      expect(q?.get('arch')).toBe('Claude');
    });
    await user.click(screen.getByRole('checkbox', { name: 'Zero data retention' }));
    // zdr false is the same as unset: the key goes.
    expect(onFiltersChange).toHaveBeenLastCalledWith({
      region: 'eu',
      distillable: false,
      category: 'programming',
      arch: 'Claude',
    });
  });

  it('"Clear all" resets every filter, keeps the sort, and is disabled when nothing is set', async () => {
    const user = userEvent.setup({ delay: null });
    const onFiltersChange = vi.fn();
    renderWithClient(
      <FilterPanel
        defaultFilters={{ sort: 'newest', inputModalities: ['image'], zdr: true, maxPrice: 2 }}
        onFiltersChange={onFiltersChange}
      />,
    );
    const clear = screen.getByRole('button', { name: 'Clear all' });
    expect(clear).toHaveAttribute('aria-disabled', 'false');
    expect(within(group('Prompt price')).getByRole('textbox', { name: /^Max/ })).toHaveValue('2');

    await user.click(clear);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ sort: 'newest' });
    expect(clear).toHaveAttribute('aria-disabled', 'true');
    expect(clear).toHaveAttribute('data-disabled');
    expect(clear).toHaveFocus();
    expect(within(group('Input')).getByRole('checkbox', { name: 'Image' })).not.toBeChecked();
    expect(within(group('Prompt price')).getByRole('textbox', { name: /^Max/ })).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Zero data retention' })).not.toBeChecked();
    await waitFor(() => expect(lastListQuery()?.toString()).toBe('sort=newest'));

    // Disabled: a click does nothing.
    onFiltersChange.mockClear();
    await user.click(clear);
    expect(onFiltersChange).not.toHaveBeenCalled();
  });

  it('an invalid price range shows a message and sends nothing invalid', async () => {
    const user = userEvent.setup({ delay: null });
    const onFiltersChange = vi.fn();
    renderWithClient(<FilterPanel onFiltersChange={onFiltersChange} />);
    await countIs(textModels.length);
    const prices = group('Prompt price');
    const min = within(prices).getByRole('textbox', { name: /^Min prompt price/ });
    const max = within(prices).getByRole('textbox', { name: /^Max prompt price/ });

    await user.type(min, '5');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ minPrice: 5 });
    await user.type(max, '1');
    // The message says what still applies while the draft is invalid.
    expect(
      within(prices).getByText('The minimum must not be above the maximum. Still filtering from $5/M.'),
    ).toBeInTheDocument();
    expect(min).toHaveAttribute('aria-invalid', 'true');
    expect(max).toHaveAccessibleDescription(
      'The minimum must not be above the maximum. Still filtering from $5/M.',
    );
    expect(onFiltersChange).toHaveBeenLastCalledWith({ minPrice: 5 });

    await user.type(max, '0'); // "10"
    expect(onFiltersChange).toHaveBeenLastCalledWith({ minPrice: 5, maxPrice: 10 });
    expect(min).not.toHaveAttribute('aria-invalid');
    expect(within(prices).queryByText(/minimum must not/)).toBeNull();

    const outputMin = within(group('Output price')).getByRole('textbox', { name: /^Min output price/ });
    await user.type(outputMin, '-2');
    expect(within(group('Output price')).getByText(/Prices can’t be negative/)).toBeInTheDocument();
    await user.clear(outputMin);
    await user.type(outputMin, 'abc');
    expect(within(group('Output price')).getByText(/Enter a number/)).toBeInTheDocument();
    expect(onFiltersChange).toHaveBeenLastCalledWith({ minPrice: 5, maxPrice: 10 });

    await user.clear(outputMin);
    await user.clear(min);
    await user.clear(max);
    expect(onFiltersChange).toHaveBeenLastCalledWith({});

    await waitFor(() => expect(matchCount()).toHaveAttribute('data-state', 'idle'));
    for (const call of onFiltersChange.mock.calls) {
      const f = call[0] as ModelsListFilters;
      for (const v of [f.minPrice, f.maxPrice, f.minOutputPrice, f.maxOutputPrice])
        if (v !== undefined) expect(v).toBeGreaterThanOrEqual(0);
      if (f.minPrice !== undefined && f.maxPrice !== undefined)
        expect(f.minPrice).toBeLessThanOrEqual(f.maxPrice);
    }
    for (const u of urls) {
      const lo = u.searchParams.get('min_price');
      const hi = u.searchParams.get('max_price');
      if (lo !== null && hi !== null) expect(Number(lo)).toBeLessThanOrEqual(Number(hi));
      expect(u.searchParams.get('min_output_price')).toBeNull();
    }
  });

  it('a price field that reads as a price applies even while the other one is invalid', async () => {
    const user = userEvent.setup({ delay: null });
    const onFiltersChange = vi.fn();
    renderWithClient(<FilterPanel onFiltersChange={onFiltersChange} />);
    await countIs(textModels.length);
    const prices = group('Prompt price');
    const min = within(prices).getByRole('textbox', { name: /^Min prompt price/ });
    const max = within(prices).getByRole('textbox', { name: /^Max prompt price/ });

    await user.type(max, '5');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ maxPrice: 5 });
    await user.type(min, '-1');
    expect(
      within(prices).getByText('Min: Prices can’t be negative. Still filtering up to $5/M.'),
    ).toBeInTheDocument();
    // Clearing Max while Min is invalid: the field says "Any", and nothing caps the price any more.
    await user.clear(max);
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
    expect(max).toHaveValue('');
    expect(min).toHaveValue('-1');
    expect(within(prices).getByText('Min: Prices can’t be negative.')).toBeInTheDocument();
    await countIs(textModels.length);
    // And a valid Max applies beside the invalid Min.
    await user.type(max, '2');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ maxPrice: 2 });
    expect(min).toHaveValue('-1');
    await user.clear(min);
    await user.type(min, '1');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ minPrice: 1, maxPrice: 2 });
  });

  it('price text: thousands separators, decimal commas, and what is not a price', () => {
    expect(parseUsdInput('1,000')).toEqual({ value: 1000 });
    expect(parseUsdInput('$1,000.50')).toEqual({ value: 1000.5 });
    expect(parseUsdInput('12,345,678')).toEqual({ value: 12345678 });
    expect(parseUsdInput('0,5')).toEqual({ value: 0.5 });
    expect(parseUsdInput('1,5')).toEqual({ value: 1.5 });
    expect(parseUsdInput('0,500')).toEqual({ value: 0.5 });
    expect(parseUsdInput(' 2. ')).toEqual({ value: 2 });
    expect(parseUsdInput('')).toEqual({});
    expect(parseUsdInput('-1,000').error).toMatch(/negative/);
    expect(parseUsdInput('1,00,0').error).toMatch(/Enter a number/);
    expect(parseUsdInput('1e3').error).toMatch(/Enter a number/);
  });

  it('prices from outside: a tiny one reads as a plain decimal, NaN as unset (no render loop)', async () => {
    const onFiltersChange = vi.fn();
    let setFilters: (f: ModelsListFilters) => void = () => {};
    function Parent() {
      const [filters, set] = useState<ModelsListFilters>({ minPrice: 1.5e-7 });
      setFilters = set;
      return <FilterPanel filters={filters} onFiltersChange={onFiltersChange} />;
    }
    renderWithClient(<Parent />);
    const min = within(group('Prompt price')).getByRole('textbox', { name: /^Min/ });
    expect(min).toHaveValue('0.00000015');
    expect(min).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(lastListQuery()?.get('min_price')).not.toBeNull());
    expect(Number(lastListQuery()?.get('min_price'))).toBe(1.5e-7);
    // NaN (a price parsed from an empty URL parameter, say): the field is empty and the panel
    // renders; the request itself is refused by the client, naming the field.
    act(() => setFilters({ minPrice: Number.NaN, maxOutputPrice: Number.NaN }));
    expect(min).toHaveValue('');
    expect(within(group('Output price')).getByRole('textbox', { name: /^Max/ })).toHaveValue('');
    await waitFor(() => expect(matchCount()).toHaveTextContent(/Invalid filter: (minPrice|maxOutputPrice)/));
    // Trying again cannot help a filter the client refused: no button offers it.
    expect(within(matchCount()).queryByRole('button')).toBeNull();
    expect(onFiltersChange).not.toHaveBeenCalled();
  });

  it('"More filters" counts what is set as the rest of the panel does (zdr: false is unset)', () => {
    renderWithClient(<FilterPanel filters={{ zdr: false, region: 'eu' }} />);
    expect(screen.getByText(/^More filters/)).toHaveTextContent(/^More filters \(1 set\)$/);
  });

  it('"Clear all" also clears a price draft that was not a price', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithClient(<FilterPanel defaultFilters={{ inputModalities: ['image'] }} />);
    const prices = group('Prompt price');
    const min = within(prices).getByRole('textbox', { name: /^Min/ });
    await user.type(min, 'abc');
    expect(within(prices).getByText(/Enter a number/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(min).toHaveValue('');
    expect(min).not.toHaveAttribute('aria-invalid');
    expect(within(prices).queryByText(/Enter a number/)).toBeNull();
  });

  it('a price typed after "Free models only" leaves free-only whole: the other maximum goes too', async () => {
    const user = userEvent.setup({ delay: null });
    const onFiltersChange = vi.fn();
    renderWithClient(<FilterPanel onFiltersChange={onFiltersChange} />);
    await countIs(textModels.length);
    const free = screen.getByRole('checkbox', { name: 'Free models only' });
    await user.click(free);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ maxPrice: 0, maxOutputPrice: 0 });
    const promptMax = within(group('Prompt price')).getByRole('textbox', { name: /^Max/ });
    const outputMax = within(group('Output price')).getByRole('textbox', { name: /^Max/ });
    expect(outputMax).toHaveValue('0');
    await user.clear(promptMax);
    await user.type(promptMax, '5');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ maxPrice: 5 });
    expect(free).not.toBeChecked();
    expect(outputMax).toHaveValue('');
    await waitFor(() => expect(lastListQuery()?.get('max_price')).toBe('5'));
    expect(lastListQuery()?.get('max_output_price')).toBeNull();
    // Set by hand, a maximum of 0 on one side stays when the other side changes.
    await user.type(outputMax, '0');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ maxPrice: 5, maxOutputPrice: 0 });
    await user.type(promptMax, '0'); // "50"
    expect(onFiltersChange).toHaveBeenLastCalledWith({ maxPrice: 50, maxOutputPrice: 0 });

    // A minimum typed under "Free models only" leaves it too (rather than "min above max").
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await user.click(free);
    const promptMin = within(group('Prompt price')).getByRole('textbox', { name: /^Min/ });
    await user.type(promptMin, '0.5');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ minPrice: 0.5 });
    expect(within(group('Prompt price')).queryByText(/must not be above/)).toBeNull();
    expect(promptMax).toHaveValue('');
    expect(outputMax).toHaveValue('');
    expect(free).not.toBeChecked();
  });

  it('authors come from the whole catalogue (output_modalities=all), counted for the chosen output, searchable, multi-select', async () => {
    const user = userEvent.setup({ delay: null });
    const onFiltersChange = vi.fn();
    renderWithClient(<FilterPanel onFiltersChange={onFiltersChange} />);
    const authors = group('Authors');
    // openai's models and its aliases (~openai/…) are counted together; those that give text,
    // the server's default output, so that the count says what choosing it gives.
    const openaiCount = textModels.filter((m) => /^~?openai\//.test(m.id)).length;
    const openai = await within(authors).findByRole('checkbox', { name: `OpenAI ${openaiCount} models` });
    expect(
      urls.some((u) => u.pathname.endsWith('/models') && u.searchParams.get('output_modalities') === 'all'),
    ).toBe(true);
    // The first choices are the authors with most models.
    const names = within(authors)
      .getAllByRole('checkbox')
      .map((c) => c.closest('label')!.querySelector('[data-slot="filter-panel-chip-label"]')!.textContent);
    const perAuthor = new Map<string, number>();
    for (const m of MODELS) {
      const a = m.id.split('/')[0].replace('~', '');
      perAuthor.set(a, (perAuthor.get(a) ?? 0) + 1);
    }
    const top = [...perAuthor].sort((a, b) => b[1] - a[1]);
    expect(top[0][0]).toBe('openai');
    expect(names.slice(0, 2)).toEqual(['OpenAI', 'Qwen']);
    expect(names).toHaveLength(12);

    // acme has only an image model: it is there because the choices come from
    // output_modalities=all, with 0 for text.
    await user.type(within(authors).getByRole('searchbox', { name: 'Search authors' }), 'acm');
    const acme = within(authors).getByRole('checkbox', { name: 'acme 0 models' });
    expect(within(authors).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(acme);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ modelAuthors: ['acme'] });
    // The server lists text models by default: no match.
    await countIs(0);
    expect(lastListQuery()?.get('model_authors')).toBe('acme');

    await user.clear(within(authors).getByRole('searchbox', { name: 'Search authors' }));
    expect(openai).not.toBeInTheDocument(); // searched away, then back as a new element
    await user.click(within(authors).getByRole('checkbox', { name: /^OpenAI/ }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ modelAuthors: ['acme', 'openai'] });
    // Selected authors stay visible first-class, even the one outside the first 12.
    expect(within(authors).getByRole('checkbox', { name: 'acme 0 models' })).toBeChecked();
    await countIs(textModels.filter((m) => /^~?(openai|acme)\//.test(m.id)).length);
    expect(lastListQuery()?.get('model_authors')).toBe('acme,openai');

    // Every output: the counts follow (no new request for the choices).
    const catalogueRequests = urls.filter((u) => u.searchParams.get('output_modalities') === 'all').length;
    await user.click(within(group('Output')).getByRole('checkbox', { name: 'All' }));
    expect(within(authors).getByRole('checkbox', { name: 'acme 1 model' })).toBeChecked();
    expect(
      within(authors).getByRole('checkbox', {
        name: `OpenAI ${MODELS.filter((m) => /^~?openai\//.test(m.id)).length} models`,
      }),
    ).toBeChecked();
    await countIs(MODELS.filter((m) => /^~?(openai|acme)\//.test(m.id)).length);
    expect(
      urls.filter(
        (u) => u.searchParams.get('output_modalities') === 'all' && !u.searchParams.get('model_authors'),
      ).length,
    ).toBe(catalogueRequests);

    await user.click(within(authors).getByRole('button', { name: /^Show all \d+ authors$/ }));
    expect(within(authors).getAllByRole('checkbox')).toHaveLength(perAuthor.size);
    expect(within(authors).getByRole('button', { name: 'Show fewer' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('providers: known names and any typed name', async () => {
    const user = userEvent.setup({ delay: null });
    const onFiltersChange = vi.fn();
    renderWithClient(<FilterPanel onFiltersChange={onFiltersChange} collapsible={false} />);
    expect(screen.queryByText('More filters')).toBeNull();
    const providers = group('Providers');
    await user.click(within(providers).getByRole('checkbox', { name: 'Groq' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ providers: ['Groq'] });
    const search = within(providers).getByRole('searchbox', { name: 'Search providers' });
    await user.type(search, 'cereb');
    expect(
      within(providers)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(['Cerebras']);
    // Said once typing pauses (not on every key), and what Enter took.
    const status = within(providers).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('1 match.'));
    await user.keyboard('{Enter}');
    expect(status).toHaveTextContent('Added Cerebras.');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ providers: ['Cerebras', 'Groq'] });
    await user.type(search, 'Foo Cloud');
    await user.click(within(providers).getByRole('button', { name: 'Add “Foo Cloud”' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ providers: ['Cerebras', 'Foo Cloud', 'Groq'] });
    expect(within(providers).getByRole('checkbox', { name: 'Foo Cloud' })).toBeChecked();
    // The Add button went with its text: focus is back in the search box, not on the page.
    expect(search).toHaveFocus();
    await waitFor(() => expect(lastListQuery()?.get('providers')).toBe('Cerebras,Foo Cloud,Groq'));
  });

  it('shows a quiet refreshing state while the previous count is a placeholder', async () => {
    server.use(...createModelsHandlers({ models: MODELS, delayMs: 80 }));
    const user = userEvent.setup({ delay: null });
    renderWithClient(<FilterPanel />);
    expect(matchCount()).toHaveAttribute('data-state', 'loading');
    expect(matchCount()).toHaveTextContent('Counting models…');
    await countIs(textModels.length);
    await user.click(within(group('Input')).getByRole('checkbox', { name: 'Video' }));
    expect(matchCount()).toHaveAttribute('data-state', 'refreshing');
    expect(matchCount()).toHaveTextContent(countText(textModels.length));
    // The dot shows; nothing is read out until the new count is (the count is the live region).
    expect(matchCount().querySelector('[data-slot="refresh-indicator"]')).toHaveAttribute(
      'data-state',
      'active',
    );
    expect(matchCount().querySelector('[data-slot="refresh-indicator"]')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    await countIs(textModels.filter((m) => m.architecture?.input_modalities?.includes('video')).length);
  });

  it('has no axe violations', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = renderWithClient(
      <FilterPanel defaultFilters={{ inputModalities: ['image'], maxPrice: 1 }} collapsible={false} />,
    );
    await countIs(
      textModels.filter(
        (m) =>
          m.architecture?.input_modalities?.includes('image') &&
          Number(m.pricing?.prompt) * 1e6 <= 1 &&
          Number(m.pricing?.prompt) >= 0,
      ).length,
    );
    await within(group('Authors')).findByRole('checkbox', { name: /^OpenAI/ });
    // With an inline message showing, too.
    await user.type(within(group('Prompt price')).getByRole('textbox', { name: /^Min/ }), '3');
    expect(within(group('Prompt price')).getByText(/minimum must not/)).toBeInTheDocument();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  });

  it('has no axe violations while loading and on error', async () => {
    server.use(...createModelsHandlers({ models: MODELS, delayMs: 2_000 }));
    const loading = renderWithClient(<FilterPanel />);
    expect(within(group('Authors')).getByText('Loading authors…')).toBeInTheDocument();
    let results = await axe.run(loading.container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
    loading.unmount();

    server.use(
      http.get('https://openrouter.ai/api/v1/models', () =>
        HttpResponse.json({ error: { code: 400, message: 'bad' } }, { status: 400 }),
      ),
    );
    const failed = renderWithClient(<FilterPanel />);
    await within(group('Authors')).findByRole('alert');
    await waitFor(() => expect(matchCount()).toHaveAttribute('data-state', 'error'));
    expect(within(group('Authors')).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    results = await axe.run(failed.container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('FilterPanel (controlled)', () => {
  it('reflects external changes, and only changes when the parent accepts', async () => {
    const user = userEvent.setup({ delay: null });
    const onFiltersChange = vi.fn();
    const { rerender } = renderWithClient(<FilterPanel filters={{}} onFiltersChange={onFiltersChange} />);
    const image = () => within(group('Input')).getByRole('checkbox', { name: 'Image' });

    // The parent does not take the change: the box stays as the parent says.
    await user.click(image());
    expect(onFiltersChange).toHaveBeenLastCalledWith({ inputModalities: ['image'] });
    expect(image()).not.toBeChecked();

    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const client = createOpenRouterClient({ retries: { strategy: 'none' } });
    rerender(
      <QueryClientProvider client={queryClient}>
        <OpenRouterProvider client={client}>
          <FilterPanel
            filters={{ inputModalities: ['image'], maxPrice: 4 }}
            onFiltersChange={onFiltersChange}
          />
        </OpenRouterProvider>
      </QueryClientProvider>,
    );
    expect(image()).toBeChecked();
    expect(within(group('Prompt price')).getByRole('textbox', { name: /^Max/ })).toHaveValue('4');
    expect(screen.getByText('More filters').closest('details')!.open).toBe(false);

    // A filter under "More filters" set from outside opens it, so the value is in sight.
    rerender(
      <QueryClientProvider client={queryClient}>
        <OpenRouterProvider client={client}>
          <FilterPanel
            filters={{ inputModalities: ['image'], maxPrice: 4, region: 'us' }}
            onFiltersChange={onFiltersChange}
          />
        </OpenRouterProvider>
      </QueryClientProvider>,
    );
    expect(screen.getByText(/More filters/).closest('details')!.open).toBe(true);
    expect(within(group('Region')).getByRole('radio', { name: 'US' })).toBeChecked();
  });

  it('with state in the parent: the panel and outside controls stay in step', async () => {
    const user = userEvent.setup({ delay: null });
    function App() {
      const [filters, setFilters] = useState<ModelsListFilters>({ sort: 'newest' });
      return (
        <>
          <button
            type="button"
            onClick={() =>
              setFilters((f) => updateFilters(f, { supportedParameters: ['reasoning'], context: 1_000_000 }))
            }
          >
            Long reasoning
          </button>
          <output data-testid="json">{JSON.stringify(filters)}</output>
          <FilterPanel.Root filters={filters} onFiltersChange={setFilters}>
            <FilterPanel.MatchCount />
            <FilterPanel.Parameters />
            <FilterPanel.Context />
            <FilterPanel.Clear />
          </FilterPanel.Root>
        </>
      );
    }
    renderWithClient(<App />);
    // Only the composed parts are there.
    expect(screen.queryByRole('group', { name: 'Authors' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Input' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Long reasoning' }));
    expect(within(group('Supports')).getByRole('checkbox', { name: 'Reasoning' })).toBeChecked();
    expect(within(group('Context length')).getByRole('radio', { name: '≥ 1M' })).toBeChecked();
    expect(group('Context length')).toHaveAttribute('data-state', 'active');
    await countIs(
      textModels.filter(
        (m) => (m.context_length ?? 0) >= 1_000_000 && m.supported_parameters?.includes('reasoning'),
      ).length,
    );

    await user.click(within(group('Supports')).getByRole('checkbox', { name: 'Seed' }));
    expect(JSON.parse(screen.getByTestId('json').textContent!)).toEqual({
      sort: 'newest',
      supportedParameters: ['reasoning', 'seed'],
      context: 1_000_000,
    });

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(JSON.parse(screen.getByTestId('json').textContent!)).toEqual({ sort: 'newest' });
    expect(within(group('Context length')).getByRole('radio', { name: 'Any' })).toBeChecked();
  });

  it('a part outside a Root says what is wrong', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderWithClient(<FilterPanel.Zdr />)).toThrow(/inside <FilterPanel.Root>/);
    spy.mockRestore();
  });
});

describe('updateFilters', () => {
  it('keeps the value canonical', () => {
    expect(
      updateFilters({ sort: 'newest', q: 'x' }, { inputModalities: [], arch: '  ', context: undefined }),
    ).toEqual({ sort: 'newest', q: 'x' });
    expect(updateFilters({}, { outputModalities: ['text'] })).toEqual({});
    expect(updateFilters({}, { outputModalities: ['image', 'all'] })).toEqual({ outputModalities: 'all' });
    expect(updateFilters({}, { zdr: false, distillable: false })).toEqual({ distillable: false });
    expect(updateFilters({}, { providers: ['Groq', ' Groq ', ''] })).toEqual({ providers: ['Groq'] });
  });
});
