'use client';
import { useCallback } from 'react';
import { useControllableState } from '@radix-ui/react-use-controllable-state';

/** Stands for `undefined` inside Radix's hook, which reads `undefined` as "uncontrolled". */
const NONE: unique symbol = Symbol('none');
type Boxed<T> = T | typeof NONE;

const box = <T>(value: T): Boxed<T> => (value === undefined ? NONE : value);
const unbox = <T>(value: Boxed<T>): T => (value === NONE ? (undefined as T) : value);

export interface UseControllablePropParams<T> {
  /**
   * The prop was passed at all (`'value' in props`): then it is controlled, even as
   * `undefined`, so that a parent can set it back to "none".
   */
  passed: boolean;
  prop: T;
  defaultProp: T;
  onChange?: ((value: T) => void) | undefined;
  /** Names the component in Radix's warning about switching between controlled and not. */
  caller?: string;
}

/**
 * A value that is controlled whenever its prop is passed and held inside otherwise: the one
 * rule for every controllable prop of the kit (`value`, `open`, `filters`, `sort`).
 * `onChange` runs only when the value changes.
 */
export function useControllableProp<T>({
  passed,
  prop,
  defaultProp,
  onChange,
  caller,
}: UseControllablePropParams<T>) {
  const [boxed, setBoxed] = useControllableState<Boxed<T>>({
    prop: passed ? box(prop) : undefined,
    defaultProp: box(defaultProp),
    onChange: (next) => onChange?.(unbox(next)),
    caller,
  });
  const set = useCallback((next: T) => setBoxed(box(next)), [setBoxed]);
  return [unbox(boxed as Boxed<T>), set] as const;
}
