import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useControllableProp } from '../../../src/components/shared/use-controllable-prop';

type Params = { passed: boolean; prop: string | undefined };

describe('useControllableProp', () => {
  it('is controlled whenever the prop is passed, even as undefined', () => {
    const onChange = vi.fn();
    const initialProps: Params = { passed: true, prop: 'b' };
    const { result, rerender } = renderHook(
      ({ passed, prop }: Params) =>
        useControllableProp<string | undefined>({ passed, prop, defaultProp: 'a', onChange }),
      { initialProps },
    );
    expect(result.current[0]).toBe('b');
    rerender({ passed: true, prop: undefined });
    expect(result.current[0]).toBeUndefined();
    act(() => result.current[1]('c'));
    // Controlled: the parent decides; the value stays until it does.
    expect(onChange).toHaveBeenCalledWith('c');
    expect(result.current[0]).toBeUndefined();
    act(() => result.current[1](undefined));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('holds the value itself when the prop is not passed, and says when it changes', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() =>
      useControllableProp<string | undefined>({ passed: false, prop: undefined, defaultProp: 'a', onChange }),
    );
    expect(result.current[0]).toBe('a');
    act(() => result.current[1](undefined));
    expect(result.current[0]).toBeUndefined();
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('b');
    expect(onChange).toHaveBeenLastCalledWith('b');
  });
});
