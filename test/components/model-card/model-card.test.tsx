import { createRef } from 'react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelCard, ModelCardSkeleton } from '../../../src/components/model-card/model-card';
import { modelExpiry } from '../../../src/model/model-expiry';
import { modelPriceRows } from '../../../src/model/model-price-rows';
import { safeHref } from '../../../src/model/safe-href';
import { formatTokenCount } from '../../../src/model/format-token-count';
import type { Model } from '../../../src/core/types';
import { fixtureModel, fixtureModels } from '../fixture-models';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The value cell of a price row, by its label ("Input", "Cache read", ...). */
function price(container: HTMLElement, label: string): string | null {
  const rows = container.querySelectorAll('[data-slot="model-card-price"]');
  for (const row of rows) {
    if (row.querySelector('dt')?.textContent === label) return row.querySelector('dd')?.textContent ?? null;
  }
  return null;
}

const badges = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('[data-slot="model-card-badge"]'), (b) => b.textContent);

async function axeViolations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ModelCard with real fixture models', () => {
  it('shows name, id, author, context and per-million prices (z-ai/glm-5.2)', () => {
    const model = fixtureModel('z-ai/glm-5.2');
    const { container } = render(<ModelCard model={model} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Z.ai: GLM 5.2' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Z.ai: GLM 5.2' })).toHaveAttribute('data-slot', 'model-card');
    expect(container.querySelector('[data-slot="model-card-id"]')).toHaveTextContent('z-ai/glm-5.2');
    expect(container.querySelector('[data-slot="model-card-author"]')).toHaveTextContent('z-ai');
    expect(container.querySelector('[data-slot="model-card-context"]')).toHaveTextContent('1M context');
    // "0.0000014" per token → $1.40 per million; "0.0000044" → $4.40; cache read "0.00000026" → $0.26.
    expect(price(container, 'Input')).toBe('$1.40/M');
    expect(price(container, 'Output')).toBe('$4.40/M');
    expect(price(container, 'Cache read')).toBe('$0.26/M');
    expect(price(container, 'Cache write')).toBeNull();
    // Created 1781631930 (unix seconds) is 2026-06-16 UTC.
    const created = container.querySelector('[data-kind="created"] time');
    expect(created).toHaveTextContent('Jun 16, 2026');
    expect(created).toHaveAttribute('datetime', '2026-06-16');
    // The fixture's "2098-12-31" placeholder means no expiry.
    expect(model.expirationDate).toBe('2098-12-31');
    expect(container.querySelector('[data-slot="model-card-expiry"]')).toBeNull();
    expect(container.querySelector('[data-slot="model-card"]')).toHaveAttribute('data-state', 'active');
    // Hugging Face link from hugging_face_id.
    expect(screen.getByRole('link', { name: /hugging face/i })).toHaveAttribute(
      'href',
      'https://huggingface.co/zai-org/GLM-5.2',
    );
  });

  it('renders its children as actions inside the card, after everything else; none: no actions element', async () => {
    const model = fixtureModel('z-ai/glm-5.2');
    const choose = vi.fn();
    const { container, rerender } = render(
      <ModelCard model={model}>
        <button type="button" onClick={() => choose(model.id)}>
          Choose
        </button>
      </ModelCard>,
    );
    const card = screen.getByRole('article', { name: 'Z.ai: GLM 5.2' });
    const actions = card.querySelector('[data-slot="model-card-actions"]')!;
    expect(actions).not.toBeNull();
    expect(card.lastElementChild).toBe(actions);
    await userEvent.click(within(card).getByRole('button', { name: 'Choose' }));
    expect(choose).toHaveBeenCalledWith('z-ai/glm-5.2');
    expect(await axeViolations(container)).toEqual([]);
    rerender(<ModelCard model={model} />);
    expect(container.querySelector('[data-slot="model-card-actions"]')).toBeNull();
  });

  it('shows every extra price with its unit, and hides repeats of the base price (google/gemini-3.5-flash)', () => {
    const { container } = render(<ModelCard model={fixtureModel('google/gemini-3.5-flash')} />);
    expect(price(container, 'Input')).toBe('$1.50/M');
    expect(price(container, 'Output')).toBe('$9.00/M');
    expect(price(container, 'Cache read')).toBe('$0.15/M');
    expect(price(container, 'Cache write')).toBe('$0.083/M');
    expect(price(container, 'Audio input')).toBe('$3.00/M');
    // Per search, not per million.
    expect(price(container, 'Web search')).toBe('$0.014/search');
    // internal_reasoning equals completion, image equals prompt: nothing new to say.
    expect(price(container, 'Reasoning')).toBeNull();
    expect(price(container, 'Image input')).toBeNull();
    expect(container.querySelector('[data-kind="knowledge-cutoff"]')).toHaveTextContent('Jan 2025');
    expect(container.querySelector('[data-kind="max-output"]')).toHaveTextContent('66K tokens');
    // web_search priced > 0: web search is a capability too.
    expect(badges(container)).toEqual([
      'Tools',
      'Structured outputs',
      'Reasoning',
      'Vision',
      'File input',
      'Audio input',
      'Video input',
      'Web search',
    ]);
    expect(container.querySelector('[data-slot="model-card-modality"][data-kind="input"]')).toHaveTextContent(
      'text, image, video, file, audio',
    );
    expect(
      container.querySelector('[data-slot="model-card-modality"][data-kind="output"]'),
    ).toHaveTextContent('text');
    expect(container.querySelector('[data-slot="model-card-modalities"]')).toHaveTextContent(
      'Modalities text, image, video, file, audio → text',
    );
  });

  it('says per-request and per-image prices per unit', () => {
    const model = fixtureModel('openai/gpt-5.4-nano');
    model.pricing = { ...model.pricing, request: '0.005', image: '0.003613', imageOutput: '0.04' };
    const { container } = render(<ModelCard model={model} />);
    expect(price(container, 'Per request')).toBe('$0.005/request');
    expect(price(container, 'Image input')).toBe('$0.0036/image');
    expect(price(container, 'Image output')).toBe('$0.04/image');
    expect(price(container, 'Web search')).toBe('$0.01/search');
  });

  it('says "Free" for a free model and shows the Free badge (google/gemma-4-31b-it:free)', () => {
    const { container } = render(<ModelCard model={fixtureModel('google/gemma-4-31b-it:free')} />);
    expect(price(container, 'Input')).toBe('Free');
    expect(price(container, 'Output')).toBe('Free');
    expect(container.querySelector('[data-kind="prompt"]')).toHaveAttribute('data-state', 'free');
    expect(badges(container)[0]).toBe('Free');
    expect(container.querySelector('[data-slot="model-card-context"]')).toHaveTextContent('262K context');
  });

  it('says "Variable" for a router, with image output among its badges (openrouter/auto)', () => {
    const { container } = render(<ModelCard model={fixtureModel('openrouter/auto')} />);
    expect(price(container, 'Input')).toBe('Variable');
    expect(price(container, 'Output')).toBe('Variable');
    expect(container.querySelector('[data-kind="completion"]')).toHaveAttribute('data-state', 'variable');
    const b = badges(container);
    expect(b).toContain('Variable price');
    expect(b).toContain('Image output');
    expect(b).toContain('Web search');
    expect(b).not.toContain('Free');
    expect(container.querySelector('[data-slot="model-card-context"]')).toHaveTextContent('2M context');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows long-context price tiers from pricing.overrides', () => {
    const model = fixtureModel('google/gemini-3.1-pro-preview');
    model.pricing.overrides = [
      { minPromptTokens: 200_000, prompt: '0.000006', completion: '0.0000225' },
      { utcStart: 100, utcEnd: 400, prompt: '0.000001' },
      { minPromptTokens: 1_000_000 }, // no price: not shown
    ];
    const { container } = render(<ModelCard model={model} />);
    const tiers = Array.from(
      container.querySelectorAll('[data-slot="model-card-price-tier"]'),
      (t) => t.textContent,
    );
    expect(tiers).toEqual(['> 200K tokens: $6.00/M in, $22.50/M out', '01:00–04:00 UTC: $1.00/M in']);
    expect(screen.getByRole('list', { name: 'Conditional prices' })).toBeInTheDocument();
  });

  it('derives badges from supported_parameters and the reasoning data', () => {
    const model = fixtureModel('z-ai/glm-5.2');
    expect(model.supportedParameters).toContain('tools');
    const { container, rerender } = render(<ModelCard model={model} />);
    expect(badges(container)).toEqual(['Tools', 'Reasoning']);
    rerender(
      <ModelCard
        model={{
          ...model,
          supportedParameters: ['response_format'],
          reasoning: { mandatory: true },
          architecture: {
            ...model.architecture,
            inputModalities: ['text', 'image'],
            outputModalities: ['text', 'image'],
          },
        }}
      />,
    );
    expect(badges(container)).toEqual([
      'Structured outputs',
      'Reasoning (always on)',
      'Vision',
      'Image output',
    ]);
    const listed = container.querySelectorAll('[data-slot="model-card-badges"] [data-capability]');
    expect(Array.from(listed, (b) => b.getAttribute('data-capability'))).toEqual([
      'structuredOutputs',
      'reasoning',
      'vision',
      'imageOutput',
    ]);
  });

  it('warns of a coming retirement, and not of placeholder dates', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-16T12:00:00Z'));
    const { container, rerender } = render(<ModelCard model={fixtureModel('openai/gpt-5.2-chat')} />);
    const warning = container.querySelector('[data-slot="model-card-expiry"]');
    expect(warning).toHaveTextContent('Retires on Aug 10, 2026');
    expect(warning).toHaveAttribute('data-state', 'upcoming');
    expect(warning?.querySelector('time')).toHaveAttribute('datetime', '2026-08-10');
    expect(container.querySelector('[data-slot="model-card"]')).toHaveAttribute('data-state', 'retiring');

    vi.setSystemTime(new Date('2026-09-01T00:00:00Z'));
    rerender(<ModelCard model={{ ...fixtureModel('openai/gpt-5.2-chat'), name: 'later' }} />);
    expect(container.querySelector('[data-slot="model-card-expiry"]')).toHaveTextContent(
      'Retired on Aug 10, 2026',
    );
    expect(container.querySelector('[data-slot="model-card"]')).toHaveAttribute('data-state', 'retired');

    expect(modelExpiry('2098-12-31', Date.UTC(2026, 5, 16))).toBeUndefined();
    expect(modelExpiry('not a date')).toBeUndefined();
    expect(modelExpiry(null)).toBeUndefined();
  });

  it('hides the created date when it is 0', () => {
    const { container } = render(<ModelCard model={{ ...fixtureModel('z-ai/glm-5.2'), created: 0 }} />);
    expect(container.querySelector('[data-kind="created"]')).toBeNull();
  });

  it('forwards its ref to the root element (React 18 drops a plain ref prop)', () => {
    const ref = createRef<HTMLElement>();
    render(<ModelCard ref={ref} model={fixtureModel('z-ai/glm-5.2')} />);
    expect(ref.current?.tagName).toBe('ARTICLE');
  });

  it('leaves out a created time no date can hold (microseconds), rather than throw', () => {
    const { container } = render(
      <ModelCard model={{ ...fixtureModel('z-ai/glm-5.2'), created: 1_750_000_000_000_000 }} />,
    );
    expect(container.querySelector('[data-kind="created"]')).toBeNull();
    expect(screen.getByRole('heading')).toBeInTheDocument();
  });

  it('names the target of a ~…-latest alias', () => {
    const model = fixtureModel('~google/gemini-pro-latest');
    const { container, rerender } = render(<ModelCard model={model} />);
    expect(container.querySelector('[data-slot="model-card-alias"]')).toHaveTextContent(
      'Alias: always points to the latest version',
    );
    expect(container.querySelector('[data-slot="model-card-author"]')).toHaveTextContent('google');
    rerender(
      <ModelCard
        model={{
          ...model,
          aliasTarget: { slug: 'google/gemini-3.1-pro-preview', name: 'Google: Gemini 3.1 Pro Preview' },
        }}
      />,
    );
    expect(container.querySelector('[data-slot="model-card-alias"]')).toHaveTextContent(
      'Alias of Google: Gemini 3.1 Pro Preview google/gemini-3.1-pro-preview',
    );
  });

  it('reads the prices of every fixture model, and renders a sample of them', () => {
    for (const model of fixtureModels) {
      const rows = modelPriceRows(model.pricing);
      expect(
        rows.slice(0, 2).map((r) => r.label),
        model.id,
      ).toEqual(['Input', 'Output']);
      for (const row of rows)
        expect(row.text, `${model.id} ${row.label}`).toMatch(
          /^(\$\d[\d,]*(\.\d+)?\/(M|request|image|search)|Free|Variable)$/,
        );
    }
    // Rendering all 337 costs seconds in jsdom: every 7th model.
    const sample = fixtureModels.filter((_, i) => i % 7 === 0);
    const { container } = render(
      <>
        {sample.map((model) => (
          <ModelCard key={model.id} model={model} />
        ))}
      </>,
    );
    const cards = container.querySelectorAll<HTMLElement>('[data-slot="model-card"]');
    expect(cards).toHaveLength(sample.length);
    for (const card of cards) {
      expect(price(card, 'Input')).not.toBeNull();
      expect(price(card, 'Output')).not.toBeNull();
    }
    expect(container.textContent).not.toMatch(/NaN|undefined|Infinity|\[object/);
  });

  it('takes className, as and headingLevel, and puts data-slot on its parts', () => {
    const { container } = render(
      <ModelCard model={fixtureModel('z-ai/glm-5.2')} className="mine" as="div" headingLevel={2} />,
    );
    const root = container.firstElementChild!;
    expect(root.tagName).toBe('DIV');
    expect(root).toHaveClass('mine');
    expect(root).toHaveAttribute('data-orm', '');
    expect(screen.getByRole('heading', { level: 2 })).toHaveAttribute('data-slot', 'model-card-name');
    for (const slot of [
      'model-card-name',
      'model-card-id',
      'model-card-copy',
      'model-card-prices',
      'model-card-badges',
      'model-card-modalities',
      'model-card-facts',
      'model-card-description',
    ]) {
      expect(container.querySelector(`[data-slot="${slot}"]`), slot).not.toBeNull();
    }
  });
});

