'use client';
import { forwardRef } from 'react';
import { SortSelect, type SortSelectProps } from '../sort-select/sort-select';
import { useModelPickerActions, useModelPickerSettings } from './model-picker-context';

export type ModelPickerSortProps = Omit<SortSelectProps, 'value' | 'defaultValue' | 'onValueChange'>;

/** The picker's sort, as a Radix Select bound to the picker's state. */
export const ModelPickerSort = forwardRef<HTMLDivElement, ModelPickerSortProps>(function ModelPickerSort(
  { disabled, onCloseAutoFocus, ...rest },
  ref,
) {
  const { sort, disabled: pickerDisabled } = useModelPickerSettings('Sort');
  const { setSort, inputRef } = useModelPickerActions('Sort');
  // Once a sort is chosen (or the list closed), typing goes on in the search box.
  const backToSearch = (event: Event) => {
    onCloseAutoFocus?.(event);
    const input = inputRef.current;
    if (event.defaultPrevented || !input) return;
    event.preventDefault();
    input.focus();
  };
  return (
    <SortSelect
      ref={ref}
      {...rest}
      value={sort}
      onValueChange={setSort}
      disabled={!!pickerDisabled || !!disabled}
      onCloseAutoFocus={backToSearch}
    />
  );
});
