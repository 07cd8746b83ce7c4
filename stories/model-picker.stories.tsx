import type { Decorator, Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import type { SetupWorker } from 'msw/browser';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ModelPicker, type ModelPickerProps } from '../src/components/model-picker/model-picker';
import type { PreferenceStorage } from '../src/components/model-picker/use-model-preferences';
import { parseModelsList } from '../src/core/parse';
import type { Model } from '../src/core/types';
import { makeSyntheticModels, mockFailure, mockModels, type MockFailureOptions } from '../src/mock';

/** Favourites and recents in memory, one store per mounted story: nothing leaks between stories. */
function memoryStorage(): PreferenceStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

/** The picker with its own preference store unless the story passes one. */
function Picker(props: ModelPickerProps) {
  const [storage] = useState(memoryStorage);
  return <ModelPicker storage={storage} {...props} />;
}

/**
 * Room below the trigger for the popover. On the docs page every picker starts closed
 * (open ones would all take the focus and cover each other): click one to open it.
 */
const roomForPopover: Decorator = (Story, context) => {
  const docs = context.viewMode === 'docs';
  return (
    <div style={{ minHeight: docs ? 80 : 600, fontFamily: 'var(--orm-font)', color: 'var(--orm-fg)' }}>
      <Story args={docs ? { ...context.args, defaultOpen: false } : context.args} />
    </div>
  );
};

/**
 * A failure in front of the mock API, created afresh each time the story renders (a
 * `mockFailure({ times })` in `parameters` would count across visits): its first `times`
 * requests fail, then the real data comes through. The MSW loader put the worker on the context.
 */
function failFirst(options: MockFailureOptions & { times: number }) {
  return (context: StoryContext) => {
    (context as unknown as { msw: SetupWorker }).msw.use(mockFailure(options));
  };
}

const body = within(document.body);
const SETTLE = { timeout: 15_000 };

/** The portalled popover's parts (it renders into document.body, outside the canvas). */
const listbox = () => body.getByRole('listbox', { name: 'Models' });
const options = () => body.queryAllByRole('option');
const optionName = (option: HTMLElement) =>
  option.querySelector('[data-slot="model-picker-item-name"]')?.textContent ?? '';
const matchCount = () =>
  Number(
    (document.querySelector('[data-slot="model-picker-count"]')?.textContent ?? '').replace(/[^\d]/g, ''),
  );

async function listReady() {
  await waitFor(() => expect(listbox()).toHaveAttribute('data-state', 'ready'), SETTLE);
  await waitFor(() => expect(options().length).toBeGreaterThan(0));
}

const textModelCount = mockModels.filter((m) => m.architecture?.output_modalities?.includes('text')).length;

/** 5,000 synthetic models (shapes of the real fixture), parsed as the client parses a response. */
const largeCatalogue: readonly Model[] = parseModelsList({ data: makeSyntheticModels(5_000) })?.data ?? [];

/**
 * The drop-in picker over the mock API (the real 2026-06-16 catalogue, 337 models): a
 * trigger and a popover with a combobox search, filters, sort and a virtualized listbox.
 * Keyboard: ↓ or typing on the trigger opens it; ↑↓ PageUp PageDown move, Home End too once
 * the caret is at that end of the text; Enter picks; Shift+Enter pins a favourite; Escape
 * closes (from a filter field: back to the Filters button first). The list narrows on each keystroke
 * from what is loaded, and asks the server (`q`) once typing pauses.
 *
 * The kit's queries retry network errors, 429 and 5xx up to 3 times (0.5 s, 1 s, 2 s, never
 * sooner than `Retry-After`): the error stories show the skeleton for about 4 s first.
 */
const meta = {
  title: 'ModelPicker',
  component: ModelPicker,
  tags: ['autodocs'],
  decorators: [roomForPopover],
  render: (args) => <Picker {...args} />,
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['none', 'author'] },
    storage: { control: false },
    models: { control: false },
    listProps: { control: 'object' },
    contentProps: { control: false },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ModelPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed, nothing chosen: the trigger with its placeholder. */
export const Default: Story = {};

/** Open: search, filters toggle, sort, the list (favourites and recents first once there are some) and the count. */
export const Open: Story = {
  args: { defaultOpen: true },
  play: async () => {
    await listReady();
    await expect(body.getByRole('combobox', { name: 'Search models' })).toHaveFocus();
    await waitFor(() => expect(matchCount()).toBe(textModelCount));
    // Virtualized: a screenful of rows in the DOM, not 337.
    await expect(options().length).toBeLessThan(40);
  },
};

