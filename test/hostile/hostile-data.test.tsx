/**
 * Hostile-input campaign, model data: names, descriptions, ids and links that carry markup,
 * entities, bidirectional overrides, zero-width characters, 10,000 characters or nothing at
 * all, served by the mock API (so the real parse path runs) and rendered by `ModelCard` and
 * `ModelPicker`. Nothing executes, no link leaves http(s), long text is clamped, and search
 * still finds every model by a word of its name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { createOpenRouterClient, type Model } from '../../src/core';
import { ModelCard } from '../../src/components/model-card/model-card';
import { ModelPicker } from '../../src/components/model-picker/model-picker';
import { createModelsHandlers, mockModels, type RawModel } from '../../src/mock';
import { failOnUnhandledRejections } from './unhandled-rejections';

failOnUnhandledRejections();

const HERE = path.dirname(fileURLToPath(import.meta.url));
const API = 'https://openrouter.ai/api/v1';

declare global {
  interface Window {
    __hostile?: string;
  }
}

// ---------------------------------------------------------------- the hostile catalogue

const template = mockModels.find((m) => m.id === 'z-ai/glm-5.2') ?? mockModels[0];

function hostile(id: string, name: string, extra: Partial<RawModel> = {}): RawModel {
  return {
    ...structuredClone(template),
    id,
    canonical_slug: id,
    name,
    hugging_face_id: null,
    links: { details: `/api/v1/models/${id}/endpoints` },
    ...extra,
  };
}

const LONG_NAME = `Gigantic Gull ${'g'.repeat(10_000 - 'Gigantic Gull '.length)}`;
const LONG_DESCRIPTION = `<b>Bold?</b> ${'A very long description that goes on. '.repeat(60)}<script>window.__hostile='long'</script>`;
const XSS_URLS = [
  'javascript:window.__hostile="href"',
  'JaVaScRiPt:window.__hostile="href"',
  '  javascript:window.__hostile="href"',
  'java\tscript:window.__hostile="href"',
  'data:text/html,<script>window.__hostile="data"</script>',
  'vbscript:msgbox("x")',
  'https://openrouter.ai@evil.example/phish',
  '//evil.example/x',
  'file:///etc/passwd',
];

interface Case {
  raw: RawModel;
  /** A word a person would type to find it. */
  word: string;
  /** Kept by the parser (false: dropped for an empty name). */
  kept: boolean;
}

const CASES: Case[] = [
  {
    raw: hostile('evil/script', "<script>window.__hostile='name'</script>Scripted Sparrow", {
      description: "<script>window.__hostile='desc'</script>Hi",
    }),
    word: 'sparrow',
    kept: true,
  },
  {
    raw: hostile('evil/img', '<img src=x onerror="window.__hostile=\'img\'">Imaged Ibis', {
      description:
        '<img src=x onerror="window.__hostile=\'img-desc\'"><svg onload="window.__hostile=\'svg\'">',
    }),
    word: 'ibis',
    kept: true,
  },
  {
    raw: hostile('evil/entities', '&lt;b&gt;Entity &amp; Emu &#60;script&#62; &quot;', {
      description: '&lt;script&gt;alert(1)&lt;/script&gt; &nbsp; &#x202E;',
    }),
    word: 'emu',
    kept: true,
  },
  {
    raw: hostile('evil/bidi', '\u202Eelgae Reversed Raven', {
      description: 'Looks like \u202Etxt.exe\u202C or \u2067isolate\u2069',
      hugging_face_id: 'org/model',
    }),
    word: 'raven',
    kept: true,
  },
  {
    raw: hostile('evil/zero-width', 'Zero\u200BWidth\u200D Wren\uFEFF', { description: 'in\u200Bvisible' }),
    word: 'zerowidth',
    kept: true,
  },
  { raw: hostile('evil/long', LONG_NAME, { description: LONG_DESCRIPTION }), word: 'gigantic', kept: true },
  { raw: hostile('evil/<img src=x onerror=alert(1)>', 'Id Injection Ibex', {}), word: 'ibex', kept: true },
  {
    raw: hostile('evil/\u202Edi-idib', 'Bidi Id Bittern', {
      architecture: {
        modality: 'text->text',
        input_modalities: ['text', '\u202Eoidua'],
        output_modalities: ['text', '\u2067hologram'],
        tokenizer: 'Other',
        instruct_type: null,
      },
    }),
    word: 'bittern',
    kept: true,
  },
  {
    raw: hostile('evil/alias', 'Alias Albatross', {
      alias_target: { slug: '\u202Eevil/slug', name: '<b>Target</b>\u202E' },
    }),
    word: 'albatross',
    kept: true,
  },
  ...XSS_URLS.map((url, i) => ({
    raw: hostile(`evil/link-${i}`, `Linky Lark ${i}`, { hugging_face_id: url, links: { details: url } }),
    word: `lark ${i}`,
    kept: true,
  })),
  { raw: hostile('evil/empty-name', ''), word: '', kept: false },
  // A zero-width space between spaces: trim() keeps U+200B (not white space to JavaScript), so the
  // parser keeps this one. It shows as blank: see the test on it.
  { raw: hostile('evil/blank-name', ' \u200B '), word: '', kept: true },
];

