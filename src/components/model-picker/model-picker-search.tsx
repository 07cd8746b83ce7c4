'use client';
import { forwardRef, type ChangeEvent, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import { cx } from '../shared/cx';
import { useComposedRefs } from '../shared/use-composed-refs';
import { useModelPickerContext } from './model-picker-context';
import { SearchIcon } from '../shared/icon';

export interface ModelPickerSearchProps extends Omit<
  ComponentPropsWithoutRef<'input'>,
  'value' | 'defaultValue' | 'onChange'
> {
  /** Accessible label. Default "Search models". */
  label?: string;
}

const PAGE = 8;

/**
 * The combobox: type to narrow the list; ↑/↓, PageUp/PageDown move through it, and Home/End
 * too once the caret is at that end of the text (before, they move the caret), Enter picks,
 * Shift+Enter pins or unpins a favourite, Escape closes.
 */
export const ModelPickerSearch = forwardRef<HTMLInputElement, ModelPickerSearchProps>(
  function ModelPickerSearch(
    { label = 'Search models', placeholder = 'Search models…', className, onKeyDown, ...rest },
    ref,
  ) {
    const ctx = useModelPickerContext('Search');
    const composedRef = useComposedRefs(ref, ctx.inputRef);
    const { activeRow, rows } = ctx;
    const position = rows.optionPosition(activeRow);
    const last = rows.optionCount - 1;

    const move = (to: number) => {
      if (last < 0) return;
      ctx.setActiveRow(rows.optionRow(Math.max(0, Math.min(last, to))), 'keyboard');
    };

    const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
      onKeyDown?.(e);
      if (e.defaultPrevented || e.nativeEvent.isComposing) return;
      switch (e.key) {
        case 'ArrowDown':
          e.preventDefault();
          move(position < 0 ? 0 : position + 1);
          break;
        case 'ArrowUp':
          e.preventDefault();
          move(position < 0 ? last : position - 1);
          break;
        case 'Home':
        case 'End': {
          // The text's own keys first: Home/End move the caret (and select with Shift) until
          // it is at that end of the text; there (always, in an empty box) they reach the
          // first or last option.
          const input = e.currentTarget;
          const at = e.key === 'Home' ? 0 : input.value.length;
          if (e.shiftKey || input.selectionStart !== at || input.selectionEnd !== at) break;
          e.preventDefault();
          move(e.key === 'Home' ? 0 : last);
          break;
        }
        case 'PageDown':
          e.preventDefault();
          move(position + PAGE);
          break;
        case 'PageUp':
          e.preventDefault();
          move(position - PAGE);
          break;
        case 'Enter': {
          const row = rows.at(activeRow);
          if (row?.type !== 'option') return;
          e.preventDefault();
          if (e.shiftKey) ctx.toggleFavourite(row.model.id);
          else ctx.select(row.model.id);
          break;
        }
      }
    };

    const active = rows.optionPosition(activeRow) >= 0 ? ctx.optionId(activeRow) : undefined;
    return (
      <div data-slot="model-picker-search" className={cx(className)}>
        <label htmlFor={ctx.inputId} className="orm-visually-hidden">
          {label}
        </label>
        {/* The picker's own key, which a screen reader's user could not guess. */}
        <span id={`${ctx.inputId}-keys`} className="orm-visually-hidden">
          Shift+Enter pins or unpins the highlighted model.
        </span>
        <SearchIcon data-slot="model-picker-search-icon" />
        <input
          ref={composedRef}
          id={ctx.inputId}
          type="text"
          role="combobox"
          aria-expanded={ctx.open}
          aria-controls={ctx.listboxId}
          aria-autocomplete="list"
          aria-activedescendant={active}
          aria-describedby={rest['aria-describedby'] ?? `${ctx.inputId}-keys`}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          placeholder={placeholder}
          value={ctx.query}
          onChange={(e: ChangeEvent<HTMLInputElement>) => ctx.setQuery(e.target.value)}
          onKeyDown={onKey}
          data-slot="model-picker-input"
          {...rest}
        />
      </div>
    );
  },
);