/**
 * As wide as a phone's screen: the search takes the toolbar's first row, Filters and Sort
 * the second; the chosen model's check has its own column; a badge that does not fit is
 * hidden whole.
 */
export const Narrow: Story = {
  args: {
    defaultOpen: true,
    defaultValue: 'anthropic/claude-sonnet-4.5',
    contentProps: { style: { width: 340 } },
  },
  play: async () => {
    await listReady();
    const search = body
      .getByRole('combobox', { name: 'Search models' })
      .closest('[data-slot=model-picker-search]')!;
    const sort = body.getByRole('combobox', { name: /sort/i });
    const box = search.getBoundingClientRect();
    await expect(box.width).toBeGreaterThan(280);
    await expect(sort.getBoundingClientRect().top).toBeGreaterThanOrEqual(box.bottom);
    // Every badge is shown whole or not at all.
    const item = body.getAllByRole('option')[0];
    const meta = item.querySelector('[data-slot=model-picker-item-meta]')!.getBoundingClientRect();
    for (const badge of item.querySelectorAll('[data-slot=model-picker-item-badge]')) {
      const b = badge.getBoundingClientRect();
      await expect(b.right <= meta.right + 0.5 || b.top >= meta.bottom).toBe(true);
    }
    // The chosen row's name shows without its "Anthropic: " (out of sight, still in its name).
    const chosen = body.getByRole('option', { name: /^Anthropic: Claude Sonnet 4\.5/ });
    const author = chosen.querySelector('[data-slot=model-picker-item-name-author]')!;
    await expect(author).toHaveTextContent('Anthropic:');
    await expect(author.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    const name = chosen.querySelector<HTMLElement>('[data-slot=model-picker-item-name]')!;
    await expect(name.scrollWidth).toBeLessThanOrEqual(name.clientWidth);
  },
};

/** In a page with a font of its own (Vite's template: `font: 18px/145% …`): rows keep their badges whole. */
export const InAPageWithItsOwnFont: Story = {
  args: { defaultOpen: true },
  beforeEach: () => {
    const before = document.body.style.font;
    document.body.style.font = '18px/145% system-ui, sans-serif';
    return () => {
      document.body.style.font = before;
    };
  },
  play: async () => {
    await listReady();
    for (const option of body.getAllByRole('option').slice(0, 5)) {
      const row = option.getBoundingClientRect();
      for (const badge of option.querySelectorAll('[data-slot=model-picker-item-badge]')) {
        const b = badge.getBoundingClientRect();
        // Whole inside the row, or wrapped out of sight below it: never cut.
        await expect(b.bottom <= row.bottom + 0.5 || b.top >= row.bottom).toBe(true);
      }
    }
  },
};

/** A full-width field (a form's row): the list opens as wide as its trigger. */
export const FullWidthTrigger: Story = {
  args: { defaultOpen: true, className: 'story-full-width' },
  decorators: [
    (Story) => (
      <div style={{ width: 900 }}>
        <style>{'.story-full-width { width: 100%; }'}</style>
        <Story />
      </div>
    ),
  ],
  play: async () => {
    await listReady();
    const trigger = body.getByRole('button', { name: /choose a model/i }).getBoundingClientRect();
    const content = document.querySelector('[data-slot=model-picker-content]')!.getBoundingClientRect();
    await expect(trigger.width).toBeGreaterThan(800);
    await expect(Math.abs(content.width - trigger.width)).toBeLessThanOrEqual(1);
  },
};

/** A person's path: type to search and see fewer models. */
export const SearchNarrowsTheList: Story = {
  args: { defaultOpen: true },
  play: async () => {
    await listReady();
    const before = matchCount();
    await userEvent.type(body.getByRole('combobox', { name: 'Search models' }), 'claude');
    await waitFor(() => expect(matchCount()).toBeLessThan(before));
    await waitFor(() => expect(matchCount()).toBeGreaterThan(0));
    for (const option of options())
      await expect(`${optionName(option)} ${option.textContent}`.toLowerCase()).toMatch(/claude|anthropic/);
  },
};

/** A person's path: pick with the keyboard alone (↓ on the trigger, type, ↓, Enter). */
export const KeyboardOnly: Story = {
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button', { name: /choose a model/i });
    trigger.focus();
    await userEvent.keyboard('{ArrowDown}');
    const input = await body.findByRole('combobox', { name: 'Search models' });
    await waitFor(() => expect(input).toHaveFocus());
    await listReady();
    await userEvent.keyboard('gpt-4o-mini');
    await waitFor(() => expect(optionName(options()[0])).toMatch(/GPT-4o-mini/i));
    // The second match (the first is already active).
    const second = optionName(options()[1]);
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(document.getElementById(input.getAttribute('aria-activedescendant') ?? '')).toHaveTextContent(
        second,
      ),
    );
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(body.queryByRole('listbox')).toBeNull());
    await waitFor(() =>
      expect(
        canvas.getByRole('button', { name: new RegExp(second.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }),
      ).toHaveFocus(),
    );
  },
};

