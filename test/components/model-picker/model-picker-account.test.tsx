import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ModelPicker } from '../../../src/components/model-picker/model-picker';
import { createModelsHandlers, mockErrorResponse, mockModels } from '../../../src/mock';
import { DEFAULT_BASE_URL } from '../../../src/core/client';

/** The account's models: three text models (what `GET /models/user` answers in this test). */
const userModels = mockModels
  .filter((m) => m.architecture?.output_modalities?.includes('text') && !m.id.endsWith(':free'))
  .slice(0, 3);
const BEARER = 'sk-or-v1-user-token';

const requests: { url: URL; auth: string | null }[] = [];
const server = setupServer(...createModelsHandlers({ userModels }));
server.events.on('request:start', ({ request }) => {
  requests.push({ url: new URL(request.url), auth: request.headers.get('authorization') });
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

function renderPicker(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  return { queryClient, ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>) };
}

const SIGN_IN = 'Sign in to see the models your account can use';

describe('ModelPicker, scope="user"', () => {
  it('with a bearer: lists GET /models/user (sent with the bearer), not /models; no filters or sort', async () => {
    const user = userEvent.setup();
    renderPicker(<ModelPicker scope="user" bearer={BEARER} storage={null} />);
    await user.click(screen.getByRole('button', { name: /choose a model/i }));
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(userModels.length));
    for (const [i, m] of userModels.entries())
      expect(screen.getAllByRole('option')[i]).toHaveTextContent(m.name);
    expect(screen.getByText(`${userModels.length} models`)).toBeInTheDocument();
    const paths = requests.map((r) => r.url.pathname);
    expect(paths).toContain('/api/v1/models/user');
    expect(paths).not.toContain('/api/v1/models');
    for (const r of requests.filter((r) => r.url.pathname === '/api/v1/models/user')) {
      expect(r.auth).toBe(`Bearer ${BEARER}`);
      expect(r.url.href).not.toContain(BEARER);
    }
    // Neither the server's filters nor its sort: /models/user takes neither.
    expect(screen.queryByRole('button', { name: /^Filters/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /sort/i })).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(BEARER);
  });

  it('searches locally only (no q sent anywhere)', async () => {
    const user = userEvent.setup();
    renderPicker(<ModelPicker scope="user" bearer={BEARER} storage={null} />);
    await user.click(screen.getByRole('button', { name: /choose a model/i }));
    const input = await screen.findByRole('combobox', { name: /search models/i });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(userModels.length));
    const target = userModels[1]!;
    await user.type(input, target.name);
    await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveTextContent(target.name));
    // Past the server search's delay: still nothing sent with q.
    await act(() => new Promise((r) => setTimeout(r, 450)));
    expect(requests.every((r) => !r.url.searchParams.has('q'))).toBe(true);
    expect(requests.every((r) => r.url.pathname === '/api/v1/models/user')).toBe(true);
  });

  it('choosing a model works', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    renderPicker(<ModelPicker scope="user" bearer={BEARER} storage={null} onValueChange={onValueChange} />);
    await user.click(screen.getByRole('button', { name: /choose a model/i }));
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(userModels.length));
    const target = userModels[2]!;
    await user.click(screen.getAllByRole('option')[2]!);
    expect(onValueChange).toHaveBeenCalledWith(target.id);
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: /choose a model|model/i })).toHaveTextContent(target.name);
  });

  it('without any token: "Sign in…" in the list area, no request, and the trigger still works', async () => {
    const user = userEvent.setup();
    renderPicker(<ModelPicker scope="user" storage={null} />);
    const trigger = screen.getByRole('button', { name: /choose a model/i });
    await user.click(trigger);
    const state = await screen.findByText(SIGN_IN);
    expect(state.closest('[data-slot="empty-state"]')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /try again/i })).not.toBeInTheDocument();
    expect(screen.getByRole('listbox')).toHaveAttribute('data-state', 'sign-in');
    expect(screen.getByText('Not signed in')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
    // Closes with Escape and opens again.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByText(SIGN_IN)).not.toBeInTheDocument());
    await user.click(trigger);
    expect(await screen.findByText(SIGN_IN)).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('a 401 from the server: "Sign in…", not the error wall', async () => {
    server.use(http.get(`${DEFAULT_BASE_URL}/models/user`, () => mockErrorResponse(401, 'Invalid token')));
    const user = userEvent.setup();
    renderPicker(<ModelPicker scope="user" bearer="expired-token" storage={null} />);
    await user.click(screen.getByRole('button', { name: /choose a model/i }));
    expect(await screen.findByText(SIGN_IN)).toBeInTheDocument();
    expect(requests.map((r) => r.url.pathname)).toEqual(['/api/v1/models/user']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /try again/i })).not.toBeInTheDocument();
    expect(within(screen.getByRole('dialog')).queryAllByRole('option')).toHaveLength(0);
  });
});
