import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { DEFAULT_BASE_URL } from '../../../src/core/client';
import { useState, type ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ModelPicker } from '../../../src/components/model-picker/model-picker';
import type { PreferenceStorage } from '../../../src/components/model-picker/use-model-preferences';
import type { ModelSort } from '../../../src/core/types';
import { parseModelsList } from '../../../src/core/parse';
import { createModelSearchIndex } from '../../../src/model/search-index';
import { makeSyntheticModels } from '../../../src/mock';
import { createModelsHandlers, mockFailure, mockModels } from '../../../src/mock';
import { mockModelFacts } from '../../../src/mock/mock-model-facts';

const requests: URL[] = [];
const server = setupServer(...createModelsHandlers());
server.events.on('request:start', ({ request }) => {
  requests.push(new URL(request.url));
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

function memoryStorage(): PreferenceStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function renderPicker(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const result = render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
  return { queryClient, ...result };
}

const textModels = mockModels.filter((m) => m.architecture?.output_modalities?.includes('text'));

async function openPicker(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /choose a model/i }));
  const input = await screen.findByRole('combobox', { name: /search models/i });
  await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
  return input;
}

const optionNames = () =>
  screen
    .getAllByRole('option')
    .map(
      (o) =>
        within(o).getByText((_, el) => el?.getAttribute('data-slot') === 'model-picker-item-name')
          .textContent,
    );

