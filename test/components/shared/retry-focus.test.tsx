import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { createOpenRouterClient } from '../../../src/core';
import { DEFAULT_BASE_URL } from '../../../src/core/client';
import { OpenRouterProvider } from '../../../src/hooks';
import { FilterPanel } from '../../../src/components/filter-panel/filter-panel';
import { ModelCount } from '../../../src/components/model-count/model-count';
import { ModelPicker } from '../../../src/components/model-picker/model-picker';
import { createModelsHandlers } from '../../../src/mock';

// "Try again" after a failure: while the retry runs (here: held until the test lets it go),
// the failure and its button stay, marked busy, and the focus stays on the button.
let mode: 'fail' | 'hold' | 'ok' = 'fail';
const held: Array<() => void> = [];
async function failOrHold() {
  if (mode === 'ok') return undefined;
  if (mode === 'hold') await new Promise<void>((r) => held.push(r));
  if ((mode as string) === 'ok') return undefined;
  return HttpResponse.json({ error: { code: 500, message: 'Internal Server Error' } }, { status: 500 });
}
const server = setupServer(http.get(`${DEFAULT_BASE_URL}/models*`, failOrHold), ...createModelsHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  mode = 'fail';
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderWithClient(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createOpenRouterClient({ retries: { strategy: 'none' } });
  return render(
    <QueryClientProvider client={queryClient}>
      <OpenRouterProvider client={client}>{ui}</OpenRouterProvider>
    </QueryClientProvider>,
  );
}

async function retryKeepsFocus(name: RegExp, recovered: () => void) {
  const user = userEvent.setup();
  const button = await screen.findByRole('button', { name });
  button.focus();
  mode = 'hold';
  await user.keyboard('{Enter}');
  // Retrying: the same button, busy, still focused; pressing it again does nothing.
  await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'true'));
  expect(button).toHaveFocus();
  expect(button).toHaveAttribute('aria-busy', 'true');
  expect(button).toHaveTextContent(/retrying/i);
  await delay(100);
  expect(button).toBeInTheDocument();
  expect(button).toHaveFocus();
  // The retry succeeds: the data replaces the failure.
  mode = 'ok';
  held.splice(0).forEach((r) => r());
  await waitFor(recovered);
}

describe('"Try again" keeps the focus while it retries', () => {
  it('ModelPicker list', async () => {
    renderWithClient(
      <ModelPicker storage={null} defaultOpen serverSearch={false} queryOptions={{ retry: false }} />,
    );
    await retryKeepsFocus(/try again/i, () =>
      expect(screen.getAllByRole('option').length).toBeGreaterThan(0),
    );
  });

  it('FilterPanel match count', async () => {
    renderWithClient(<FilterPanel queryOptions={{ retry: false }} />);
    await retryKeepsFocus(/try again/i, () =>
      expect(document.querySelector('[data-slot=filter-panel-match-count]')).toHaveAttribute(
        'data-state',
        'idle',
      ),
    );
  });

  it('ModelCount', async () => {
    renderWithClient(<ModelCount queryOptions={{ retry: false }} />);
    await retryKeepsFocus(/retry/i, () =>
      expect(document.querySelector('[data-slot=model-count-value]')).toHaveTextContent(/\d+ models/),
    );
  });
});