function ControlledDemo(props: ModelPickerProps) {
  const [value, setValue] = useState<string | undefined>('anthropic/claude-sonnet-4.5');
  const button = {
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
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
      <Picker {...props} value={value} onValueChange={setValue} />
      <span style={{ fontSize: '0.875rem' }}>
        value ={' '}
        <output data-testid="picker-value" style={{ fontFamily: 'var(--orm-font-mono)' }}>
          {value ?? 'undefined'}
        </output>
      </span>
      <button type="button" style={button} onClick={() => setValue('google/gemini-2.5-flash')}>
        Set to Gemini 2.5 Flash
      </button>
    </div>
  );
}

/** Controlled: the app holds `value` (shown beside) and may change it from outside. */
export const Controlled: Story = {
  render: (args) => <ControlledDemo {...args} />,
  play: async ({ canvas }) => {
    await waitFor(
      () => expect(canvas.getByRole('button', { name: /Claude Sonnet 4\.5/ })).toBeVisible(),
      SETTLE,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Set to Gemini 2.5 Flash' }));
    await expect(canvas.getByTestId('picker-value')).toHaveTextContent('google/gemini-2.5-flash');
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: /^Model: Google: Gemini 2\.5 Flash/ })).toHaveAttribute(
        'data-slot',
        'model-picker-trigger',
      ),
    );
  },
};

/** Uncontrolled with a `defaultValue`: the trigger shows the model's name; on open it is the active, checked row. */
export const WithValue: Story = {
  args: { defaultValue: 'openai/gpt-4o-mini' },
  play: async ({ canvas }) => {
    await waitFor(
      () =>
        expect(canvas.getByRole('button', { name: /GPT-4o-mini/i })).toHaveAttribute(
          'data-value-state',
          'selected',
        ),
      SETTLE,
    );
  },
};

/** A chosen model that no longer exists (the API answers 404 for it): shown as such, never as a blank. */
export const MissingValue: Story = {
  args: { defaultValue: 'openai/gpt-3.5-turbo-0301' },
  play: async ({ canvas }) => {
    const trigger = canvas.getByRole('button');
    await waitFor(() => expect(trigger).toHaveAttribute('data-value-state', 'missing'), SETTLE);
    await expect(trigger).toHaveTextContent('openai/gpt-3.5-turbo-0301 (no longer available)');
  },
};

/** `groupBy="author"`: a heading per author. */
export const GroupedByAuthor: Story = {
  args: { defaultOpen: true, groupBy: 'author' },
  play: async () => {
    await listReady();
    const headings = () =>
      [...document.querySelectorAll('[data-slot="model-picker-group-heading"]')].map((h) => h.textContent);
    // The list opens on the first author's heading; the last row belongs to another author.
    await waitFor(() =>
      expect(
        listbox().querySelector('[data-slot="model-picker-group-heading"], [role="option"]'),
      ).toHaveAttribute('data-slot', 'model-picker-group-heading'),
    );
    const first = headings()[0];
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(headings().some((h) => h !== first)).toBe(true));
    await expect(body.getByRole('combobox', { name: 'Search models' })).toHaveFocus();
  },
};

/** The list is loading (the mock answers after 10 minutes): a skeleton, `aria-busy`, "Loading models…". */
export const Loading: Story = {
  args: { defaultOpen: true },
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: 'slow', delayMs: 600_000 })] } } },
  play: async () => {
    const list = await body.findByRole('listbox', { name: 'Models' });
    await expect(list).toHaveAttribute('data-state', 'loading');
    await expect(list).toHaveAttribute('aria-busy', 'true');
    await expect(body.getByText('Loading models…')).toBeVisible();
  },
};

/** Filters that match nothing (free, with at least 2M tokens of context): the empty state offers to clear them. */
export const Empty: Story = {
  args: { defaultOpen: true, defaultFilters: { maxPrice: 0, maxOutputPrice: 0, context: 2_000_000 } },
  play: async () => {
    await waitFor(() => expect(listbox()).toHaveAttribute('data-state', 'empty'), SETTLE);
    await expect(body.getByText('No models match these filters')).toBeVisible();
    await expect(body.getByRole('button', { name: 'Clear filters' })).toBeVisible();
  },
};

