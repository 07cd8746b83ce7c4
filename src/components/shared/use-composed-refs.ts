'use client';
import { useCallback, type Ref } from 'react';

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/** One callback ref that sets each of `refs`: a part's own ref and the one forwarded to it. */
export function useComposedRefs<T>(...refs: Array<Ref<T> | undefined>): (node: T | null) => void {
  // The refs themselves are the dependencies: a new callback only when one of them changes.
  return useCallback((node: T | null) => refs.forEach((ref) => setRef(ref, node)), refs);
}
