'use client';
import * as Select from '@radix-ui/react-select';
import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { MODEL_SORTS, type ModelSort } from '../../core/types';
import { cx } from '../shared/cx';
import { ChevronDownIcon, Icon } from '../shared/icon';
import { useControllableProp } from '../shared/use-controllable-prop';
import { modelSortLabel } from '../../model/model-sort-labels';

/** Radix Select needs a non-empty value for every item: this one stands for "no sort" (the server's order). */
const DEFAULT_KEY = 'default';

const toKey = (sort: ModelSort | undefined): string =>
  sort === undefined || sort === '' ? DEFAULT_KEY : sort;
const fromKey = (key: string): ModelSort | undefined => (key === DEFAULT_KEY || key === '' ? undefined : key);

export interface SortSelectProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'defaultValue' | 'onChange' | 'id' | 'children'
> {
  /**
   * The sort, controlled. `undefined` is the server's default order. Passing the prop
   * at all (even as `undefined`) makes the select controlled.
   */
  value?: ModelSort | undefined;
  /** The initial sort when uncontrolled. Default: the server's default order. */
  defaultValue?: ModelSort | undefined;
  /** Called with the chosen sort; `undefined` for "Default order". */
  onValueChange?: (sort: ModelSort | undefined) => void;
  /** Classes of the inner parts. */
  classNames?: Partial<
    Record<'label' | 'trigger' | 'value' | 'icon' | 'content' | 'viewport' | 'item' | 'separator', string>
  >;
  /** The visible label, tied to the trigger with `aria-labelledby`. Default "Sort". */
  label?: ReactNode;
  /** Keep the label for assistive technology only. */
  hideLabel?: boolean;
  disabled?: boolean;
  /** The sorts to offer, in this order. Default: every sort in `MODEL_SORTS`. */
  sorts?: readonly ModelSort[];
  /** Text of the "no sort" option. Default "Default order". */
  defaultLabel?: string;
  /** Labels to use instead of the built-in ones, by sort. */
  labels?: Partial<Record<string, string>>;
  /** Where the list is portalled. Default `document.body`. */
  portalContainer?: HTMLElement | null;
  /** Id of the trigger button. */
  id?: string;
  /**
   * Called when the list closes, before focus returns to the trigger; call
   * `event.preventDefault()` to move focus elsewhere (the picker returns it to its search box).
   */
  onCloseAutoFocus?: (event: Event) => void;
}

/**
 * A select over every sort the API offers, plus "Default order". Controlled
 * (`value` + `onValueChange`) or uncontrolled (`defaultValue`).
 *
 * ```tsx
 * <SortSelect value={filters.sort} onValueChange={(sort) => setFilters((f) => updateFilters(f, { sort }))} />
 * ```
 *
 * (`updateFilters` removes `sort` for "Default order": `{ ...filters, sort }` would set it to
 * `undefined`, which `exactOptionalPropertyTypes` refuses.)
 */
export const SortSelect = forwardRef<HTMLDivElement, SortSelectProps>(function SortSelect(props, ref) {
  const {
    value: valueProp,
    defaultValue,
    onValueChange,
    className,
    classNames = {},
    label = 'Sort',
    hideLabel = false,
    disabled = false,
    sorts = MODEL_SORTS,
    defaultLabel = 'Default order',
    labels,
    portalContainer,
    id,
    onCloseAutoFocus,
    ...rest
  } = props;
  const autoId = useId();
  const triggerId = id ?? `${autoId}-trigger`;
  const labelId = `${autoId}-label`;

  const [sort, setSort] = useControllableProp({
    passed: 'value' in props,
    // '' is the default order too: one value for it, so that choosing it again changes nothing.
    prop: fromKey(toKey(valueProp)),
    defaultProp: fromKey(toKey(defaultValue)),
    onChange: onValueChange,
    caller: 'SortSelect',
  });
  const key = toKey(sort);

  const textOf = (option: ModelSort) => labels?.[option] ?? modelSortLabel(option);
  // A value outside `sorts` (a sort the kit does not list, or one left out) is still shown.
  const options = key !== DEFAULT_KEY && !sorts.includes(key) ? [...sorts, key] : sorts;

  return (
    <div
      ref={ref}
      data-orm=""
      data-slot="sort-select"
      data-disabled={disabled ? '' : undefined}
      className={className}
      {...rest}
    >
      <label
        data-slot="sort-select-label"
        id={labelId}
        htmlFor={triggerId}
        className={cx(classNames.label, hideLabel && 'orm-visually-hidden')}
      >
        {label}
      </label>
      <Select.Root value={key} onValueChange={(next) => setSort(fromKey(next))} disabled={disabled}>
        <Select.Trigger
          id={triggerId}
          data-slot="sort-select-trigger"
          aria-labelledby={labelId}
          className={classNames.trigger}
        >
          <Select.Value data-slot="sort-select-value" className={classNames.value} />
          <Select.Icon data-slot="sort-select-icon" className={classNames.icon}>
            <ChevronDownIcon />
          </Select.Icon>
        </Select.Trigger>
        <Select.Portal container={portalContainer ?? undefined}>
          <Select.Content
            data-orm=""
            data-slot="sort-select-content"
            position="popper"
            sideOffset={4}
            align="start"
            className={classNames.content}
            onCloseAutoFocus={onCloseAutoFocus}
          >
            <Select.Viewport data-slot="sort-select-viewport" className={classNames.viewport}>
              <SortItem value={DEFAULT_KEY} className={classNames.item}>
                {defaultLabel}
              </SortItem>
              {options.length > 0 && (
                <Select.Separator data-slot="sort-select-separator" className={classNames.separator} />
              )}
              {options.map((sort) => (
                <SortItem key={sort} value={sort} className={classNames.item}>
                  {textOf(sort)}
                </SortItem>
              ))}
            </Select.Viewport>
          </Select.Content>
        </Select.Portal>
      </Select.Root>
    </div>
  );
});

function SortItem({ value, className, children }: { value: string; className?: string; children: string }) {
  return (
    <Select.Item value={value} data-slot="sort-select-item" className={className}>
      <Select.ItemText>{children}</Select.ItemText>
      <Select.ItemIndicator data-slot="sort-select-item-indicator">
        <Icon strokeWidth={1.75}>
          <path d="M3 8.5l3 3 7-7" strokeLinecap="round" strokeLinejoin="round" />
        </Icon>
      </Select.ItemIndicator>
    </Select.Item>
  );
}