describe('ModelPicker', () => {
  it('opens on click, focuses the search, and renders a bounded window of the list', async () => {
    const user = userEvent.setup();
    renderPicker(<ModelPicker storage={memoryStorage()} />);
    const input = await openPicker(user);
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox');
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    // Virtualized: far fewer option elements than models.
    const rendered = screen.getAllByRole('option').length;
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(40);
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-setsize', String(textModels.length));
    expect(await screen.findByText(`${textModels.length} models`)).toBeInTheDocument();
  });

  it('narrows the list on each keystroke', async () => {
    const user = userEvent.setup();
    renderPicker(<ModelPicker storage={memoryStorage()} serverSearch={false} />);
    const input = await openPicker(user);
    await user.type(input, 'claude');
    const expected = textModels.filter((m) => `${m.name} ${m.id}`.toLowerCase().includes('claude')).length;
    expect(expected).toBeGreaterThan(0);
    await waitFor(() =>
      expect(screen.getByText(`${expected} ${expected === 1 ? 'model' : 'models'}`)).toBeInTheDocument(),
    );
    for (const name of optionNames()) expect(name!.toLowerCase()).toMatch(/claude|anthropic/);
    expect(requests.every((u) => !u.searchParams.has('q'))).toBe(true);
  });

  it('typing an exact id or name and Enter picks that model, not a longer one that contains it', async () => {
    expect(textModels.some((m) => m.id === 'openai/gpt-4o')).toBe(true);
    expect(textModels.some((m) => m.id.startsWith('openai/gpt-4o-'))).toBe(true);
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderPicker(
      <ModelPicker storage={memoryStorage()} serverSearch={false} onValueChange={onValueChange} />,
    );
    const input = await openPicker(user);
    await user.type(input, 'gpt-4o');
    await user.keyboard('{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith('openai/gpt-4o');
    await user.click(screen.getByRole('button', { name: /gpt-4o/i }));
    const again = await screen.findByRole('combobox', { name: /search models/i });
    await user.type(again, 'claude sonnet 4.5');
    await user.keyboard('{Enter}');
    expect(onValueChange).toHaveBeenLastCalledWith('anthropic/claude-sonnet-4.5');
  });

  it('also asks the server (q) once typing pauses, and keeps the local results', async () => {
    const user = userEvent.setup();
    renderPicker(<ModelPicker storage={memoryStorage()} />);
    const input = await openPicker(user);
    await user.type(input, 'gemini');
    await waitFor(() => expect(requests.some((u) => u.searchParams.get('q') === 'gemini')).toBe(true), {
      timeout: 2000,
    });
    expect(requests.filter((u) => u.searchParams.has('q')).length).toBe(1);
    for (const name of optionNames()) expect(name!.toLowerCase()).toContain('gemini');
  });

  it('is usable with the keyboard alone: open, type, arrows, Home/End, Enter', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderPicker(
      <ModelPicker storage={memoryStorage()} serverSearch={false} onValueChange={onValueChange} />,
    );
    const trigger = screen.getByRole('button', { name: /choose a model/i });
    trigger.focus();
    await user.keyboard('{ArrowDown}');
    const input = await screen.findByRole('combobox', { name: /search models/i });
    await waitFor(() => expect(input).toHaveFocus());
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
    const first = () => input.getAttribute('aria-activedescendant');
    const firstId = first();
    expect(firstId).toBeTruthy();
    expect(document.getElementById(firstId!)).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(first()).not.toBe(firstId);
    await user.keyboard('{ArrowUp}');
    expect(first()).toBe(firstId);
    await user.keyboard('{End}');
    const lastId = first();
    expect(lastId).not.toBe(firstId);
    await user.keyboard('{Home}');
    expect(first()).toBe(firstId);
    // With text in the box, Home and End move the caret first; at that end of the text they move the list.
    await user.keyboard('claude');
    const claudeFirst = first();
    await user.keyboard('{ArrowLeft}{ArrowLeft}{End}');
    expect(first()).toBe(claudeFirst);
    await user.keyboard('{Backspace}');
    expect(input).toHaveValue('claud');
    await user.keyboard('{Home}');
    expect(first()).toBe(claudeFirst);
    expect((input as HTMLInputElement).selectionStart).toBe(0);
    await user.keyboard('{End}{End}');
    expect(first()).not.toBe(claudeFirst);
    await user.keyboard('{Home}{Home}');
    expect(first()).toBe(claudeFirst);
    await user.clear(input);
    await user.keyboard('{End}{Enter}');
    const lastModel = textModels[textModels.length - 1];
    expect(onValueChange).toHaveBeenCalledWith(lastModel.id);
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    expect(screen.getByRole('button', { name: new RegExp(escape(lastModel.name)) })).toHaveFocus();
    // The trigger says what the name on it is.
    expect(screen.getByRole('button', { name: `Model: ${lastModel.name}` })).toHaveFocus();
  });

  it('Escape closes and returns focus to the trigger', async () => {
    const user = userEvent.setup();
    renderPicker(<ModelPicker storage={memoryStorage()} />);
    await openPicker(user);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
    expect(screen.getByRole('button', { name: /choose a model/i })).toHaveFocus();
  });

  it('pins a favourite (Shift+Enter) that comes first, also after a reload', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const target = textModels[5];
    const first = renderPicker(<ModelPicker storage={storage} serverSearch={false} />);
    let input = await openPicker(user);
    await user.type(input, target.id);
    await waitFor(() => expect(optionNames()[0]).toBe(target.name));
    // The shortcut is described on the search box, and what it did is said.
    expect(input).toHaveAccessibleDescription('Shift+Enter pins or unpins the highlighted model.');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(JSON.parse(storage.data.get('react-openrouter-models:favourites')!)).toEqual([target.id]);
    const announcement = document.querySelector('[data-slot="model-picker-announcement"]')!;
    expect(announcement).toHaveAttribute('role', 'status');
    expect(announcement).toHaveTextContent(`Pinned ${target.name}`);
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(expect.stringContaining('favourite'));
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(announcement).toHaveTextContent(`Unpinned ${target.name}`);
    expect(screen.getAllByRole('option')[0]).not.toHaveAccessibleName(expect.stringContaining('favourite'));
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    first.unmount();

    // "Reload": a new tree over the same storage.
    renderPicker(<ModelPicker storage={storage} serverSearch={false} />);
    input = await openPicker(user);
    expect(optionNames()[0]).toBe(target.name);
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('data-favourite');
    expect(screen.getByText('Favourites')).toBeInTheDocument();
  });

  it('while searching, a matching favourite comes first and once; the keyboard and aria-posinset follow', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const gpt = textModels.filter((m) => /gpt/i.test(m.name) || /gpt/i.test(m.id));
    expect(gpt.length).toBeGreaterThan(4);
    const target = gpt[3];
    storage.setItem('react-openrouter-models:favourites', JSON.stringify([target.id]));
    renderPicker(<ModelPicker storage={storage} serverSearch={false} />);
    const input = await openPicker(user);
    await user.type(input, 'gpt');
    await waitFor(() => expect(optionNames()[0]).toBe(target.name));
    const options = screen.getAllByRole('option');
    expect(optionNames().filter((n) => n === target.name)).toHaveLength(1);
    expect(options[0]).toHaveAttribute('data-favourite');
    expect(options[0]).toHaveAttribute('aria-posinset', '1');
    expect(options[1]).toHaveAttribute('aria-posinset', '2');
    expect(options[0]).toHaveAttribute('aria-setsize', String(gpt.length));
    expect(await screen.findByText(`${gpt.length} models`)).toBeInTheDocument();
    expect(screen.queryByText('Favourites')).not.toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1].id);
    await user.keyboard('{End}');
    // The last row: rendered at once, before any scroll (jsdom has no layout to scroll at all;
    // the LargeCatalogue story checks the scrolling in Chromium).
    expect(input.getAttribute('aria-activedescendant')).toMatch(new RegExp(`-option-${gpt.length - 1}$`));
    expect(document.getElementById(input.getAttribute('aria-activedescendant')!)).toHaveAttribute(
      'aria-posinset',
      String(gpt.length),
    );
  });

  it('opened on a model far down the list, the active option exists before the list scrolls to it', async () => {
    const far = textModels[textModels.length - 20];
    renderPicker(
      <ModelPicker storage={memoryStorage()} defaultOpen defaultValue={far.id} serverSearch={false} />,
    );
    const input = await screen.findByRole('combobox', { name: /search models/i });
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1));
    const active = document.getElementById(input.getAttribute('aria-activedescendant')!);
    expect(active).toHaveAttribute('data-state', 'checked');
    expect(active).toHaveTextContent(far.name);
    // A window at the top plus the active row, not everything in between.
    expect(screen.getAllByRole('option').length).toBeLessThan(40);
    const results = await axe.run(document.body, { runOnly: ['aria-valid-attr-value'] });
    expect(results.violations).toEqual([]);
  });

  it('remembers recently used models', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const target = textModels[9];
    renderPicker(<ModelPicker storage={storage} serverSearch={false} />);
    const input = await openPicker(user);
    await user.type(input, target.id);
    await waitFor(() => expect(optionNames()[0]).toBe(target.name));
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: new RegExp(escape(target.name)) }));
    await waitFor(() => expect(screen.getByText('Recently used')).toBeInTheDocument());
    expect(optionNames()[0]).toBe(target.name);
    // The heading is hidden from assistive technology (a listbox holds only options): the option says it.
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(expect.stringContaining('recently used'));
    expect(screen.getAllByRole('option')[1]).not.toHaveAccessibleName(
      expect.stringContaining('recently used'),
    );
  });

  it('shows an empty state with a way out', async () => {
    const user = userEvent.setup();
    renderPicker(<ModelPicker storage={memoryStorage()} serverSearch={false} />);
    const input = await openPicker(user);
    await user.type(input, 'zzzz-no-such-model');
    expect(await screen.findByText(/No models match/)).toBeInTheDocument();
    // Only a search is set: the button says so, and the keyboard hints are gone.
    expect(document.querySelector('[data-slot="model-picker-hints"]')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
    expect(input).toHaveValue('');
    // The button went with the empty state: focus is back in the search box.
    expect(input).toHaveFocus();
    expect(document.querySelector('[data-slot="model-picker-hints"]')).not.toBeNull();
  });

  it('shows the reason of an error and recovers on retry', async () => {
    const user = userEvent.setup();
    // A 4xx is not retried, so the error shows at once (retry timing is tested with the hooks).
    server.use(
      http.get(
        `${DEFAULT_BASE_URL}/models`,
        () => Response.json({ error: { code: 403, message: 'Blocked by the proxy' } }, { status: 403 }),
        { once: true },
      ),
    );
    renderPicker(<ModelPicker storage={memoryStorage()} />);
    await user.click(screen.getByRole('button', { name: /choose a model/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Blocked by the proxy/);
    await user.click(screen.getByRole('button', { name: /try again/i }));
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
    // The button went with the error: focus, which it held, is in the search box.
    expect(screen.getByRole('combobox', { name: /search models/i })).toHaveFocus();
  });

  it('a server search while the list has failed does not show "Try again" as running', async () => {
    const user = userEvent.setup();
    let searching = false;
    server.use(
      http.get(`${DEFAULT_BASE_URL}/models`, async ({ request }) => {
        if (new URL(request.url).searchParams.has('q')) {
          searching = true;
          await new Promise((r) => setTimeout(r, 600));
        }
        return Response.json({ error: { code: 403, message: 'Blocked by the proxy' } }, { status: 403 });
      }),
    );
    renderPicker(<ModelPicker storage={memoryStorage()} />);
    await user.click(screen.getByRole('button', { name: /choose a model/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Blocked by the proxy/);
    await user.type(screen.getByRole('combobox', { name: /search models/i }), 'claude');
    await waitFor(() => expect(searching).toBe(true), { timeout: 2000 });
    const again = screen.getByRole('button', { name: /try again/i });
    expect(again).not.toHaveAttribute('aria-busy', 'true');
    expect(again).toHaveTextContent('Try again');
  });

  it('says in a row when its model is retired or retiring', async () => {
    const user = userEvent.setup();
    const base = mockModels.find((m) => m.id === 'z-ai/glm-5.2')!;
    const soon = new Date(Date.now() + 30 * 86_400_000);
    const retiring = {
      ...base,
      id: 'acme/sunset-1',
      name: 'Acme: Sunset 1',
      expiration_date: soon.toISOString().slice(0, 10),
    };
    server.use(...createModelsHandlers({ models: [...mockModels, retiring] }));
    renderPicker(<ModelPicker storage={memoryStorage()} serverSearch={false} />);
    const input = await openPicker(user);
    await user.type(input, 'opus 4.6 fast');
    await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveTextContent('Retired'));
    await user.clear(input);
    await user.type(input, 'sunset 1');
    const month = soon.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    await waitFor(() =>
      expect(screen.getAllByRole('option')[0]).toHaveTextContent(
        new RegExp(`Retiring ${month} ${soon.getUTCDate()}`),
      ),
    );
    // A placeholder date far ahead is no retirement.
    await user.clear(input);
    await user.type(input, 'glm 5.2');
    await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveTextContent(/GLM 5\.2/));
    expect(screen.getAllByRole('option')[0]).not.toHaveTextContent(/Retir/);
  });

  it('takes query options: with retry off a 500 shows at once, after one request', async () => {
    const user = userEvent.setup();
    server.use(mockFailure({ kind: '500', path: '/models' }));
    renderPicker(<ModelPicker storage={memoryStorage()} queryOptions={{ retry: false }} />);
    await user.click(screen.getByRole('button', { name: /choose a model/i }));
    expect(await screen.findByRole('alert', {}, { timeout: 1000 })).toHaveTextContent(/trouble|500/i);
    expect(requests.filter((u) => u.pathname.endsWith('/models')).length).toBe(1);
  });

  it('shows a skeleton while loading', async () => {
    const user = userEvent.setup();
    server.use(mockFailure({ kind: 'slow', delayMs: 300 }));
    renderPicker(<ModelPicker storage={memoryStorage()} />);
    await user.click(screen.getByRole('button', { name: /choose a model/i }));
    const listbox = await screen.findByRole('listbox');
    expect(listbox).toHaveAttribute('data-state', 'loading');
    expect(listbox).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(listbox).toHaveAttribute('data-state', 'ready'));
  });

  it('shows a chosen model that no longer exists as such, never as a blank', async () => {
    renderPicker(<ModelPicker storage={memoryStorage()} defaultValue="nobody/retired-model" />);
    const trigger = screen.getByRole('button');
    await waitFor(() => expect(trigger).toHaveAttribute('data-value-state', 'missing'));
    expect(trigger).toHaveTextContent('nobody/retired-model (no longer available)');
  });

  it('says a chosen value that is no model id at all is not one (a stale saved value), with no request', async () => {
    renderPicker(<ModelPicker storage={memoryStorage()} defaultValue="openai/gpt-4o/extra" />);
    const trigger = screen.getByRole('button');
    await waitFor(() => expect(trigger).toHaveAttribute('data-value-state', 'invalid'));
    expect(trigger).toHaveTextContent('openai/gpt-4o/extra (not a model id)');
    expect(trigger).toHaveAccessibleName('Model: openai/gpt-4o/extra (not a model id)');
    expect(requests.some((u) => u.pathname.includes('/model/'))).toBe(false);
  });

  it('finds a chosen model outside the loaded list (an image model) by id', async () => {
    const base = mockModels[0];
    const image = {
      ...base,
      id: 'acme/pixel-painter',
      name: 'Acme: Pixel Painter',
      architecture: { ...base.architecture, input_modalities: ['text'], output_modalities: ['image'] },
    };
    server.use(...createModelsHandlers({ models: [...mockModels, image] }));
    renderPicker(<ModelPicker storage={memoryStorage()} defaultValue={image.id} />);
    await waitFor(() => expect(screen.getByRole('button')).toHaveTextContent(image.name));
  });

  it('is controlled: value and onValueChange', async () => {
    const user = userEvent.setup();
    function Controlled() {
      const [value, setValue] = useState<string | undefined>(textModels[0].id);
      return (
        <>
          <ModelPicker
            value={value}
            onValueChange={setValue}
            storage={memoryStorage()}
            serverSearch={false}
          />
          <output data-testid="value">{value}</output>
        </>
      );
    }
    renderPicker(<Controlled />);
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: new RegExp(escape(textModels[0].name)) }),
      ).toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: new RegExp(escape(textModels[0].name)) }));
    const input = await screen.findByRole('combobox', { name: /search models/i });
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1));
    // The chosen model is the active option on open; it alone is aria-checked.
    const active = document.getElementById(input.getAttribute('aria-activedescendant')!);
    expect(active).toHaveAttribute('data-state', 'checked');
    expect(active).toHaveAttribute('aria-checked', 'true');
    expect(document.querySelectorAll('[role="option"][aria-checked]')).toHaveLength(1);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByTestId('value')).toHaveTextContent(textModels[1].id);
  });

  it("with models of its own: no filters or sort (the server's), no request, and search works", async () => {
    const user = userEvent.setup();
    const mine = parseModelsList({ data: mockModels.slice(0, 20) })!.data;
    renderPicker(<ModelPicker models={mine} storage={memoryStorage()} />);
    const input = await openPicker(user);
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-setsize', String(mine.length));
    expect(screen.queryByRole('button', { name: /^Filters/ })).toBeNull();
    expect(screen.queryByRole('combobox', { name: /sort/i })).toBeNull();
    await user.type(input, mine[3].name);
    await waitFor(() => expect(optionNames()[0]).toBe(mine[3].name));
    await new Promise((r) => setTimeout(r, 400)); // past the server search's pause
    expect(requests).toEqual([]);
  });

  it('Escape in a filter field goes back to the Filters button, and the next Escape closes', async () => {
    const user = userEvent.setup();
    renderPicker(<ModelPicker storage={memoryStorage()} serverSearch={false} />);
    await openPicker(user);
    const toggle = screen.getByRole('button', { name: /^Filters/ });
    await user.click(toggle);
    // The picker's status says the count (filters and search); the panel shows no second one.
    expect(document.querySelector('[data-slot="filter-panel-match-count"]')).toBeNull();
    expect(document.querySelector('[data-slot="model-picker-count"]')).toHaveAttribute('aria-live', 'polite');
    const authors = await screen.findByRole('searchbox', { name: /search authors/i });
    await user.type(authors, 'goo');
    // The first clears the author search, the next leaves it, the third closes the picker.
    await user.keyboard('{Escape}');
    expect(authors).toHaveValue('');
    expect(authors).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('combobox', { name: /search models/i })).toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // From a price field too.
    await user.type(screen.getAllByRole('textbox', { name: /^Max prompt price/ })[0], '5');
    await user.keyboard('{Escape}');
    expect(toggle).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('combobox', { name: /search models/i })).toBeNull());
  });

  it("warms a long list's search when idle, pauses while the person types, and changes no result", async () => {
    const user = userEvent.setup();
    const idle = new Map<number, (deadline: IdleDeadline) => void>();
    const cancelled: Array<(deadline: IdleDeadline) => void> = [];
    let ids = 0;
    vi.stubGlobal(
      'requestIdleCallback',
      (cb: (deadline: IdleDeadline) => void) => (idle.set(++ids, cb), ids),
    );
    vi.stubGlobal('cancelIdleCallback', (id: number) => {
      if (idle.has(id)) cancelled.push(idle.get(id)!);
      idle.delete(id);
    });
    // An idle period with no time left: one search per period.
    const deadline = { didTimeout: false, timeRemaining: () => 0 };
    const runIdle = () => {
      const due = [...idle.values()];
      idle.clear();
      due.forEach((cb) => cb(deadline));
    };
    try {
      const many = parseModelsList({ data: makeSyntheticModels(3000, 7) })!.data;
      const index = createModelSearchIndex(many);
      const expected = (q: string) => Array.from(index.searchIndices(q).slice(0, 3), (i) => many[i].name);
      renderPicker(<ModelPicker models={many} storage={memoryStorage()} />);
      expect(idle.size).toBe(1);
      // Each idle period searches once and asks for the next.
      runIdle();
      runIdle();
      expect(idle.size).toBe(1);
      const input = await openPicker(user);
      await user.type(input, 'cl');
      // Typing cancelled the pending warm-up (the person's own searches warm it).
      expect(idle.size).toBe(0);
      expect(cancelled).toHaveLength(1);
      cancelled[0]!(deadline); // a warm-up that ran anyway, between two keystrokes
      await user.type(input, 'a');
      expect(optionNames().slice(0, 3)).toEqual(expected('cla'));
      await user.type(input, 'u');
      expect(optionNames().slice(0, 3)).toEqual(expected('clau'));
      // Cleared, it goes on where it left off and ends after a few dozen searches.
      await user.clear(input);
      let periods = 0;
      while (idle.size > 0 && periods < 100) {
        runIdle();
        periods++;
      }
      // 31 searches in all, 2 of them before the typing (one per period here).
      expect(periods).toBe(29);
      await user.type(input, 'clau');
      expect(optionNames().slice(0, 3)).toEqual(expected('clau'));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps the keyboard position when a parent re-renders with inline filters of the same content', async () => {
    const user = userEvent.setup();
    let rerender: () => void = () => {};
    function Parent() {
      const [, setN] = useState(0);
      rerender = () => setN((n) => n + 1);
      return (
        <ModelPicker
          filters={{ supportedParameters: ['tools'] }}
          storage={memoryStorage()}
          serverSearch={false}
        />
      );
    }
    renderPicker(<Parent />);
    const input = await openPicker(user);
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(3));
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    const before = input.getAttribute('aria-activedescendant');
    expect(before).toMatch(/option-3$/);
    act(() => rerender());
    act(() => rerender());
    expect(input.getAttribute('aria-activedescendant')).toBe(before);
  });

  it('is controlled from an empty start: a parent can set value and sort back to undefined', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    let setValue: (v: string | undefined) => void = () => {};
    let setSort: (s: ModelSort | undefined) => void = () => {};
    function Controlled() {
      const [value, setV] = useState<string>();
      const [sort, setS] = useState<ModelSort>();
      setValue = setV;
      setSort = setS;
      return (
        <ModelPicker
          value={value}
          onValueChange={setV}
          sort={sort}
          onSortChange={(s) => {
            onSortChange(s);
            setS(s);
          }}
          storage={memoryStorage()}
          serverSearch={false}
        />
      );
    }
    renderPicker(<Controlled />);
    // Chosen in the picker (the parent's value was undefined until then), then by the parent.
    await openPicker(user);
    await user.keyboard('{ArrowDown}{Enter}');
    const chosen = screen.getByRole('button', { name: /^Model: / });
    act(() => setValue(textModels[2].id));
    await waitFor(() => expect(chosen).toHaveAccessibleName(`Model: ${textModels[2].name}`));
    act(() => setValue(undefined));
    await waitFor(() => expect(screen.getByRole('button', { name: /choose a model/i })).toBeInTheDocument());

    await openPicker(user);
    await user.click(screen.getByRole('combobox', { name: /sort/i }));
    await user.click(await screen.findByRole('option', { name: /newest/i }));
    expect(onSortChange).toHaveBeenLastCalledWith('newest');
    act(() => setSort('context-high-to-low'));
    act(() => setSort(undefined));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /sort/i })).toHaveTextContent('Default order'),
    );
  });

  it('changing the sort sends it to the server and reorders', async () => {
    const user = userEvent.setup();
    renderPicker(<ModelPicker storage={memoryStorage()} serverSearch={false} />);
    await openPicker(user);
    const before = optionNames();
    await user.click(screen.getByRole('combobox', { name: /sort/i }));
    await user.click(await screen.findByRole('option', { name: /price: low to high/i }));
    await waitFor(() =>
      expect(requests.some((u) => u.searchParams.get('sort') === 'pricing-low-to-high')).toBe(true),
    );
    await waitFor(() => expect(optionNames()).not.toEqual(before));
  });

  it('after a new sort, the list starts at its top, not at the chosen model; and returns focus to the search', async () => {
    const user = userEvent.setup();
    const chosen = textModels[textModels.length - 30];
    renderPicker(<ModelPicker storage={memoryStorage()} serverSearch={false} defaultValue={chosen.id} />);
    await user.click(await screen.findByRole('button', { name: new RegExp(escape(chosen.name)) }));
    const input = await screen.findByRole('combobox', { name: /search models/i });
    await waitFor(() =>
      expect(document.getElementById(input.getAttribute('aria-activedescendant') ?? '')).toHaveAttribute(
        'data-state',
        'checked',
      ),
    );
    await user.click(screen.getByRole('combobox', { name: /sort/i }));
    await user.click(await screen.findByRole('option', { name: /price: low to high/i }));
    await waitFor(() =>
      expect(requests.some((u) => u.searchParams.get('sort') === 'pricing-low-to-high')).toBe(true),
    );
    // Once the new order is there (and before), the active option is the first one.
    await waitFor(() => expect(screen.getByRole('listbox')).not.toHaveAttribute('aria-busy'));
    await waitFor(() =>
      expect(document.getElementById(input.getAttribute('aria-activedescendant') ?? '')).toHaveAttribute(
        'aria-posinset',
        '1',
      ),
    );
    const first = document.getElementById(input.getAttribute('aria-activedescendant')!)!;
    expect(first).toHaveTextContent(/free/i);
    await waitFor(() => expect(input).toHaveFocus());
    // Moving away and back is the person's choice: the list no longer jumps.
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.getElementById(input.getAttribute('aria-activedescendant')!)).toHaveAttribute(
      'aria-posinset',
      '3',
    );
  });

  it('with a sort chosen, a search keeps that order (cheapest first stays cheapest first)', async () => {
    const user = userEvent.setup();
    renderPicker(
      <ModelPicker storage={memoryStorage()} serverSearch={false} defaultSort="pricing-low-to-high" />,
    );
    const input = await openPicker(user);
    await waitFor(() =>
      expect(requests.some((u) => u.searchParams.get('sort') === 'pricing-low-to-high')).toBe(true),
    );
    await user.type(input, 'gpt-5');
    await waitFor(() => expect(optionNames().length).toBeGreaterThan(3));
    const byName = new Map(textModels.map((m) => [m.name, m]));
    const prices = optionNames().map((n) => mockModelFacts(byName.get(n!)!).averagePerMillion ?? Infinity);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it('has no axe violations when open', async () => {
    const user = userEvent.setup();
    const { baseElement } = renderPicker(<ModelPicker storage={memoryStorage()} />);
    await openPicker(user);
    const result = await axe.run(baseElement, {
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
