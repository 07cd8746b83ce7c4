'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { cx } from '../shared/cx';
import { useModelCatalogueContext, type ModelCatalogueView } from './model-catalogue-context';

const VIEWS: ReadonlyArray<[ModelCatalogueView, string]> = [
  ['cards', 'Cards'],
  ['table', 'Table'],
];

/** Cards or table: two toggle buttons (`aria-pressed`) in a labelled group. The choice is remembered. */
export const ModelCatalogueViewToggle = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(
  function ModelCatalogueViewToggle({ className, ...rest }, ref) {
    const { view, setView } = useModelCatalogueContext('ModelCatalogue.ViewToggle');
    return (
      <div
        ref={ref}
        role="group"
        aria-label="View"
        data-slot="model-catalogue-view-toggle"
        className={cx(className)}
        {...rest}
      >
        {VIEWS.map(([key, label]) => (
          <button
            key={key}
            type="button"
            aria-pressed={view === key}
            data-state={view === key ? 'on' : 'off'}
            data-slot="model-catalogue-view-button"
            onClick={() => setView(key)}
          >
            {label}
          </button>
        ))}
      </div>
    );
  },
);
