import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { useCallback, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { expect } from 'storybook/test';
import { ModelCard, ModelCardSkeleton } from '../src/components/model-card/model-card';
import { parseModel } from '../src/core/parse';
import type { Model } from '../src/core/types';
import { mockModels } from '../src/mock';
import { createModelResolver } from '../src/mock/create-model-resolver';
import '../src/styles/index.css';

/** A model of the real 2026-06-16 fixture, parsed as the client parses it. */
function fixtureModel(id: string): Model {
  const raw = mockModels.find((m) => m.id === id);
  const model = raw ? parseModel(raw) : undefined;
  if (!model) throw new Error(`No model ${id} in the fixture`);
  return model;
}

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** Cards are read at card width; `parameters.fullWidth` lets a story lay out its own grid. */
const narrow: Decorator = (Story, context) =>
  context.parameters.fullWidth ? (
    <Story />
  ) : (
    <div style={{ maxWidth: 400 }}>
      <Story />
    </div>
  );

/**
 * One model, everything a person needs to choose it. The card is pure: pass it a `Model`
 * from `useModels` / `useModel`; it fetches nothing. Every story here shows a real model of
 * the 2026-06-16 fixture (unless its name says otherwise).
 */
const meta = {
  title: 'Components/ModelCard',
  component: ModelCard,
  tags: ['autodocs'],
  decorators: [narrow],
  argTypes: {
    model: { control: false },
    as: { control: 'inline-radio', options: ['article', 'div'] },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6] },
  },
} satisfies Meta<typeof ModelCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A cheap open model: prices per million tokens, Hugging Face link, capabilities. */
export const Cheap: Story = {
  args: { model: fixtureModel('meta-llama/llama-3.1-8b-instruct') },
};

/** A flagship with a 1M context, cache pricing, reasoning and tools. */
export const Flagship: Story = {
  args: { model: fixtureModel('z-ai/glm-5.2') },
};

/** Actions of your own (its children): at the card's bottom edge, inside its border. */
export const WithActions: Story = {
  args: {
    model: fixtureModel('z-ai/glm-5.2'),
    children: (
      <button type="button" onClick={() => {}}>
        Choose
      </button>
    ),
  },
  play: async ({ canvas }) => {
    const card = canvas.getByRole('article', { name: 'Z.ai: GLM 5.2' });
    const choose = canvas.getByRole('button', { name: 'Choose' });
    await expect(card.lastElementChild).toContainElement(choose);
    const c = card.getBoundingClientRect();
    const b = choose.getBoundingClientRect();
    await expect(b.bottom).toBeLessThan(c.bottom);
    await expect(b.left).toBeGreaterThan(c.left);
  },
};

/** A `:free` variant: prices read "Free", with a Free badge. */
export const Free: Story = {
  args: { model: fixtureModel('google/gemma-4-31b-it:free') },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('Free').length).toBeGreaterThanOrEqual(2);
  },
};

/** A router: the price depends on the routed model ("Variable"); it can also output images. */
export const RouterVariablePrice: Story = {
  args: { model: fixtureModel('openrouter/auto') },
};

/** Image output, with web search priced per search. */
export const ImageOutput: Story = {
  args: { model: fixtureModel('google/gemini-2.5-flash-image') },
};

/** Many prices: cache read and write, audio input, web search per search. */
export const ManyPrices: Story = {
  args: { model: fixtureModel('google/gemini-3.5-flash') },
};

/**
 * Long-context price tiers from `pricing.overrides`. The fixture has no model with
 * overrides yet, so this one adds the tier Gemini Pro documents (above 200K prompt tokens)
 * to the real `google/gemini-3.1-pro-preview` entry.
 */
export const LongContextTiers: Story = {
  args: {
    model: (() => {
      const model = fixtureModel('google/gemini-3.1-pro-preview');
      return {
        ...model,
        pricing: {
          ...model.pricing,
          overrides: [
            {
              minPromptTokens: 200_000,
              prompt: '0.000004',
              completion: '0.000018',
              inputCacheRead: '0.0000004',
            },
          ],
        },
      };
    })(),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/\$4\.00\/M in, \$18\.00\/M out/)).toBeVisible();
  },
};

