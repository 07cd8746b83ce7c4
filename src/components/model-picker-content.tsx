import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import * as Popover from '@radix-ui/react-popover';
import { cx } from './cx';
import { useModelPickerContext } from './model-picker-context';

export interface ModelPickerContentProps extends ComponentPropsWithoutRef<typeof Popover.Content> {
  /** Render into this element instead of `document.body`. */
  container?: HTMLElement | null;
  /** Render in place, without a portal. */
  inline?: boolean;
}

/** The popover that holds the search, the filters, the sort and the list. */
export const ModelPickerContent = forwardRef<HTMLDivElement, ModelPickerContentProps>(function ModelPickerContent(
  { className, container, inline, children, onOpenAutoFocus, align = 'start', sideOffset = 6, ...rest },
  ref,
) {
  const ctx = useModelPickerContext('Content');
  const content = (
    <Popover.Content
      ref={ref}
      data-orm=""
      data-slot="model-picker-content"
      className={cx(className)}
      align={align}
      sideOffset={sideOffset}
      aria-label="Choose a model"
      onOpenAutoFocus={(e) => {
        onOpenAutoFocus?.(e);
        if (e.defaultPrevented) return;
        // Focus goes to the search box, not the first button.
        e.preventDefault();
        document.getElementById(ctx.inputId)?.focus();
      }}
      {...rest}
    >
      {children}
    </Popover.Content>
  );
  return inline ? content : <Popover.Portal container={container}>{content}</Popover.Portal>;
});