const RAW = CASES.map((c) => c.raw);

/**
 * A window that does run scripts and inline handlers (the test DOM does not: it would make an
 * unset flag meaningless). Cards and the picker are also rendered here, so markup that slipped
 * through would execute and set `__hostile`.
 */
type ScriptedWindow = Window & typeof globalThis & { __hostile?: string };
let sw: ScriptedWindow;

/** Renders into the script-running window. */
function renderScripted(ui: ReactElement) {
  const container = sw.document.body.appendChild(sw.document.createElement('div'));
  const result = render(ui, { container });
  return {
    ...result,
    container,
    unmount() {
      result.unmount();
      container.remove();
    },
  };
}
const server = setupServer(...createModelsHandlers({ models: RAW }));
let hostileStringsRendered = 0;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  const { JSDOM } = (await import('jsdom' as string)) as {
    JSDOM: new (html: string, options: object) => { window: ScriptedWindow };
  };
  sw = new JSDOM('<!doctype html><html><body></body></html>', {
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    url: 'http://localhost:3000/',
  }).window;
});
beforeEach(() => {
  for (const w of [window, sw]) {
    delete w.__hostile;
    w.alert = () => {
      w.__hostile = 'alert';
    };
  }
});
afterEach(() => {
  server.resetHandlers();
  expect(window.__hostile).toBeUndefined();
  expect(sw.__hostile).toBeUndefined();
});
afterAll(() => {
  server.close();
  console.log(
    `hostile: hostile strings rendered ${hostileStringsRendered} (${CASES.length} hostile models, ModelCard and ModelPicker)`,
  );
});

/** The catalogue as the kit reads it: through the mock and the real parser. */
async function parsedCatalogue() {
  const client = createOpenRouterClient({ retries: { strategy: 'none' } });
  return client.models.list({ outputModalities: 'all' });
}

// ---------------------------------------------------------------- what "nothing executes" means

const DANGEROUS_TAGS =
  'script, img, iframe, object, embed, svg, math, link, meta, style, base, form, frame, frameset, video, audio, source';

