'use client';
import {
  forwardRef,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  type DialogHTMLAttributes,
  type ReactNode,
} from 'react';
import type { Model } from '../../core/types';
import { modelCapabilities } from '../../model/capabilities';
import { formatTokenCount } from '../../model/format-token-count';
import { modelPriceRows } from '../../model/model-price-rows';
import { plainDescription } from '../../model/plain-description';
import { ModelProviders } from '../model-providers/model-providers';
import { cx } from '../shared/cx';
import { useModelCatalogueContext } from './model-catalogue-context';

export interface ModelCatalogueDetailsProps extends DialogHTMLAttributes<HTMLDialogElement> {
  /**
   * What to show of the model's providers. Default: `<ModelProviders model={model.id} />` (the
   * table of its providers, from `GET /models/{id}/endpoints`); `null` shows none.
   */
  renderProviders?: ((model: Model) => ReactNode) | null;
}

const defaultProviders = (model: Model) => <ModelProviders model={model.id} />;

const dayFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

function Facts({ model }: { model: Model }) {
  const caps = modelCapabilities(model);
  const rows: Array<[string, ReactNode]> = [
    ['Id', <code key="id">{model.id}</code>],
    ['Context', model.contextLength ? `${formatTokenCount(model.contextLength)} tokens` : '—'],
    [
      'Max output',
      model.topProvider?.maxCompletionTokens
        ? `${formatTokenCount(model.topProvider.maxCompletionTokens)} tokens`
        : '—',
    ],
    ['Input', model.architecture.inputModalities.join(', ') || '—'],
    ['Output', model.architecture.outputModalities.join(', ') || '—'],
    ['Created', model.created ? dayFormat.format(new Date(model.created * 1000)) : '—'],
    ['Moderated', model.topProvider?.isModerated ? 'Yes' : 'No'],
    ['Reasoning', caps.reasoning ? 'Yes' : 'No'],
  ];
  return (
    <dl data-slot="model-catalogue-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A model's details without leaving the page, in a modal dialog (native `<dialog>`: focus moves
 * in, Escape closes, focus returns): the whole description, every price, the supported
 * parameters, and its providers (`ModelProviders`, or `renderProviders`).
 */
export const ModelCatalogueDetails = forwardRef<HTMLDialogElement, ModelCatalogueDetailsProps>(
  function ModelCatalogueDetails({ className, renderProviders = defaultProviders, onKeyDown, ...rest }, ref) {
    const { detailsId, models, closeDetails } = useModelCatalogueContext('ModelCatalogue.Details');
    const model = detailsId ? models.find((m) => m.id === detailsId) : undefined;
    const dialog = useRef<HTMLDialogElement>(null);
    useImperativeHandle(ref, () => dialog.current as HTMLDialogElement);
    const closeRef = useRef<HTMLButtonElement>(null);
    const headingId = useId();
    const open = model !== undefined;
    useEffect(() => {
      const el = dialog.current;
      if (!el) return;
      if (open && !el.open) {
        if (typeof el.showModal === 'function') el.showModal();
        else el.setAttribute('open', '');
        // Focus on "Close", where a browser without a modal dialog (or a test DOM) would leave it outside.
        closeRef.current?.focus();
      } else if (!open && el.open) {
        if (typeof el.close === 'function') el.close();
        else el.removeAttribute('open');
      }
    }, [open]);
    // A details id whose model left the list (new filters): closed.
    useEffect(() => {
      if (detailsId && !model) closeDetails();
    }, [detailsId, model, closeDetails]);
    const parameters = model?.supportedParameters ?? [];
    return (
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        data-slot="model-catalogue-details"
        data-state={open ? 'open' : 'closed'}
        className={cx(className)}
        onClose={closeDetails}
        onCancel={(e) => {
          e.preventDefault();
          closeDetails();
        }}
        onKeyDown={(e) => {
          onKeyDown?.(e);
          if (e.key === 'Escape' && !e.defaultPrevented) {
            e.preventDefault();
            closeDetails();
          }
        }}
        {...rest}
      >
        {model && (
          <div data-slot="model-catalogue-details-content">
            <header data-slot="model-catalogue-details-header">
              <h2 id={headingId}>{model.name}</h2>
              <button
                ref={closeRef}
                type="button"
                data-slot="model-catalogue-details-close"
                onClick={closeDetails}
              >
                Close
              </button>
            </header>
            {model.description && (
              <p data-slot="model-catalogue-details-description">{plainDescription(model.description)}</p>
            )}
            <Facts model={model} />
            <h3>Prices</h3>
            <table data-slot="model-catalogue-prices">
              <caption className="orm-visually-hidden">Prices of {model.name}</caption>
              <tbody>
                {modelPriceRows(model.pricing).map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    <td>{row.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>Supported parameters</h3>
            {parameters.length ? (
              <ul data-slot="model-catalogue-parameters">
                {parameters.map((p) => (
                  <li key={p}>
                    <code>{p}</code>
                  </li>
                ))}
              </ul>
            ) : (
              <p>None listed.</p>
            )}
            {renderProviders && (
              <section aria-label="Providers" data-slot="model-catalogue-providers">
                {renderProviders(model)}
              </section>
            )}
          </div>
        )}
      </dialog>
    );
  },
);