async function showsError(title: RegExp) {
  await waitFor(() => expect(listbox()).toHaveAttribute('data-state', 'error'), SETTLE);
  await expect(body.getByRole('alert')).toHaveTextContent(title);
  await expect(body.getByRole('button', { name: 'Try again' })).toBeEnabled();
}

/** HTTP 500 on every request: after the retries, the reason and "Try again". */
export const ServerError: Story = {
  args: { defaultOpen: true },
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: '500' })] } } },
  play: () => showsError(/./),
};

/** HTTP 429 with `Retry-After: 1`: the retries wait at least that long, then the error says to slow down. */
export const RateLimited: Story = {
  args: { defaultOpen: true },
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: '429', retryAfter: '1' })] } } },
  play: () => showsError(/./),
};

/** A proxy's HTML "502 Bad Gateway" page instead of JSON. */
export const BadGateway: Story = {
  args: { defaultOpen: true },
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: 'html502' })] } } },
  play: () => showsError(/./),
};

/** The network is down (fetch rejects). */
export const Offline: Story = {
  args: { defaultOpen: true },
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: 'network' })] } } },
  play: () => showsError(/./),
};

/** A person's path: the first 4 requests fail (the request and its 3 retries); "Try again" then loads the list. */
export const RetryFromError: Story = {
  args: { defaultOpen: true },
  beforeEach: failFirst({ kind: '500', times: 4, path: '/models' }),
  play: async () => {
    await showsError(/./);
    await userEvent.click(body.getByRole('button', { name: 'Try again' }));
    await listReady();
    await expect(body.queryByRole('alert')).toBeNull();
  },
};

/** A slow API (2.5 s per answer): the skeleton, then the list. */
export const Slow: Story = {
  args: { defaultOpen: true },
  parameters: { msw: { handlers: { failure: [mockFailure({ kind: 'slow', delayMs: 2_500 })] } } },
  play: async () => {
    await expect(await body.findByRole('listbox', { name: 'Models' })).toHaveAttribute(
      'data-state',
      'loading',
    );
    await listReady();
  },
};

/** 5,000 synthetic models passed as `models` (no fetch): the list stays virtualized and search stays instant. */
export const LargeCatalogue: Story = {
  args: { defaultOpen: true, models: largeCatalogue, showFilters: false, showSort: false },
  play: async () => {
    await listReady();
    await expect(matchCount()).toBe(5_000);
    await expect(options().length).toBeLessThan(40);
    // End and Home reach rows that were not rendered, scroll them into view, and announce them.
    const search = body.getByRole('combobox', { name: 'Search models' });
    const activeOption = () => document.getElementById(search.getAttribute('aria-activedescendant') ?? '');
    const inView = (el: Element | null) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      const l = listbox().getBoundingClientRect();
      return r.top >= l.top - 1 && r.bottom <= l.bottom + 1;
    };
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(activeOption()).toHaveAttribute('aria-posinset', '5000'));
    await waitFor(() => expect(inView(activeOption())).toBe(true));
    await expect(options().length).toBeLessThan(40);
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(activeOption()).toHaveAttribute('aria-posinset', '1'));
    await waitFor(() => expect(inView(activeOption())).toBe(true));
    await userEvent.type(search, 'qwen coder');
    await waitFor(() => expect(matchCount()).toBeLessThan(5_000));
  },
};

/** A person's path: open Filters in the picker, tick one, and see the list and the count change. */
export const ToggleAFilter: Story = {
  args: { defaultOpen: true },
  play: async () => {
    await listReady();
    const before = matchCount();
    await userEvent.click(body.getByRole('button', { name: /^Filters/ }));
    const input = await body.findByRole('group', { name: 'Input' });
    await userEvent.click(within(input).getByRole('checkbox', { name: 'Image' }));
    await waitFor(() => expect(matchCount()).toBeLessThan(before), SETTLE);
    await expect(body.getByRole('button', { name: 'Filters (1)' })).toHaveAttribute('aria-expanded', 'true');
    // "Free models only" sets two values (both prices at most 0): one more filter, not two.
    await userEvent.click(body.getByRole('checkbox', { name: 'Free models only' }));
    await expect(body.getByRole('button', { name: 'Filters (2)' })).toBeInTheDocument();
    await waitFor(() => expect(listbox()).toHaveAttribute('data-state', 'ready'), SETTLE);
  },
};

/** A person's path: change the sort and see the order change. */
export const ChangeTheSort: Story = {
  args: { defaultOpen: true },
  play: async () => {
    await listReady();
    const before = options().map(optionName);
    const sort = body.getByRole('combobox', { name: 'Sort' });
    sort.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(await body.findByRole('option', { name: 'Average price: low to high' }));
    // Settle: the Select closes (an open Select hides the rest of the page from assistive technology).
    await waitFor(() => expect(document.querySelector('[data-slot="sort-select-content"]')).toBeNull());
    await waitFor(() => expect(options().map(optionName)).not.toEqual(before), SETTLE);
    await expect(sort).toHaveTextContent('Average price: low to high');
  },
};

