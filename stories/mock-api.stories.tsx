import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect } from 'storybook/test';

/**
 * Proves that the mock API is served in the browser by MSW's service worker, with no
 * network and no key: a plain `fetch` to openrouter.ai is answered from the fixture.
 */
function MockApiProbe() {
  const [state, setState] = useState<
    | { status: 'loading' }
    | { status: 'ok'; count: number; total: number }
    | { status: 'error'; message: string }
  >({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch('https://openrouter.ai/api/v1/models?output_modalities=all', { signal: controller.signal })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const body = (await res.json()) as { data: unknown[]; total_count?: number };
        setState({ status: 'ok', count: body.data.length, total: body.total_count ?? body.data.length });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, []);
  return (
    <section aria-live="polite" data-state={state.status}>
      <h1>Mock API</h1>
      {state.status === 'loading' && <p>Loading models…</p>}
      {state.status === 'ok' && (
        <p>
          <strong data-testid="model-count">{state.count} models</strong> from{' '}
          <code>GET /models?output_modalities=all</code> (total_count {state.total}).
        </p>
      )}
      {state.status === 'error' && <p role="alert">The mock API did not answer: {state.message}</p>}
    </section>
  );
}

const meta = {
  title: 'Infrastructure/Mock API',
  component: MockApiProbe,
} satisfies Meta<typeof MockApiProbe>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 337 models: every entry of the 2026-06-16 fixture. */
export const ServesTheFixture: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('337 models', {}, { timeout: 10_000 })).toBeVisible();
  },
};
