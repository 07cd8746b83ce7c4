'use client';
import { forwardRef, useId, type HTMLAttributes } from 'react';
import { cx } from '../shared/cx';
import { useModelCatalogueContext } from './model-catalogue-context';

/** "Only models my account can use": a switch, shown in the account view (`scope="user"`) only. */
export const ModelCatalogueAccountSwitch = forwardRef<
  HTMLDivElement,
  HTMLAttributes<HTMLDivElement> & { label?: string }
>(function ModelCatalogueAccountSwitch(
  { className, label = 'Only models my account can use', ...rest },
  ref,
) {
  const { scope, onlyMine, setOnlyMine } = useModelCatalogueContext('ModelCatalogue.AccountSwitch');
  const id = useId();
  if (scope !== 'user') return null;
  return (
    <div
      ref={ref}
      data-slot="model-catalogue-account-switch"
      data-state={onlyMine ? 'on' : 'off'}
      className={cx(className)}
      {...rest}
    >
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={onlyMine}
        data-slot="model-catalogue-switch"
        onClick={() => setOnlyMine(!onlyMine)}
      >
        <span data-slot="model-catalogue-switch-thumb" aria-hidden="true" />
      </button>
      <label htmlFor={id} data-slot="model-catalogue-switch-label">
        {label}
      </label>
    </div>
  );
});
