'use client';

import type { ReactNode } from 'react';
import { ModelPickerContent, type ModelPickerContentProps } from './model-picker-content';
import { ModelPickerItem } from './model-picker-item';
import { ModelPickerList, type ModelPickerListProps } from './model-picker-list';
import { ModelPickerRoot, type ModelPickerRootProps } from './model-picker-root';
import { ModelPickerSearch } from './model-picker-search';
import { ModelPickerSort } from './model-picker-sort';
import { ModelPickerFilters } from './model-picker-filters';
import { ModelPickerToolbar } from './model-picker-toolbar';
import { ModelPickerStatus } from './model-picker-status';
import { ModelPickerTrigger } from './model-picker-trigger';

export interface ModelPickerProps extends Omit<ModelPickerRootProps, 'children'> {
  className?: string;
  /** Shown on the trigger when nothing is chosen. */
  placeholder?: ReactNode;
  /** Show the filters toggle. Default true; never with `models` (the filters are the server's: filter the array you pass) nor `scope="user"`. */
  showFilters?: boolean;
  /** Show the sort select. Default true; never with `models` (the sort is the server's: sort the array you pass) nor `scope="user"`. */
  showSort?: boolean;
  /** Passed to the list (row height, visible height, empty state). */
  listProps?: ModelPickerListProps;
  /** Passed to the popover content (portal container, side, align, ...). */
  contentProps?: ModelPickerContentProps;
}

/**
 * The drop-in picker: a trigger and a popover with search, filters, sort and a
 * virtualized list, favourites and recents. Controlled or not (`value / defaultValue /
 * onValueChange`). For your own layout, compose `ModelPicker.Root`, `.Trigger`,
 * `.Content`, `.Search`, `.List`, ... instead.
 *
 * ```tsx
 * const [model, setModel] = useState('openai/gpt-4o');
 * <ModelPicker value={model} onValueChange={setModel} />
 * ```
 */
function ModelPickerDropIn({
  className,
  placeholder,
  showFilters = true,
  showSort = true,
  listProps,
  contentProps,
  ...root
}: ModelPickerProps) {
  // The account's list (`/models/user`) takes neither the server's filters nor its sort.
  const serverList = !root.models && root.scope !== 'user';
  return (
    <ModelPickerRoot {...root}>
      <ModelPickerTrigger className={className} placeholder={placeholder} />
      <ModelPickerContent {...contentProps}>
        <ModelPickerToolbar showFilters={showFilters && serverList} showSort={showSort && serverList} />
        <ModelPickerList {...listProps} />
        <ModelPickerStatus />
      </ModelPickerContent>
    </ModelPickerRoot>
  );
}

export const ModelPicker = Object.assign(ModelPickerDropIn, {
  Root: ModelPickerRoot,
  Trigger: ModelPickerTrigger,
  Content: ModelPickerContent,
  Toolbar: ModelPickerToolbar,
  Search: ModelPickerSearch,
  Sort: ModelPickerSort,
  Filters: ModelPickerFilters,
  List: ModelPickerList,
  Item: ModelPickerItem,
  Status: ModelPickerStatus,
});

export { ModelPickerSort, ModelPickerFilters, ModelPickerToolbar };