/** Fails when markup from the data became elements, handlers, or non-http(s) URLs anywhere under `root`. */
function expectInert(root: ParentNode = document) {
  // The kit's own icons are decorative SVG (aria-hidden); anything else of these tags came from data.
  const created = [...root.querySelectorAll(DANGEROUS_TAGS)].filter(
    (el) => !el.closest('svg[aria-hidden="true"]'),
  );
  expect(
    created.map((el) => el.outerHTML.slice(0, 80)),
    'elements created from data',
  ).toEqual([]);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${el.tagName} has ${attr.name}`).toBe(false);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'poster', 'data'].includes(attr.name)
      ) {
        // Absolute http(s) only: a relative link would resolve against the app's origin.
        expect(attr.value, `${el.tagName} ${attr.name}`).toMatch(/^https?:\/\//);
        const url = new URL(attr.value);
        expect(['http:', 'https:']).toContain(url.protocol);
        expect(url.username + url.password, `credentials in ${attr.value}`).toBe('');
      }
    }
  }
  // Load and error every element: an inline handler that slipped through would fire (in the scripted window).
  const Ev = (root.ownerDocument ?? (root as Document)).defaultView!.Event;
  for (const el of root.querySelectorAll('*')) {
    el.dispatchEvent(new Ev('error'));
    el.dispatchEvent(new Ev('load'));
  }
  expect(window.__hostile).toBeUndefined();
  expect(sw.__hostile).toBeUndefined();
}

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const BLOCK = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'DD',
  'DT',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'SECTION',
  'BUTTON',
  'TD',
  'TH',
  'UL',
  'DL',
  'BODY',
]);

/**
 * A bidirectional override in data must not reorder the text around it. Unstyled (the
 * components work without the stylesheet), an override runs to the end of its paragraph:
 * each text node that carries one must be alone in its isolating element (`<bdi>`, an
 * element with `dir`) or its block.
 */
function expectBidiContained(root: ParentNode) {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!BIDI.test(node.nodeValue ?? '')) continue;
    let box = node.parentElement!;
    while (!(box.tagName === 'BDI' || box.hasAttribute('dir') || BLOCK.has(box.tagName)) && box.parentElement)
      box = box.parentElement;
    expect(
      box.textContent,
      `"${node.nodeValue}" shares <${box.tagName.toLowerCase()} data-slot="${box.getAttribute('data-slot')}"> with other text`,
    ).toBe(node.nodeValue);
  }
}

// ---------------------------------------------------------------- tests

describe('the positive control', () => {
  test('the scripted window runs scripts and inline handlers (so an unset flag means something)', () => {
    const host = sw.document.createElement('div');
    host.innerHTML =
      '<span onclick="window.__hostile=\'click\'">x</span><img src="x" onerror="window.__hostile=\'img\'">';
    sw.document.body.append(host);
    (host.firstElementChild as HTMLElement).click();
    expect(sw.__hostile).toBe('click');
    host.querySelector('img')!.dispatchEvent(new sw.Event('error'));
    expect(sw.__hostile).toBe('img');
    const script = sw.document.createElement('script');
    script.textContent = "window.__hostile = 'script'";
    sw.document.body.append(script);
    expect(sw.__hostile).toBe('script');
    host.remove();
    script.remove();
    delete sw.__hostile;
  });
});

describe('the parser keeps hostile text verbatim and drops only entries without a name', () => {
  test('through the mock: every hostile string arrives as it was sent; the empty name is dropped and reported', async () => {
    const list = await parsedCatalogue();
    const kept = CASES.filter((c) => c.kept);
    expect(list.data.map((m) => m.id)).toEqual(kept.map((c) => c.raw.id));
    for (const c of kept) expect(list.data.find((m) => m.id === c.raw.id)!.name).toBe(c.raw.name);
    expect(list.dropped).toEqual([
      { index: RAW.findIndex((m) => m.id === 'evil/empty-name'), id: 'evil/empty-name', reason: 'no name' },
    ]);
    expect(list.data.find((m) => m.id === 'evil/long')!.name).toHaveLength(10_000);
  });
});

describe('ModelCard renders hostile models as inert text', () => {
  let models: Model[] = [];
  beforeAll(async () => {
    models = (await parsedCatalogue()).data;
  });

  test.each(CASES.filter((c) => c.kept).map((c) => [c.raw.id, c] as const))('%s', (id, c) => {
    const model = models.find((m) => m.id === id)!;
    const { container, unmount } = renderScripted(<ModelCard model={model} />);
    const heading = within(container).getByRole('heading');
    // The name is text, character for character: markup not parsed, entities not decoded.
    expect(heading.textContent).toBe(c.raw.name);
    expect(container.querySelector('[data-slot="model-card-id"]')!.textContent).toBe(id);
    if (c.raw.description?.trim())
      expect(container.querySelector('[data-slot="model-card-description"]')!.textContent).toBe(
        c.raw.description.trim(),
      );
    hostileStringsRendered += 2 + (c.raw.description ? 1 : 0);
    expectInert(container);
    expectBidiContained(container);

    // Links from data: only a Hugging Face id of the right shape becomes a link, always https.
    const links = [...container.querySelectorAll('a')];
    if (c.raw.hugging_face_id === 'org/model') {
      expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://huggingface.co/org/model']);
    } else {
      expect(links).toHaveLength(0);
    }

    // Clicking every button (copy id, show more) changes nothing of the above.
    for (const button of within(container).queryAllByRole('button')) fireEvent.click(button);
    expectInert(container);
    unmount();
  });

  test('a 10,000-character name and a long description are clamped, with the whole text present', () => {
    const model = models.find((m) => m.id === 'evil/long')!;
    const { container, unmount } = renderScripted(<ModelCard model={model} />);
    const name = container.querySelector('[data-slot="model-card-name"]')!;
    expect(name.textContent).toHaveLength(10_000);
    const description = container.querySelector('[data-slot="model-card-description"]')!;
    // jsdom cannot lay out: the clamp is the stylesheet's rule for these slots and states.
    expect(description).toHaveAttribute('data-state', 'collapsed');
    expect(description.textContent).toContain('<script>');
    const toggle = within(container).getByRole('button', { name: /^Show more/ });
    expect(toggle).toHaveAttribute('aria-controls', description.id);
    fireEvent.click(toggle);
    expect(description).toHaveAttribute('data-state', 'expanded');
    expectInert(container);
    unmount();
  });

  test('the stylesheet clamps every slot that shows a name or a description', () => {
    const css = (component: string) =>
      readFileSync(path.resolve(HERE, '../../src/components', component, `${component}.css`), 'utf8').replace(
        /"/g,
        "'",
      );
    const rule = (sheet: string, selector: string) => {
      const i = sheet.indexOf(`\n${selector} {`);
      expect(i, `no rule for ${selector}`).toBeGreaterThanOrEqual(0);
      return sheet.slice(i, sheet.indexOf('}', i));
    };
    const card = css('model-card');
    const picker = css('model-picker');
    const cardName = rule(card, "[data-slot='model-card-name']");
    expect(cardName).toMatch(/line-clamp:\s*\d/);
    expect(cardName).toMatch(/overflow:\s*hidden/);
    expect(cardName).toMatch(/overflow-wrap:\s*anywhere|word-break:\s*break/);
    expect(rule(card, "[data-slot='model-card-description'][data-state='collapsed']")).toMatch(
      /line-clamp:\s*\d/,
    );
    for (const slot of ['model-picker-item-name', 'model-picker-item-id', 'model-picker-trigger-label']) {
      const r = rule(picker, `[data-slot='${slot}']`);
      expect(r).toMatch(/overflow:\s*hidden/);
      expect(r).toMatch(/text-overflow:\s*ellipsis/);
      expect(r).toMatch(/white-space:\s*nowrap/);
    }
  });
});

describe('ModelPicker with a hostile catalogue', () => {
  function renderPicker(props: Partial<Parameters<typeof ModelPicker>[0]> = {}) {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const onValueChange = vi.fn();
    render(
      <QueryClientProvider client={queryClient}>
        <ModelPicker storage={null} serverSearch={false} onValueChange={onValueChange} {...props} />
      </QueryClientProvider>,
    );
    return { onValueChange, queryClient };
  }

  async function open(user: ReturnType<typeof userEvent.setup>) {
    await user.click(screen.getByRole('button', { name: /choose a model/i }));
    const input = await screen.findByRole('combobox', { name: /search models/i });
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
    return input;
  }

  const names = () =>
    screen
      .getAllByRole('option')
      .map((o) => o.querySelector('[data-slot="model-picker-item-name"]')!.textContent);

  test('in the script-running window: every kept row rendered as inert text', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { container, unmount } = renderScripted(
      <QueryClientProvider client={queryClient}>
        {/* Held open: focus cannot move into this second document, which the popover would read as a dismissal. */}
        <ModelPicker
          open
          onOpenChange={() => {}}
          storage={null}
          serverSearch={false}
          contentProps={{ inline: true }}
          listProps={{ height: 4000 }}
        />
      </QueryClientProvider>,
    );
    const kept = CASES.filter((c) => c.kept);
    await waitFor(() => expect(container.querySelectorAll('[role="option"]')).toHaveLength(kept.length));
    const shown = [...container.querySelectorAll('[data-slot="model-picker-item-name"]')].map(
      (n) => n.textContent,
    );
    expect(shown.sort()).toEqual(kept.map((c) => c.raw.name).sort());
    hostileStringsRendered += kept.length * 2;
    expectInert(container);
    expectBidiContained(container);
    // Search by typing into the box (a change event), as a person would.
    const input = within(container).getByRole('combobox', { name: /search models/i });
    fireEvent.change(input, { target: { value: 'ibis' } });
    await waitFor(() => expect(container.querySelectorAll('[role="option"]')).toHaveLength(1));
    expect(container.querySelector('[data-slot="model-picker-item-name"]')!.textContent).toBe(
      CASES[1].raw.name,
    );
    expectInert(container);
    unmount();
    queryClient.clear();
  });

  test('lists every kept model (the nameless one is left out) and stays inert', async () => {
    const user = userEvent.setup();
    renderPicker();
    await open(user);
    const kept = CASES.filter((c) => c.kept).length;
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-setsize', String(kept));
    expect(screen.getByText(`${kept} models`)).toBeInTheDocument();
    expect(names()).not.toContain('');
    expectInert();
    expectBidiContained(document.body);
  });

  test.each(CASES.filter((c) => c.kept && c.word).map((c) => [c.word, c] as const))(
    'typing "%s" finds it, shown as text; picking it is safe',
    async (word, c) => {
      const user = userEvent.setup();
      const { onValueChange } = renderPicker();
      const input = await open(user);
      await user.type(input, word);
      await waitFor(() => expect(names()[0]).toBe(c.raw.name));
      const option = screen.getAllByRole('option')[0];
      const name = option.querySelector('[data-slot="model-picker-item-name"]')!;
      expect(name).toHaveAttribute('title', c.raw.name);
      expect(option.querySelector('[data-slot="model-picker-item-id"]')!.textContent).toBe(c.raw.id);
      hostileStringsRendered += 2;
      expectInert();
      expectBidiContained(document.body);

      await user.keyboard('{Enter}');
      expect(onValueChange).toHaveBeenCalledWith(c.raw.id);
      await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
      const trigger = document.querySelector('[data-slot="model-picker-trigger"]')!;
      expect(trigger.querySelector('[data-slot="model-picker-value"]')!.textContent).toBe(c.raw.name);
      hostileStringsRendered += 1;
      expectInert();
      expectBidiContained(document.body);
    },
  );

  test('server search (q) with hostile text goes through the mock and still finds the model', async () => {
    const user = userEvent.setup();
    const seen: URL[] = [];
    server.events.on('request:start', ({ request }) => void seen.push(new URL(request.url)));
    renderPicker({ serverSearch: true });
    const input = await open(user);
    await user.type(input, '<img');
    await waitFor(() => expect(seen.some((u) => u.searchParams.get('q') === '<img')).toBe(true), {
      timeout: 3000,
    });
    await waitFor(() => expect(names()).toContain(CASES[1].raw.name));
    expect(seen.every((u) => u.origin === new URL(API).origin)).toBe(true);
    server.events.removeAllListeners();
    expectInert();
  });

  test('a name of zero-width space only is kept, and the row still shows its id', async () => {
    const user = userEvent.setup();
    renderPicker();
    const input = await open(user);
    await user.type(input, 'blank-name');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    const option = screen.getAllByRole('option')[0];
    expect(option.querySelector('[data-slot="model-picker-item-id"]')!.textContent).toBe('evil/blank-name');
    hostileStringsRendered += 1;
  });
});
