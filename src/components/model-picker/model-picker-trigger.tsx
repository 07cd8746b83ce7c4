'use client';
import { forwardRef, type ComponentPropsWithoutRef, type KeyboardEvent, type ReactNode } from 'react';
import * as Popover from '@radix-ui/react-popover';
import { InvalidRequestError, NotFoundError } from '../../core/errors';
import { useModel } from '../../hooks/use-model';
import { cx } from '../shared/cx';
import { useModelPickerActions, useModelPickerSettings } from './model-picker-context';
import { ChevronDownIcon } from '../shared/icon';

export interface ModelPickerTriggerProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children'> {
  /** Shown when no model is chosen. Default "Choose a model". */
  placeholder?: ReactNode;
  children?: ReactNode;
}

/**
 * The button that opens the picker and shows the chosen model. A chosen id that the
 * loaded list lacks is looked up on its own; one that no longer exists says so.
 */
export const ModelPickerTrigger = forwardRef<HTMLButtonElement, ModelPickerTriggerProps>(
  function ModelPickerTrigger(
    { placeholder = 'Choose a model', className, children, onKeyDown, ...rest },
    ref,
  ) {
    const { value, modelsById, status, open, disabled } = useModelPickerSettings('Trigger');
    const { setOpen, setQuery } = useModelPickerActions('Trigger');
    const inList = value ? modelsById.get(value) : undefined;
    const lookup = useModel(value ?? '', { enabled: !!value && !inList && status !== 'pending' });
    const model = inList ?? lookup.data?.data;
    const missing = !!value && !inList && lookup.error instanceof NotFoundError;
    // A value that is no model id at all (a stale or hand-edited saved value): said as such.
    const invalid = !!value && !inList && lookup.error instanceof InvalidRequestError;
    const state = !value
      ? 'empty'
      : model
        ? 'selected'
        : missing
          ? 'missing'
          : invalid
            ? 'invalid'
            : 'loading';
    const note =
      state === 'missing' ? '(no longer available)' : state === 'invalid' ? '(not a model id)' : '';

    const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
      onKeyDown?.(e);
      if (e.defaultPrevented || disabled) return;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setOpen(true);
      } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ') {
        // Typing on the closed picker opens it and starts the search.
        e.preventDefault();
        setQuery(e.key);
        setOpen(true);
      }
    };

    return (
      <Popover.Trigger asChild>
        <button
          ref={ref}
          type="button"
          data-orm=""
          data-slot="model-picker-trigger"
          data-state={open ? 'open' : 'closed'}
          data-value-state={state}
          data-disabled={disabled ? '' : undefined}
          // Once a model is chosen the button shows only its name: say what the name is of.
          aria-label={
            children || state === 'empty'
              ? undefined
              : `Model: ${model?.name ?? value}${note ? ` ${note}` : ''}`
          }
          disabled={disabled}
          className={cx(className)}
          onKeyDown={onKey}
          {...rest}
        >
          {children ?? (
            <>
              <span data-slot="model-picker-trigger-label">
                {state === 'empty' && <span data-slot="model-picker-placeholder">{placeholder}</span>}
                {state === 'selected' && model && (
                  <span data-slot="model-picker-value" dir="auto" title={model.name}>
                    {model.name}
                  </span>
                )}
                {state === 'loading' && (
                  <span data-slot="model-picker-value" dir="auto">
                    {value}
                  </span>
                )}
                {note && (
                  <span data-slot="model-picker-value">
                    <bdi>{value}</bdi> <span data-slot="model-picker-missing">{note}</span>
                  </span>
                )}
              </span>
              <ChevronDownIcon data-slot="model-picker-chevron" />
            </>
          )}
        </button>
      </Popover.Trigger>
    );
  },
);
