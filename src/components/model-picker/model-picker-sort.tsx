import { useMemo } from 'react';
import { SortSelect } from '../sort-select/sort-select';
import { useModelPickerContext } from './model-picker-context';

/** The picker's sort, as a Radix Select bound to the picker's state. */
export function ModelPickerSort({ className }: { className?: string }) {
  const { sort, setSort, disabled, inputId } = useModelPickerContext('Sort');
  // Not rendered again on every keystroke, only when the sort changes.
  return useMemo(() => {
    // Once a sort is chosen (or the list closed), typing goes on in the search box.
    const backToSearch = (event: Event) => {
      const input = document.getElementById(inputId);
      if (!input) return;
      event.preventDefault();
      input.focus();
    };
    return <SortSelect className={className} value={sort} onValueChange={setSort} disabled={!!disabled} onCloseAutoFocus={backToSearch} />;
  }, [className, sort, setSort, disabled, inputId]);
}