/** A `~…-latest` alias names its target (as the mock API adds `alias_target`). */
export const Alias: Story = {
  args: {
    model: (() => {
      const id = '~anthropic/claude-sonnet-latest';
      const target = createModelResolver(mockModels).aliasTargetOf(id);
      return { ...fixtureModel(id), ...(target ? { aliasTarget: target } : {}) };
    })(),
  },
};

/** `openai/gpt-5.2-chat` with its real expiration date (2026-08-10). */
export const Retired: Story = {
  args: { model: fixtureModel('openai/gpt-5.2-chat') },
};

/** The same model with an expiration date 45 days from today: "Retires on …". */
export const RetiringSoon: Story = {
  args: { model: { ...fixtureModel('openai/gpt-5.2-chat'), expirationDate: inDays(45) } },
};

/**
 * Hostile data (not from the fixture): HTML in the name and description renders as text,
 * a `javascript:` Hugging Face id never becomes a link, and a very long name is clamped.
 */
export const HostileText: Story = {
  args: {
    model: {
      ...fixtureModel('z-ai/glm-5.2'),
      id: 'evil/<svg onload=alert(1)>',
      name: `<img src=x onerror=alert(1)> ${'Extremely long model name '.repeat(40)}`,
      description:
        'Totally normal model. <script>alert("xss")</script> <b onmouseover="alert(1)">Hover me</b> [click](javascript:alert(1))',
      huggingFaceId: 'javascript:alert(1)',
    },
  },
  play: async ({ canvasElement, canvas }) => {
    await expect(canvasElement.querySelector('img, script, b')).toBeNull();
    await expect(canvasElement.querySelector('a')).toBeNull();
    await expect(canvas.getByRole('heading', { level: 3 }).textContent).toContain(
      '<img src=x onerror=alert(1)>',
    );
  },
};

/** While a model loads. */
export const Skeleton: Story = {
  args: { model: fixtureModel('z-ai/glm-5.2') },
  render: () => <ModelCardSkeleton />,
};

const GALLERY = [
  'z-ai/glm-5.2',
  'google/gemma-4-31b-it:free',
  'openrouter/auto',
  'google/gemini-3.5-flash',
  'meta-llama/llama-3.1-8b-instruct',
  'anthropic/claude-opus-4.8',
];

/** Several cards in a responsive grid, as a catalogue page shows them. */
export const Gallery: Story = {
  args: { model: fixtureModel('z-ai/glm-5.2') },
  parameters: { layout: 'padded', fullWidth: true },
  render: () => (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))',
        gap: 16,
        width: 'min(1100px, 90vw)',
      }}
    >
      {GALLERY.map((id) => (
        <ModelCard key={id} model={fixtureModel(id)} />
      ))}
      <ModelCardSkeleton />
    </div>
  ),
};

/** Dark theme through the tokens (`data-theme="dark"` on an ancestor). */
export const Dark: Story = {
  args: { model: fixtureModel('google/gemini-3.5-flash') },
  render: (args) => (
    <div
      data-theme="dark"
      style={{ colorScheme: 'dark', background: 'var(--orm-bg)', padding: 16, borderRadius: 12 }}
    >
      <ModelCard {...args} />
    </div>
  ),
};

/** Renders its children in a shadow root, where the page's stylesheets do not reach. */
function WithoutStylesheet({ children }: { children: ReactNode }) {
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  const attach = useCallback((host: HTMLDivElement | null) => {
    if (host) setRoot(host.shadowRoot ?? host.attachShadow({ mode: 'open' }));
  }, []);
  return <div ref={attach}>{root && createPortal(children, root)}</div>;
}

/** No stylesheet at all (rendered in a shadow root): the card still reads top to bottom. */
export const Unstyled: Story = {
  args: { model: fixtureModel('z-ai/glm-5.2') },
  render: (args) => (
    <WithoutStylesheet>
      <ModelCard {...args} />
    </WithoutStylesheet>
  ),
};
