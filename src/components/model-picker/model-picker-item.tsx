'use client';

import { forwardRef, memo, type ComponentPropsWithoutRef, type MouseEvent } from 'react';
import { authorPrefixLength, modelAuthor, modelCapabilities } from '../../model/capabilities';
import { formatPrice, perMillion } from '../../model/pricing';
import type { Model } from '../../core/types';
import { formatTokenCount } from '../../model/format-token-count';
import { modelExpiry } from '../../model/model-expiry';

const RETIRE_DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

export interface ModelPickerItemProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'id' | 'onSelect' | 'children'
> {
  model: Model;
  id: string;
  /** Keyboard-active (the combobox's active descendant). */
  active: boolean;
  /** The chosen value. */
  checked: boolean;
  favourite: boolean;
  /** Shown under "Recently used": said to assistive technology, which does not see the heading. */
  recent?: boolean;
  position: number;
  setSize: number;
  onSelect(id: string): void;
  onActivate(): void;
  onToggleFavourite(id: string): void;
}

function priceSummary(model: Model): string {
  const input = perMillion(model.pricing.prompt);
  const output = perMillion(model.pricing.completion);
  if (input.kind === 'free' && output.kind === 'free') return 'Free';
  if (input.kind === 'variable' || output.kind === 'variable') return 'Variable price';
  return `${formatPrice(input)} in · ${formatPrice(output)} out`;
}

/** One option of the list: name, id, context, prices, a retirement date, a few capability badges, and a pin. */
export const ModelPickerItem = memo(
  forwardRef<HTMLDivElement, ModelPickerItemProps>(function ModelPickerItem(
    {
      model,
      id,
      active,
      checked,
      favourite,
      recent = false,
      position,
      setSize,
      onSelect,
      onActivate,
      onToggleFavourite,
      ...rest
    },
    ref,
  ) {
    const caps = modelCapabilities(model);
    const ctx =
      model.contextLength && model.contextLength > 0 ? formatTokenCount(model.contextLength) : undefined;
    const expiry = modelExpiry(model.expirationDate);
    // "Anthropic: " of "Anthropic: Claude Sonnet 4.5", when the id beside it names the author:
    // a narrow picker hides it from sight (not from a screen reader), so the name itself shows.
    const prefix = modelAuthor(model.id) ? model.name.slice(0, authorPrefixLength(model.name)) : '';
    const badges: string[] = [];
    if (caps.vision) badges.push('Vision');
    if (caps.tools) badges.push('Tools');
    if (caps.reasoning) badges.push('Reasoning');
    if (caps.imageOutput) badges.push('Image out');
    return (
      // An option of a listbox that the combobox's input drives through aria-activedescendant:
      // the input keeps focus and has the keys (ARIA 1.2 combobox), so the option takes none.
      // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
      <div
        ref={ref}
        {...rest}
        id={id}
        role="option"
        aria-selected={active}
        // Only on the chosen option: "not checked" on every other one is noise for a screen reader.
        aria-checked={checked || undefined}
        aria-posinset={position}
        aria-setsize={setSize}
        data-slot="model-picker-item"
        data-selected={active ? '' : undefined}
        data-state={checked ? 'checked' : 'unchecked'}
        data-favourite={favourite ? '' : undefined}
        onMouseMove={(e: MouseEvent<HTMLDivElement>) => {
          rest.onMouseMove?.(e);
          if (!active && !e.defaultPrevented) onActivate();
        }}
        onMouseDown={(e: MouseEvent<HTMLDivElement>) => {
          rest.onMouseDown?.(e);
          // Keep focus in the search box.
          e.preventDefault();
        }}
        onClick={(e: MouseEvent<HTMLDivElement>) => {
          rest.onClick?.(e);
          if (!e.defaultPrevented) onSelect(model.id);
        }}
      >
        <div data-slot="model-picker-item-main">
          <span data-slot="model-picker-item-name" title={model.name} dir="auto">
            {prefix ? (
              <>
                <span data-slot="model-picker-item-name-author">{prefix}</span>
                {model.name.slice(prefix.length)}
              </>
            ) : (
              model.name
            )}
          </span>
          <span data-slot="model-picker-item-id" title={model.id} dir="auto">
            {model.id}
          </span>
        </div>
        <div data-slot="model-picker-item-meta">
          <span data-slot="model-picker-item-price">{priceSummary(model)}</span>
          {ctx && <span data-slot="model-picker-item-context">{ctx} ctx</span>}
          {expiry && (
            <span
              data-slot="model-picker-item-badge"
              data-kind="expiry"
              data-state={expiry.past ? 'past' : 'coming'}
            >
              {expiry.past ? 'Retired' : `Retiring ${RETIRE_DAY.format(expiry.date)}`}
            </span>
          )}
          {badges.map((b) => (
            <span key={b} data-slot="model-picker-item-badge">
              {b}
            </span>
          ))}
        </div>
        {(favourite || recent) && (
          <span className="orm-visually-hidden">{favourite ? ', favourite' : ', recently used'}</span>
        )}
        <span
          data-slot="model-picker-item-pin"
          data-state={favourite ? 'on' : 'off'}
          aria-hidden="true"
          title={
            favourite
              ? `Unpin ${modelAuthor(model.id) ? model.name : model.id} (Shift+Enter)`
              : 'Pin as favourite (Shift+Enter)'
          }
          onClick={(e) => {
            e.stopPropagation();
            onToggleFavourite(model.id);
          }}
        >
          {favourite ? '★' : '☆'}
        </span>
        {checked && (
          <span data-slot="model-picker-item-check" aria-hidden="true">
            ✓
          </span>
        )}
      </div>
    );
  }),
);
