'use client';
import { useState } from 'react';

/**
 * Open state for a `<details>` that hides filters: open at first when `activeCount > 0`,
 * and opened again whenever `activeCount` grows (also from outside, e.g. a controlled
 * parent), so a value that was just set is never out of sight. The person may close it.
 */
export function useOpenOnActivate(
  activeCount: number,
  initiallyOpen = false,
): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(initiallyOpen || activeCount > 0);
  const [seen, setSeen] = useState(activeCount);
  if (seen !== activeCount) {
    setSeen(activeCount);
    if (activeCount > seen && !open) setOpen(true);
  }
  return [open, setOpen];
}
