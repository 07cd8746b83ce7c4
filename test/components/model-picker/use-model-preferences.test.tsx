import { act, render, renderHook, screen } from '@testing-library/react';
import {
  useModelPreferences,
  type PreferenceStorage,
} from '../../../src/components/model-picker/use-model-preferences';

const storageWith = (
  init: Record<string, string> = {},
): PreferenceStorage & { data: Map<string, string> } => {
  const data = new Map(Object.entries(init));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

function Favourites({ storage, label }: { storage?: PreferenceStorage | null; label: string }) {
  const p = useModelPreferences({ storage });
  return <p data-testid={label}>{p.favourites.join(',')}</p>;
}

describe('useModelPreferences', () => {
  it('two pickers with one storage key and different storages each show their own (no render loop)', () => {
    const a = storageWith({ 'react-openrouter-models:favourites': '["openai/gpt-4o"]' });
    const b = storageWith({ 'react-openrouter-models:favourites': '["anthropic/claude-sonnet-4"]' });
    render(
      <>
        <Favourites storage={a} label="a" />
        <Favourites storage={b} label="b" />
        <Favourites storage={null} label="memory" />
      </>,
    );
    expect(screen.getByTestId('a')).toHaveTextContent('openai/gpt-4o');
    expect(screen.getByTestId('b')).toHaveTextContent('anthropic/claude-sonnet-4');
    expect(screen.getByTestId('memory')).toHaveTextContent('');
  });

  it('localStorage beside storage={null}, with a favourite kept from an earlier visit', () => {
    localStorage.setItem('react-openrouter-models:favourites', '["openai/gpt-4o"]');
    try {
      render(
        <>
          <Favourites label="local" />
          <Favourites storage={null} label="memory" />
        </>,
      );
      expect(screen.getByTestId('local')).toHaveTextContent('openai/gpt-4o');
      expect(screen.getByTestId('memory')).toHaveTextContent('');
    } finally {
      localStorage.clear();
    }
  });

  it('a write the storage refuses (quota) is kept in memory, and the next write that succeeds replaces it', () => {
    let full = true;
    const data = new Map<string, string>();
    const storage: PreferenceStorage = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        data.set(k, v);
      },
    };
    const { result } = renderHook(() => useModelPreferences({ storage, storageKey: 'quota' }));
    act(() => result.current.toggleFavourite('openai/gpt-4o'));
    expect(result.current.favourites).toEqual(['openai/gpt-4o']);
    act(() => result.current.toggleFavourite('anthropic/claude-sonnet-4'));
    expect(result.current.favourites).toEqual(['openai/gpt-4o', 'anthropic/claude-sonnet-4']);
    expect(data.size).toBe(0);
    full = false;
    act(() => result.current.addRecent('openai/gpt-4o'));
    act(() => result.current.toggleFavourite('openai/gpt-4o'));
    expect(result.current.favourites).toEqual(['anthropic/claude-sonnet-4']);
    expect(JSON.parse(data.get('quota:favourites')!)).toEqual(['anthropic/claude-sonnet-4']);
    expect(JSON.parse(data.get('quota:recents')!)).toEqual(['openai/gpt-4o']);
  });
});
