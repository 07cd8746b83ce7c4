'use client';

import {
  forwardRef,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type ReactNode,
} from 'react';
import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  type Range,
} from '@tanstack/react-virtual';
import { cx } from '../shared/cx';
import { useComposedRefs } from '../shared/use-composed-refs';
import { useStableCallback } from '../shared/use-stable-callback';
import { useModelPickerContext } from './model-picker-context';
import { ModelPickerItem } from './model-picker-item';
import { EmptyState, ErrorState, SkeletonRows } from '../shared/state-views';
import { hasActiveFilters } from '../../model/update-filters';

/** Says what the empty state's button clears. */
const clearLabel = (search: boolean, filters: boolean) =>
  search && filters ? 'Clear search and filters' : search ? 'Clear search' : 'Clear filters';

export interface ModelPickerListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Height of an option row in px (rows are fixed-height for speed). Default 60. */
  rowHeight?: number;
  /** Height of a group header in px. Default 28. */
  headerHeight?: number;
  /** Visible height of the list in px. Default 360. */
  height?: number;
  /** Shown when nothing matches. */
  empty?: ReactNode;
}

/**
 * The listbox. Virtualized: however long the catalogue, only the rows in view (plus a few)
 * are in the DOM; the keyboard still reaches every row, scrolling it into view.
 */
