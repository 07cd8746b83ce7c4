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
import { useModel } from '../../hooks/use-model';
import { modelCapabilities } from '../../model/capabilities';
import { formatTokenCount } from '../../model/format-token-count';
import { modelPriceRows } from '../../model/model-price-rows';
import { plainDescription } from '../../model/plain-description';
import { ModelProviders } from '../model-providers/model-providers';
import { cx } from '../shared/cx';
import { ErrorState, SkeletonRows } from '../shared/state-views';
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
 * parameters, and its providers (`ModelProviders`, or `renderProviders`). Open while the state
 * has `details` (the URL's `details=`): the model is taken from the loaded list, or, when it is
 * not there (a link to a model further down, or filtered out), fetched by id (`useModel`); an
 * unknown id shows "Not found".
 */
export const ModelCatalogueDetails = forwardRef<HTMLDialogElement, ModelCatalogueDetailsProps>(
  function ModelCatalogueDetails({ className, renderProviders = defaultProviders, onKeyDown, ...rest }, ref) {
    const { detailsId, models, status, closeDetails } = useModelCatalogueContext('ModelCatalogue.Details');
    const listed = detailsId ? models.find((m) => m.id === detailsId) : undefined;
    // Not in the pages loaded so far: by id, once the list has answered (the first page often
    // holds it, and then this asks nothing).
    const byId = useModel(detailsId ?? '', {
      enabled: detailsId !== undefined && !listed && status !== 'loading',
    });
    const model = listed ?? (detailsId ? byId.data?.data : undefined);
    const dialog = useRef<HTMLDialogElement>(null);
    useImperativeHandle(ref, () => dialog.current as HTMLDialogElement);
    const closeRef = useRef<HTMLButtonElement>(null);
    const headingId = useId();
    const open = detailsId !== undefined;
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
        {open && (
          <div
            data-slot="model-catalogue-details-content"
            data-state={model ? 'ready' : byId.error ? 'error' : 'loading'}
            aria-busy={(!model && !byId.error) || undefined}
          >
            <header data-slot="model-catalogue-details-header">
              <h2 id={headingId}>{model ? model.name : detailsId}</h2>
              <button
                ref={closeRef}
                type="button"
                data-slot="model-catalogue-details-close"
                onClick={closeDetails}
              >
                Close
              </button>
            </header>
            {model ? (
              <ModelFacts model={model} renderProviders={renderProviders} />
            ) : byId.error ? (
              // An unknown id (a stale link): "Not found", and Close.
              <ErrorState error={byId.error} onRetry={() => void byId.refetch()} retrying={byId.isFetching} />
            ) : (
              <SkeletonRows rows={4} />
            )}
          </div>
        )}
      </dialog>
    );
  },
);

/** Everything the dialog shows of a model once it has it. */
function ModelFacts({
  model,
  renderProviders,
}: {
  model: Model;
  renderProviders: ((model: Model) => ReactNode) | null;
}) {
  const parameters = model.supportedParameters ?? [];
  return (
    <>
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
    </>
  );
}
