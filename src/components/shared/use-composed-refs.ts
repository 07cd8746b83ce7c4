'use client';
import { useCallback, type Ref } from 'react';

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/** One callback ref that sets both refs: the one forwarded to a part and the part's own. */
export function useComposedRefs<T>(
  forwarded: Ref<T> | undefined,
  own: Ref<T> | undefined,
): (node: T | null) => void {
  // A new callback only when one of the refs changes (React then calls the old with null).
  return useCallback(
    (node: T | null) => {
      setRef(forwarded, node);
      setRef(own, node);
    },
    [forwarded, own],
  );
}
