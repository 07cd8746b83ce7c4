import { act, renderHook, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useUrlModelsState } from '../../src/hooks/use-url-models-state';

const go = (url: string) => window.history.replaceState(null, '', url);
const back = async () => {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  window.history.back();
  await popped;
};
const forward = async () => {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  window.history.forward();
  await popped;
};

describe('useUrlModelsState', () => {
  beforeEach(() => go('/catalogue?tab=models&input_modalities=image&max_price=cheap#top'));
  afterEach(() => go('/'));

  it('reads the URL, reporting what it could not read', () => {
    const { result } = renderHook(() => useUrlModelsState());
    expect(result.current.state).toEqual({ filters: { inputModalities: ['image'] } });
    expect(result.current.dropped).toEqual([
      { param: 'max_price', value: 'cheap', reason: 'maxPrice must be a number' },
    ]);
  });

  it('push adds a history entry, replace rewrites it; the app’s parameters and the hash stay', () => {
    const { result } = renderHook(() => useUrlModelsState());
    const before = window.history.length;
    act(() => result.current.setState((s) => ({ ...s, sort: 'newest' })));
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toBe('?tab=models&input_modalities=image&sort=newest');
    expect(window.location.hash).toBe('#top');
    expect(result.current.state).toEqual({ filters: { inputModalities: ['image'] }, sort: 'newest' });

    for (const q of ['c', 'cl', 'claude'])
      act(() => result.current.setState((s) => ({ ...s, q }), { history: 'replace' }));
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toBe('?tab=models&input_modalities=image&q=claude&sort=newest');
    expect(result.current.state.q).toBe('claude');
    // The same state again writes nothing.
    act(() => result.current.setState((s) => s));
    expect(window.history.length).toBe(before + 1);
  });

  it('Back and Forward restore the state (popstate); every hook on the page follows', async () => {
    const first = renderHook(() => useUrlModelsState());
    const second = renderHook(() => useUrlModelsState());
    act(() => first.result.current.setState({ filters: { modelAuthors: ['anthropic'] }, sort: 'newest' }));
    expect(second.result.current.state).toEqual({ filters: { modelAuthors: ['anthropic'] }, sort: 'newest' });
    act(() => first.result.current.setState((s) => ({ ...s, filters: { ...s.filters, zdr: true } })));
    expect(second.result.current.state.filters).toEqual({ modelAuthors: ['anthropic'], zdr: true });

    await act(back);
    await waitFor(() =>
      expect(first.result.current.state).toEqual({
        filters: { modelAuthors: ['anthropic'] },
        sort: 'newest',
      }),
    );
    expect(second.result.current.state).toEqual(first.result.current.state);
    await act(back);
    await waitFor(() =>
      expect(first.result.current.state).toEqual({ filters: { inputModalities: ['image'] } }),
    );
    await act(forward);
    await waitFor(() =>
      expect(first.result.current.state).toEqual({
        filters: { modelAuthors: ['anthropic'] },
        sort: 'newest',
      }),
    );
  });

  it('holds the open details: details= in the URL, its own entry, dropped with a reason when not a model id', async () => {
    // A fresh entry, so no Forward entries of an earlier test are cut off by the push below.
    window.history.pushState(null, '', window.location.href);
    const { result } = renderHook(() => useUrlModelsState());
    const before = window.history.length;
    act(() => result.current.setState((s) => ({ ...s, details: 'anthropic/claude-sonnet-4.5' })));
    expect(window.location.search).toBe(
      '?tab=models&input_modalities=image&details=anthropic/claude-sonnet-4.5',
    );
    expect(window.history.length).toBe(before + 1);
    expect(result.current.state).toEqual({
      filters: { inputModalities: ['image'] },
      details: 'anthropic/claude-sonnet-4.5',
    });
    act(() => result.current.setState(({ details: _d, ...s }) => s, { history: 'replace' }));
    expect(window.location.search).toBe('?tab=models&input_modalities=image');
    expect(window.history.length).toBe(before + 1);

    act(() => result.current.setState((s) => ({ ...s, details: 'openai/gpt-4o:free' })));
    await act(back);
    await waitFor(() => expect(result.current.state.details).toBeUndefined());
    await act(forward);
    await waitFor(() => expect(result.current.state.details).toBe('openai/gpt-4o:free'));

    go('/catalogue?details=..%2Fx&zdr=true');
    const read = renderHook(() => useUrlModelsState());
    expect(read.result.current.state).toEqual({ filters: { zdr: true } });
    expect(read.result.current.dropped).toEqual([
      { param: 'details', value: '../x', reason: 'Invalid author: must not contain ".."' },
    ]);
  });

  it('a router that patches the history (Next.js App Router) is told of each write, its state kept', () => {
    // As Next's App Router does: a write whose state carries its `__NA` marker is its own and goes
    // straight through; any other is taken in (its router learns the URL) and gets the marker back.
    const taken: string[] = [];
    const original = { push: window.history.pushState, replace: window.history.replaceState };
    const patch =
      (write: History['pushState'], kind: string): History['pushState'] =>
      (data: unknown, unused, url) => {
        const own = (data as { __NA?: boolean } | null)?.__NA;
        if (!own) taken.push(`${kind} ${String(url)}`);
        write.call(window.history, own ? data : { ...(data as object), __NA: true }, unused, url);
      };
    window.history.replaceState({ __NA: true, tree: 'catalogue', app: 1 }, '', window.location.href);
    window.history.pushState = patch(original.push, 'push');
    window.history.replaceState = patch(original.replace, 'replace');
    try {
      const { result } = renderHook(() => useUrlModelsState());
      act(() => result.current.setState((s) => ({ ...s, sort: 'newest' })));
      act(() => result.current.setState((s) => ({ ...s, q: 'claude' }), { history: 'replace' }));
      expect(taken).toEqual([
        'push /catalogue?tab=models&input_modalities=image&sort=newest#top',
        'replace /catalogue?tab=models&input_modalities=image&q=claude&sort=newest#top',
      ]);
      expect(window.history.state).toMatchObject({ __NA: true, tree: 'catalogue', app: 1 });
    } finally {
      window.history.pushState = original.push;
      window.history.replaceState = original.replace;
    }
  });

  it('another router’s history state is written back as it was (with the URL a push came from)', () => {
    const before = window.location.pathname + window.location.search + window.location.hash;
    window.history.replaceState({ usr: null, key: 'k1', idx: 3 }, '', window.location.href);
    const { result } = renderHook(() => useUrlModelsState());
    act(() => result.current.setState((s) => ({ ...s, sort: 'newest' })));
    expect(window.history.state).toEqual({
      usr: null,
      key: 'k1',
      idx: 3,
      'react-openrouter-models:from': before,
    });
  });

  it('a replace back to the URL this entry was pushed from goes back instead (no second copy of that entry)', async () => {
    go('/catalogue?tab=models&input_modalities=image#top');
    const { result } = renderHook(() => useUrlModelsState());
    const start = window.location.search;
    const length = window.history.length;
    act(() => result.current.setState((s) => ({ ...s, details: 'openai/gpt-4o' })));
    expect(window.history.length).toBe(length + 1);
    // Another replace first (typing while the dialog is open) keeps the entry's origin.
    act(() => result.current.setState((s) => ({ ...s, q: 'gpt' }), { history: 'replace' }));
    act(() => result.current.setState((s) => ({ ...s, q: undefined }), { history: 'replace' }));
    expect(window.location.search).toContain('details=openai/gpt-4o');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    act(() => result.current.setState(({ details: _d, ...s }) => s, { history: 'replace' }));
    await act(() => popped);
    expect(window.location.search).toBe(start);
    expect(result.current.state.details).toBeUndefined();
    // Back went to the entry it was pushed from: no entry was added or rewritten into a copy.
    expect(window.history.length).toBe(length + 1);
    expect(window.history.state?.['react-openrouter-models:from']).toBeUndefined();
    // A replace to any other URL rewrites the entry, as before.
    act(() => result.current.setState((s) => ({ ...s, sort: 'newest' }), { history: 'replace' }));
    expect(window.location.search).toContain('sort=newest');
  });

  it('enabled: false leaves the URL alone', () => {
    const { result } = renderHook(() => useUrlModelsState({ enabled: false }));
    expect(result.current.state).toEqual({ filters: {} });
    act(() => result.current.setState({ filters: { zdr: true } }));
    expect(window.location.search).toBe('?tab=models&input_modalities=image&max_price=cheap');
  });

  it.each([
    ['a search string', '?sort=newest&model_authors=openai'],
    ['URLSearchParams', new URLSearchParams('sort=newest&model_authors=openai&tab=2')],
    ["Next.js's searchParams record", { sort: 'newest', model_authors: ['openai'], tab: undefined }],
  ])('renders on a server from serverSearch as %s (no window read)', (_label, serverSearch) => {
    function Page() {
      const { state } = useUrlModelsState({ serverSearch });
      return <pre>{JSON.stringify(state)}</pre>;
    }
    const html = renderToString(<Page />);
    expect(html).toContain(
      JSON.stringify({ filters: { modelAuthors: ['openai'] }, sort: 'newest' }).replace(/"/g, '&quot;'),
    );
  });
});