describe('copying the id', () => {
  it('names each card’s button after its model, so that a grid of cards has no two alike', () => {
    render(
      <>
        <ModelCard model={fixtureModel('z-ai/glm-5.2')} />
        <ModelCard model={fixtureModel('openai/gpt-4o')} />
      </>,
    );
    const names = screen
      .getAllByRole('button', { name: /^copy id/i })
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      `Copy id of ${fixtureModel('z-ai/glm-5.2').name}`,
      `Copy id of ${fixtureModel('openai/gpt-4o').name}`,
    ]);
  });

  it('copies to the clipboard, says "Copied" and calls onCopyId', async () => {
    const user = userEvent.setup(); // installs a clipboard stub
    const onCopyId = vi.fn();
    const { container } = render(<ModelCard model={fixtureModel('z-ai/glm-5.2')} onCopyId={onCopyId} />);
    const button = screen.getByRole('button', { name: /copy id/i });
    expect(button).toHaveAttribute('data-state', 'idle');
    await user.click(button);
    expect(await navigator.clipboard.readText()).toBe('z-ai/glm-5.2');
    expect(onCopyId).toHaveBeenCalledWith('z-ai/glm-5.2');
    expect(button).toHaveAttribute('data-state', 'copied');
    expect(button).toHaveTextContent('Copied');
    expect(button).toHaveAccessibleName(`Copied the id of ${fixtureModel('z-ai/glm-5.2').name}`);
    expect(container.querySelector('[data-slot="model-card-copy-status"]')).toHaveTextContent('Copied');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
  });

  it('says so when there is no clipboard, and does not throw', async () => {
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      const onCopyId = vi.fn();
      render(<ModelCard model={fixtureModel('z-ai/glm-5.2')} onCopyId={onCopyId} />);
      fireEvent.click(screen.getByRole('button', { name: /copy id/i }));
      expect(await screen.findByText('Could not copy the id')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: /copy failed/i })).toHaveAttribute('data-state', 'failed');
      expect(onCopyId).not.toHaveBeenCalled();
    } finally {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});

