'use client';
import type { ReactNode } from 'react';
import { formatCount, modelNoun } from '../../model/format-model-count';

export interface FilterPanelChipProps {
  type?: 'checkbox' | 'radio';
  /** Radio group name. */
  name?: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  label: ReactNode;
  /** How many models have this choice; read out as "N models". */
  count?: number;
  disabled?: boolean;
  /** Checked only because it is what the server does when the filter is unset: `data-default`. */
  isDefault?: boolean;
}

/**
 * A native checkbox or radio with its label, styled as a chip by the stylesheet and a
 * plain labelled input without it. `data-state="checked" | "unchecked"`.
 */
export function FilterPanelChip({
  type = 'checkbox',
  name,
  value,
  checked,
  onChange,
  label,
  count,
  disabled,
  isDefault,
}: FilterPanelChipProps) {
  return (
    <label
      data-slot="filter-panel-chip"
      data-state={checked ? 'checked' : 'unchecked'}
      data-disabled={disabled ? '' : undefined}
      data-default={isDefault ? '' : undefined}
    >
      <input
        data-slot="filter-panel-chip-input"
        type={type}
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        disabled={disabled}
      />
      <span data-slot="filter-panel-chip-label">{label}</span>
      {count !== undefined ? (
        <>
          {' '}
          <span data-slot="filter-panel-chip-count">
            {formatCount(count)} <span className="orm-visually-hidden">{modelNoun(count)}</span>
          </span>
        </>
      ) : null}
    </label>
  );
}
