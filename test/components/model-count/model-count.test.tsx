import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ModelCount, formatModelCount } from '../../../src/components/model-count/model-count';
import { RefreshIndicator } from '../../../src/components/shared/state-views';
import { DEFAULT_BASE_URL } from '../../../src/core/client';
import { createModelsHandlers, mockErrorResponse, mockFailure, mockModels } from '../../../src/mock';

const requests: URL[] = [];
const server = setupServer(...createModelsHandlers());
server.events.on('request:start', ({ request }) => {
  requests.push(new URL(request.url));
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
  vi.useRealTimers();
});
afterAll(() => server.close());

function renderWithClient(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
  return { queryClient, ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>) };
}

const root = (container: HTMLElement) => container.querySelector('[data-slot="model-count"]')!;

describe('ModelCount', () => {
  it("counts with any filter of the list (a FilterPanel's), through the list query, not the count endpoint", async () => {
    const free = mockModels.filter(
      (m) =>
        Number(m.pricing?.prompt) === 0 &&
        Number(m.pricing?.completion) === 0 &&
        (m.architecture?.output_modalities ?? []).includes('text'),
    );
    const { container } = renderWithClient(<ModelCount filters={{ maxPrice: 0, maxOutputPrice: 0 }} />);
    await waitFor(() => expect(root(container)).toHaveAttribute('data-state', 'ready'));
    expect(root(container)).toHaveTextContent(formatModelCount(free.length));
    expect(requests.map((u) => u.pathname.split('/').pop())).toEqual(['models']);
    expect(requests[0].searchParams.get('max_price')).toBe('0');
  });

  it('asks the count endpoint for output modalities alone', async () => {
    const { container } = renderWithClient(<ModelCount filters={{ outputModalities: 'all' }} />);
    await waitFor(() => expect(root(container)).toHaveAttribute('data-state', 'ready'));
    expect(root(container)).toHaveTextContent(formatModelCount(mockModels.length));
    expect(requests.map((u) => u.pathname.split('/').pop())).toEqual(['count']);
  });

  it('shows a skeleton, then the count of the mock API as "N models"', async () => {
    const { container } = renderWithClient(<ModelCount className="count" />);
    expect(root(container)).toHaveAttribute('data-state', 'loading');
    expect(root(container)).toHaveClass('count');
    expect(container.querySelector('[data-slot="skeleton"]')).not.toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Counting models…');

    // The default (text output) count of the fixture: every model there has text output.
    const expected = mockModels.filter((m) => m.architecture?.output_modalities?.includes('text')).length;
    expect(await screen.findByText(`${expected} models`)).toBeInTheDocument();
    expect(root(container)).toHaveAttribute('data-state', 'ready');
    expect(container.querySelector('[data-slot="skeleton"]')).toBeNull();
    expect(requests.map((u) => u.pathname)).toEqual(['/api/v1/models/count']);
  });

  it('with announce={false}, is no live region of its own (for a sentence that is one)', async () => {
    renderWithClient(
      <p role="status" aria-atomic="true">
        Showing 26 of <ModelCount announce={false} />
      </p>,
    );
    const expected = mockModels.filter((m) => m.architecture?.output_modalities?.includes('text')).length;
    expect(await screen.findByText(`${expected} models`)).toBeInTheDocument();
    // One status: the sentence, read as one.
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent(`Showing 26 of ${expected} models`);
  });

  it('sends the filters on the wire', async () => {
    renderWithClient(<ModelCount filters={{ outputModalities: 'all' }} />);
    await screen.findByText(/\d models$/);
    expect(requests[0]!.searchParams.get('output_modalities')).toBe('all');
  });

  it('formats with Intl.NumberFormat and takes a custom format', async () => {
    expect(formatModelCount(1204)).toBe('1,204 models');
    expect(formatModelCount(1)).toBe('1 model');
    expect(formatModelCount(0)).toBe('0 models');
    server.use(http.get(`${DEFAULT_BASE_URL}/models/count`, () => Response.json({ data: { count: 12345 } })));
    const { container } = renderWithClient(<ModelCount format={(n) => <strong>{n} found</strong>} />);
    expect(await screen.findByText('12345 found')).toBeInTheDocument();
    expect(container.querySelector('strong')).toHaveTextContent('12345 found');
  });

  it('shows a short error with a retry, and recovers', async () => {
    const user = userEvent.setup();
    // A 400 is not retried by the query policy, so the error shows at once.
    server.use(
      http.get(
        `${DEFAULT_BASE_URL}/models/count`,
        () => mockErrorResponse(400, 'Invalid output_modalities'),
        { once: true },
      ),
    );
    const { container } = renderWithClient(<ModelCount />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Count unavailable: Request failed');
    expect(root(container)).toHaveAttribute('data-state', 'error');
    expect(alert.querySelector('[data-slot="model-count-error-text"]')).toHaveAttribute(
      'title',
      expect.stringContaining('Invalid output_modalities'),
    );

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/^\d+ models$/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(root(container)).toHaveAttribute('data-state', 'ready');
    expect(requests).toHaveLength(2);
  });

  it('says why after the query gave up retrying a 500', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    server.use(mockFailure({ kind: '500', path: '/models/count' }));
    const { container } = renderWithClient(<ModelCount />);
    expect(root(container)).toHaveAttribute('data-state', 'loading');
    // The query retries a 500 three times with backoff before it reports the error.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('Count unavailable: OpenRouter is having trouble'),
    );
    expect(requests).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('passes queryOptions to the hook (retry: false shows a 500 at once)', async () => {
    server.use(mockFailure({ kind: '500', path: '/models/count' }));
    renderWithClient(<ModelCount queryOptions={{ retry: false }} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('OpenRouter is having trouble');
    expect(requests).toHaveLength(1);
  });

  it('has no axe violations with data and with an error', async () => {
    server.use(
      http.get(`${DEFAULT_BASE_URL}/models/count`, () => mockErrorResponse(400, 'Bad'), { once: true }),
    );
    const { container } = renderWithClient(
      <main>
        <p>
          <ModelCount />
        </p>
        <p>
          <ModelCount filters={{ outputModalities: 'all' }} />
        </p>
      </main>,
    );
    await screen.findByRole('alert');
    await screen.findByText(/^\d+ models$/);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('RefreshIndicator', () => {
  it('is not announced unless asked: the result that follows is', () => {
    const { rerender, container } = render(<RefreshIndicator active label="Updating the count…" />);
    // Only a dot: no text that a live region around it would read out.
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<RefreshIndicator active announce label="Updating the count…" />);
    expect(screen.getByRole('status')).toHaveTextContent('Updating the count…');
  });
});