/** Close and open the picker again as a new mount over the same storage: a page reload. */
function RemountDemo(props: ModelPickerProps) {
  const [storage] = useState(memoryStorage);
  const [mount, setMount] = useState(0);
  const button = {
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
    <div style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
      <ModelPicker key={mount} storage={storage} {...props} />
      <button type="button" style={button} onClick={() => setMount((n) => n + 1)}>
        Reload the picker
      </button>
    </div>
  );
}

/** A person's path: pin a favourite with Shift+Enter; after a reload it comes first, under "Favourites". */
export const PinAFavourite: Story = {
  render: (args) => <RemountDemo {...args} />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: /choose a model/i }));
    await listReady();
    await userEvent.keyboard('mistral small 3.2');
    await waitFor(() => expect(optionName(options()[0])).toMatch(/Mistral Small 3\.2/));
    const name = optionName(options()[0]);
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    await waitFor(() => expect(options()[0]).toHaveAttribute('data-favourite'));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('listbox')).toBeNull());

    await userEvent.click(canvas.getByRole('button', { name: 'Reload the picker' }));
    await userEvent.click(canvas.getByRole('button', { name: /choose a model/i }));
    await listReady();
    await expect(optionName(options()[0])).toBe(name);
    await expect(options()[0]).toHaveAttribute('data-favourite');
    await expect(document.querySelector('[data-slot="model-picker-group-heading"]')).toHaveTextContent(
      'Favourites',
    );
  },
};

/** Dark theme (the toolbar's Theme switch does the same for every story). */
export const Dark: Story = {
  args: { defaultOpen: true, defaultValue: 'anthropic/claude-sonnet-4.5' },
  globals: { theme: 'dark' },
  play: async () => {
    await listReady();
  },
};

/** The compound parts in an app's own layout: no filters, sort beside the search, a taller list. */
export const Composed: Story = {
  args: { defaultOpen: true },
  render: function Render(args) {
    const [storage] = useState(memoryStorage);
    return (
      <ModelPicker.Root storage={storage} defaultOpen={args.defaultOpen}>
        <ModelPicker.Trigger placeholder="Pick a model for the agent" />
        <ModelPicker.Content>
          <ModelPicker.Toolbar showFilters={false} />
          <ModelPicker.List height={440} />
          <ModelPicker.Status />
        </ModelPicker.Content>
      </ModelPicker.Root>
    );
  },
  play: async () => {
    await listReady();
  },
};

const userTextModelCount = mockModels.filter(
  (m) => m.architecture?.output_modalities?.includes('text') && !m.id.endsWith(':free'),
).length;

/**
 * The account view (`scope="user"` with a `bearer`): only the models this account may use,
 * from `GET /models/user` (the mock's user list leaves out `:free` variants). That list takes
 * no filters or sort, so neither is shown; search is local.
 */
export const AccountView: Story = {
  args: { scope: 'user', bearer: 'sk-or-demo-user-token' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: /choose a model/i }));
    await listReady();
    await waitFor(() => expect(matchCount()).toBe(userTextModelCount));
    await expect(body.queryByRole('button', { name: /^Filters/ })).toBeNull();
    await expect(body.queryByRole('combobox', { name: /sort/i })).toBeNull();
    await userEvent.keyboard('claude');
    await waitFor(() => expect(optionName(options()[0])).toMatch(/Claude/));
    const name = optionName(options()[0]);
    await userEvent.keyboard('{Enter}');
    // Settled: the picker closed on the chosen model.
    await waitFor(() => expect(body.queryByRole('listbox')).toBeNull());
    await expect(
      canvas.getByRole('button', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }),
    ).toBeVisible();
  },
};

/** The account view without a token (no `bearer`, no API key): a sign-in prompt in the list, not an error. */
export const AccountSignedOut: Story = {
  args: { scope: 'user' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: /choose a model/i }));
    await expect(
      await body.findByText('Sign in to see the models your account can use', {}, SETTLE),
    ).toBeVisible();
    await expect(listbox()).toHaveAttribute('data-state', 'sign-in');
    await expect(body.queryByRole('alert')).toBeNull();
    await expect(body.queryByRole('button', { name: 'Try again' })).toBeNull();
    await expect(body.getByRole('combobox', { name: 'Search models' })).toHaveFocus();
  },
};
