'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import * as Popover from '@radix-ui/react-popover';
import { cx } from '../shared/cx';
import { useModelPickerActions } from './model-picker-context';

export interface ModelPickerContentProps extends ComponentPropsWithoutRef<typeof Popover.Content> {
  /** Render into this element instead of `document.body`. */
  container?: HTMLElement | null;
  /** Render in place, without a portal. */
  inline?: boolean;
}

/**
 * The popover that holds the search, the filters, the sort and the list. It reads no state of
 * the picker, so typing does not render its layers (positioning, focus scope, dismissal).
 */
export const ModelPickerContent = forwardRef<HTMLDivElement, ModelPickerContentProps>(
  function ModelPickerContent(
    {
      className,
      container,
      inline,
      children,
      onOpenAutoFocus,
      onEscapeKeyDown,
      align = 'start',
      sideOffset = 6,
      collisionPadding = 8,
      ...rest
    },
    ref,
  ) {
    const { inputRef, filtersToggleRef } = useModelPickerActions('Content');
    const content = (
      <Popover.Content
        ref={ref}
        data-orm=""
        data-slot="model-picker-content"
        className={cx(className)}
        align={align}
        sideOffset={sideOffset}
        // Kept 8px from the window's edges (a phone's screen is about as wide as the popover).
        collisionPadding={collisionPadding}
        aria-label="Choose a model"
        onOpenAutoFocus={(e) => {
          onOpenAutoFocus?.(e);
          if (e.defaultPrevented) return;
          // Focus goes to the search box, not the first button.
          e.preventDefault();
          inputRef.current?.focus();
        }}
        onEscapeKeyDown={(e) => {
          onEscapeKeyDown?.(e);
          if (e.defaultPrevented) return;
          // Escape in a field of the filters leaves the field for the Filters button (the
          // filters stay open, as set); Escape there closes the picker.
          const from = e.target instanceof Element ? e.target : null;
          const filters = from?.closest('[data-slot="model-picker-filters"]');
          if (!filters) return;
          e.preventDefault();
          // A search box with text clears it first (its own Escape).
          if (from instanceof HTMLInputElement && from.type === 'search' && from.value) return;
          (filtersToggleRef.current ?? inputRef.current)?.focus();
        }}
        {...rest}
      >
        {children}
      </Popover.Content>
    );
    return inline ? content : <Popover.Portal container={container}>{content}</Popover.Portal>;
  },
);