describe('long descriptions', () => {
  it('are clamped with a toggle that says whether they are expanded', async () => {
    const user = userEvent.setup();
    const model = fixtureModel('z-ai/glm-5.2');
    expect(model.description!.length).toBeGreaterThan(180);
    const { container } = render(<ModelCard model={model} />);
    const description = container.querySelector('[data-slot="model-card-description"]')!;
    expect(description).toHaveAttribute('data-state', 'collapsed');
    const toggle = screen.getByRole('button', { name: /^Show more/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', description.id);
    await user.click(toggle);
    expect(description).toHaveAttribute('data-state', 'expanded');
    expect(screen.getByRole('button', { name: /^Show less/ })).toHaveAttribute('aria-expanded', 'true');
  });

  it('short ones are neither clamped nor toggled', () => {
    const { container } = render(
      <ModelCard model={{ ...fixtureModel('z-ai/glm-5.2'), description: 'A small, fast model.' }} />,
    );
    expect(container.querySelector('[data-slot="model-card-description"]')).not.toHaveAttribute('data-state');
    expect(screen.queryByRole('button', { name: /^Show more/ })).toBeNull();
  });
});

describe('hostile data', () => {
  const base = () => fixtureModel('z-ai/glm-5.2');

  it('renders an HTML name as text: no img element, no handler', () => {
    const name = '<img src=x onerror=alert(1)>';
    const { container } = render(<ModelCard model={{ ...base(), name }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(name);
    expect(container.innerHTML).not.toContain('<img');
  });

  it('renders a description with <script> as text', () => {
    const description = 'Nice model <script>window.__pwned = true</script><b onmouseover="alert(1)">bold</b>';
    const { container } = render(<ModelCard model={{ ...base(), description }} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[data-slot="model-card-description"]')).toHaveTextContent(description);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('keeps a 10,000-character name whole in the DOM, clamped by the stylesheet', () => {
    const name = 'A'.repeat(10_000);
    render(<ModelCard model={{ ...base(), name }} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toHaveLength(10_000);
    const css = readFileSync(path.resolve(HERE, '../../../src/components/model-card/model-card.css'), 'utf8');
    const rule = /\[data-slot='model-card-name'\]\s*\{[^}]*\}/.exec(css)?.[0] ?? '';
    expect(rule).toMatch(/line-clamp:\s*2/);
    expect(rule).toMatch(/overflow-wrap:\s*anywhere/);
  });

  it.each([
    'javascript:alert(1)',
    'javascript:alert(1)//a/b',
    'JavaScript:x/y',
    'data:text/html,<script>x</script>',
    '../../etc/passwd',
    'org/name?x=<y>',
    'a/b/c',
    ' org/name',
  ])('never builds a link from huggingFaceId %j', (huggingFaceId) => {
    const { container } = render(<ModelCard model={{ ...base(), huggingFaceId }} />);
    expect(container.querySelector('a')).toBeNull();
  });

  it('only ever renders http(s) hrefs', () => {
    const { container } = render(<ModelCard model={{ ...base(), huggingFaceId: 'org.name/model-1_2' }} />);
    const hrefs = Array.from(container.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://huggingface.co/org.name/model-1_2']);
  });

  it('renders hostile alias and id text as text', () => {
    const model: Model = {
      ...base(),
      id: '~evil/<svg onload=alert(1)>',
      aliasTarget: { slug: '<iframe src=javascript:alert(1)>', name: '<b>x</b>' },
    };
    const { container } = render(<ModelCard model={model} />);
    expect(container.querySelector('svg[onload], iframe, b')).toBeNull();
    expect(container.querySelector('[data-slot="model-card-id"]')).toHaveTextContent(
      '~evil/<svg onload=alert(1)>',
    );
  });
});

describe('safeHref', () => {
  it.each([
    ['https://huggingface.co/org/model', 'https://huggingface.co/org/model'],
    ['http://example.com/x', 'http://example.com/x'],
    ['  https://example.com  ', 'https://example.com/'],
  ])('keeps %j', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
    '/relative',
    '//host/x',
    'https://user:pw@evil.example',
    '',
    null,
    undefined,
  ])('rejects %j', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('formats token counts', () => {
    expect(formatTokenCount(128_000)).toBe('128K');
    expect(formatTokenCount(1_048_576)).toBe('1M');
    expect(formatTokenCount(2_000_000)).toBe('2M');
    expect(formatTokenCount(131_072)).toBe('131K');
    expect(formatTokenCount(999_999)).toBe('1M');
    expect(formatTokenCount(512)).toBe('512');
  });

  it('lists input and output prices even when unknown', () => {
    expect(modelPriceRows({ prompt: '', completion: 'abc' }).map((r) => r.text)).toEqual(['—', '—']);
  });
});

describe('ModelCardSkeleton', () => {
  it('is a hidden placeholder with the card slot and a loading state', () => {
    const { container } = render(<ModelCardSkeleton className="x" />);
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute('data-slot', 'model-card');
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(root).toHaveAttribute('aria-hidden', 'true');
    expect(root).toHaveClass('x');
  });
});

describe('accessibility (axe-core)', () => {
  it.each(['z-ai/glm-5.2', 'openrouter/auto', 'google/gemma-4-31b-it:free', 'google/gemini-3.5-flash'])(
    'finds no violation in the card of %s',
    async (id) => {
      const { container } = render(
        <main>
          <ModelCard model={fixtureModel(id)} />
        </main>,
      );
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it('finds no violation with a retirement warning, an alias and tiers', async () => {
    const model = fixtureModel('openai/gpt-5.2-chat');
    model.pricing.overrides = [{ minPromptTokens: 200_000, prompt: '0.000006', completion: '0.0000225' }];
    const { container } = render(
      <main>
        <ModelCard
          model={{
            ...model,
            aliasTarget: { slug: 'openai/gpt-5.2', name: 'OpenAI: GPT-5.2' },
            expirationDate: '2030-01-01',
          }}
        />
        <ModelCardSkeleton />
      </main>,
    );
    expect(within(container).getByText(/Retires on/)).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});