export const ModelPickerList = forwardRef<HTMLDivElement, ModelPickerListProps>(function ModelPickerList(
  { className, rowHeight = 60, headerHeight = 28, height = 360, empty, style, ...rest },
  ref,
) {
  const ctx = useModelPickerContext('List');
  const { rows, activeRow, status, scrollRequest } = ctx;
  const scrollRef = useRef<HTMLDivElement>(null);
  const composedRef = useComposedRefs(ref, scrollRef);
  // The virtualizer measures every row again (O(rows)) when getItemKey changes, so both
  // functions are made once per list, not per render, and both are cheap: they run for every
  // row when the list changes (22,000 times for one letter over 50,000 models). Items are
  // keyed by position: a row that shows another model after a keystroke keeps its DOM nodes
  // and only its text changes, which lays out and paints faster than new nodes. The key
  // function is still new with each list, so that a new list is measured (headers move).
  const estimateSize = useCallback(
    (i: number) => (rows.isHeader(i) ? headerHeight : rowHeight),
    [rows, headerHeight, rowHeight],
  );
  const getItemKey = useMemo(() => rows && ((i: number) => i), [rows]);
  // The active option is always rendered, even before the list has scrolled to it (the
  // selected model when the picker opens, a row reached by End): the input's
  // aria-activedescendant must name an element that exists.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (
        activeRow < 0 ||
        activeRow >= range.count ||
        (activeRow >= indexes[0]! && activeRow <= indexes[indexes.length - 1]!)
      )
        return indexes;
      return activeRow < indexes[0]! ? [activeRow, ...indexes] : [...indexes, activeRow];
    },
    [activeRow],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    rangeExtractor,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 2,
    initialRect: { width: 360, height },
    // Before layout (or where there is none, e.g. a test DOM) the list measures 0 px:
    // show the first screenful of rows rather than none.
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) =>
        cb(rect.height > 0 ? rect : { width: rect.width || 360, height }),
      ),
  });

  const scrollToActive = useStableCallback(() => {
    if (activeRow < 0 || activeRow >= rows.length) return;
    // Nothing to do when the row is in view and no scroll is under way: scrollToIndex would
    // read the layout (a forced reflow) and check on it for a few frames, on every keystroke.
    const item = virtualizer.measurementsCache[activeRow];
    const top = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    if (!virtualizer.isScrolling && item && height > 0 && item.start >= top && item.end <= top + height)
      return;
    virtualizer.scrollToIndex(activeRow, { align: 'auto' });
  });
  // Only on a keyboard move or a new list, not on every render.
  useEffect(() => scrollToActive(), [scrollRequest, scrollToActive]);

  // After "Try again" succeeds its button goes with the error view: focus, which it held, would
  // fall to the page; it goes on to the search box.
  const lastStatus = useRef(status);
  useEffect(() => {
    const was = lastStatus.current;
    lastStatus.current = status;
    if (
      was === 'error' &&
      status === 'success' &&
      (!document.activeElement || document.activeElement === document.body)
    ) {
      ctx.inputRef.current?.focus();
    }
  }, [status, ctx.inputRef]);

  const body = (() => {
    if (status === 'pending') return <SkeletonRows rows={6} />;
    // The account view without a (valid) token: a calm state; the trigger and search still work.
    if (ctx.signIn) return <EmptyState title="Sign in to see the models your account can use" />;
    if (status === 'error' && rows.length === 0)
      return <ErrorState error={ctx.error} onRetry={ctx.retry} retrying={ctx.retrying} />;
    if (rows.optionCount === 0) {
      return (
        empty ?? (
          <EmptyState
            title={ctx.query ? `No models match “${ctx.query}”` : 'No models match these filters'}
            action={
              ctx.hasActiveFilters
                ? {
                    label: clearLabel(ctx.query !== '', hasActiveFilters(ctx.filters)),
                    // The button goes with the empty state: focus goes on to the search box.
                    onClick: () => {
                      ctx.clearFilters();
                      ctx.inputRef.current?.focus();
                    },
                  }
                : undefined
            }
          />
        )
      );
    }
    return null;
  })();

  // The same style object and handler for a row that did not move, so that ModelPickerItem's
  // memo holds and only rows that changed render again on a keystroke.
  const styles = useMemo(() => new Map<string, CSSProperties>(), []);
  const rowStyle = (start: number, size: number) => {
    const key = `${start}:${size}`;
    let style = styles.get(key);
    if (!style) {
      if (styles.size > 500) styles.clear();
      styles.set(
        key,
        (style = {
          position: 'absolute',
          top: 0,
          left: 0,
          width: '100%',
          height: size,
          transform: `translateY(${start}px)`,
        }),
      );
    }
    return style;
  };
  const { setActiveRow } = ctx;
  // `setActiveRow` is the same for the picker's life: one cache of activators for the list's.
  const [activators] = useState(() => new Map<number, () => void>());
  const activator = (row: number) => {
    let f = activators.get(row);
    if (!f) {
      if (activators.size > 500) activators.clear();
      activators.set(row, (f = () => setActiveRow(row, 'pointer')));
    }
    return f;
  };

  // aria-setsize and aria-posinset: the options' count and each one's position among them.
  const setSize = rows.optionCount;
  const items = virtualizer.getVirtualItems();
  // The loading, error and empty states sit beside the listbox, not in it: a listbox may
  // only own options (an alert or a status inside it is an ARIA violation). The listbox
  // stays, empty, so that the combobox's aria-controls always points at it.
  return (
    <>
      {body}
      <div
        {...rest}
        ref={composedRef}
        id={ctx.listboxId}
        role="listbox"
        aria-label="Models"
        aria-busy={status === 'pending' || undefined}
        tabIndex={-1}
        data-slot="model-picker-list"
        data-state={
          status === 'pending'
            ? 'loading'
            : status === 'error'
              ? 'error'
              : ctx.signIn
                ? 'sign-in'
                : rows.optionCount
                  ? 'ready'
                  : 'empty'
        }
        className={cx(className)}
        style={{ maxHeight: height, overflowY: 'auto', position: 'relative', ...style }}
      >
        {!body && (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
            {items.map((item) => {
              const row = rows.at(item.index);
              if (!row) return null;
              const style = rowStyle(item.start, item.size);
              if (row.type === 'header') {
                return (
                  <div key={item.key} data-slot="model-picker-group-heading" aria-hidden="true" style={style}>
                    {row.label}
                  </div>
                );
              }
              return (
                <ModelPickerItem
                  key={item.key}
                  id={ctx.optionId(item.index)}
                  model={row.model}
                  active={item.index === activeRow}
                  checked={row.model.id === ctx.value}
                  favourite={ctx.preferences.isFavourite(row.model.id)}
                  recent={row.group === 'recent'}
                  position={rows.optionPosition(item.index) + 1}
                  setSize={setSize}
                  style={style}
                  onSelect={ctx.select}
                  onActivate={activator(item.index)}
                  onToggleFavourite={ctx.toggleFavourite}
                />
              );
            })}
          </div>
        )}
      </div>
    </>
  );
});
