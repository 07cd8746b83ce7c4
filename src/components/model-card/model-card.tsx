'use client';
import {
  Fragment,
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
  type Ref,
} from 'react';
import { modelAuthor, modelCapabilities, type ModelCapabilities } from '../../model/capabilities';
import type { Model } from '../../core/types';
import { cx } from '../shared/cx';
import { Icon } from '../shared/icon';
import { formatTokenCount } from '../../model/format-token-count';
import { modelExpiry, parseDay } from '../../model/model-expiry';
import { modelPriceRows } from '../../model/model-price-rows';
import { modelPriceTiers } from '../../model/model-price-tiers';
import { safeHref } from '../../model/safe-href';
import { plainDescription } from '../../model/plain-description';
import { ModelProvidersSummary } from '../model-providers/model-providers-summary';

export interface ModelCardProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The model to show. The card does not fetch: get it from `useModels` / `useModel`. */
  model: Model;
  className?: string;
  /** The root element. Default `article` (labelled by the model name). */
  as?: 'article' | 'div';
  /** The level of the heading that holds the model name. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Called with the id after it was copied to the clipboard. */
  onCopyId?: (id: string) => void;
  /**
   * Show a one-line summary of the model's providers (`3 providers · $3.00–$3.30/M in ·
   * fastest 46 tok/s`). Off by default: only then does the card fetch (`useModelEndpoints`,
   * inside an `OpenRouterProvider`), so a list of cards costs no request per card.
   */
  showProviders?: boolean;
  /**
   * Actions at the end of the card, inside its border (a "Choose" button, a "Details" link):
   * rendered in `[data-slot='model-card-actions']`, after everything else.
   */
  children?: ReactNode;
  ref?: Ref<HTMLElement>;
}

/** Capability badges, in the order they are shown. */
const BADGES: ReadonlyArray<readonly [keyof ModelCapabilities, string]> = [
  ['free', 'Free'],
  ['variablePrice', 'Variable price'],
  ['tools', 'Tools'],
  ['structuredOutputs', 'Structured outputs'],
  ['reasoning', 'Reasoning'],
  ['vision', 'Vision'],
  ['fileInput', 'File input'],
  ['audioInput', 'Audio input'],
  ['videoInput', 'Video input'],
  ['imageOutput', 'Image output'],
  ['audioOutput', 'Audio output'],
  ['embeddings', 'Embeddings'],
  ['webSearch', 'Web search'],
];

/**
 * Descriptions longer than this are clamped (by the stylesheet) and get a "Show more"
 * toggle, unless measuring shows the whole text fits (e.g. wide cards, or no stylesheet).
 */
const LONG_DESCRIPTION = 120;
const HF_ID = /^[\w.-]+\/[\w.-]+$/;
const COPIED_FOR_MS = 2000;

const dayFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' });
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

type CopyState = 'idle' | 'copied' | 'failed';

function useCopyText(onCopied?: (text: string) => void) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback(
    async (text: string) => {
      const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
      let ok = false;
      if (clipboard && typeof clipboard.writeText === 'function') {
        try {
          await clipboard.writeText(text);
          ok = true;
        } catch {
          ok = false; // denied permission, insecure context, no focus
        }
      }
      setState(ok ? 'copied' : 'failed');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setState('idle'), COPIED_FOR_MS);
      if (ok) onCopied?.(text);
    },
    [onCopied],
  );
  return [state, copy] as const;
}

/**
 * Strings from the server side by side, each in its own `<bdi>`: a bidirectional override in
 * one (e.g. an unknown modality) cannot reorder the others or the text around them.
 */
function isolatedList(items: readonly string[]) {
  return items.map((item, i) => (
    <Fragment key={i}>
      {i > 0 && ', '}
      <bdi>{item}</bdi>
    </Fragment>
  ));
}

/**
 * Everything a person needs to choose a model, read from one `Model`: name, copyable id,
 * author, description (plain text), context, prices (free and variable said as such,
 * long-context tiers), modalities, capability badges, dates, retirement warning, alias
 * target and Hugging Face link. Pure: it renders what it is given and fetches nothing, unless
 * `showProviders` asks for the providers summary (then `useModelEndpoints`).
 */
// forwardRef, not a `ref` prop: React 18 (in the peer range) drops a function component's `ref`.
export const ModelCard = forwardRef<HTMLElement, Omit<ModelCardProps, 'ref'>>(function ModelCard(
  {
    model,
    className,
    as: Root = 'article',
    headingLevel = 3,
    onCopyId,
    showProviders = false,
    children,
    ...rest
  },
  ref,
) {
  const baseId = useId();
  const nameId = `${baseId}-name`;
  const descriptionId = `${baseId}-description`;
  const [copyState, copy] = useCopyText(onCopyId);
  const [expanded, setExpanded] = useState(false);
  const descriptionRef = useRef<HTMLParagraphElement>(null);
  const [overflows, setOverflows] = useState<boolean | undefined>(undefined);

  const Heading = `h${headingLevel}` as const;
  const author = modelAuthor(model.id).replace(/^~/, '');
  const caps = modelCapabilities(model);
  const badges = BADGES.filter(([key]) => caps[key]);
  const prices = modelPriceRows(model.pricing);
  const tiers = modelPriceTiers(model.pricing);
  const expiry = modelExpiry(model.expirationDate);
  // A timestamp past what a Date holds (microseconds, say) is left out: formatting it throws.
  const createdAt = new Date(model.created * 1000);
  const created = model.created > 0 && Number.isFinite(createdAt.getTime()) ? createdAt : undefined;
  const cutoff = parseDay(model.knowledgeCutoff);
  const maxOutput = model.topProvider.maxCompletionTokens;
  const hasContext = model.contextLength !== null && model.contextLength > 0;
  const hasFacts = Boolean(created || cutoff || (typeof maxOutput === 'number' && maxOutput > 0));
  const description = plainDescription(model.description?.trim() ?? '');
  const longDescription = description.length > LONG_DESCRIPTION;

  // Does the clamped description hide text? Measured where there is layout; without
  // layout (server, jsdom) the length decides.
  useLayoutEffect(() => {
    const el = descriptionRef.current;
    if (!el || !longDescription || expanded) return;
    const measure = () =>
      setOverflows(el.clientHeight > 0 ? el.scrollHeight > el.clientHeight + 1 : undefined);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [description, longDescription, expanded]);
  const showToggle = longDescription && (expanded || (overflows ?? true));
  const hfId =
    typeof model.huggingFaceId === 'string' && HF_ID.test(model.huggingFaceId)
      ? model.huggingFaceId
      : undefined;
  const hfHref = hfId ? safeHref(`https://huggingface.co/${hfId}`) : undefined;
  const isAlias = model.id.startsWith('~');
  const input = model.architecture.inputModalities;
  const output = model.architecture.outputModalities;

  return (
    <Root
      {...rest}
      ref={ref as Ref<HTMLElement & HTMLDivElement>}
      data-orm=""
      data-slot="model-card"
      data-state={expiry ? (expiry.past ? 'retired' : 'retiring') : 'active'}
      aria-labelledby={rest['aria-labelledby'] ?? (Root === 'article' ? nameId : undefined)}
      className={className}
    >
      <header data-slot="model-card-header">
        <Heading data-slot="model-card-name" id={nameId}>
          {model.name}
        </Heading>
        <p data-slot="model-card-meta">
          {author && (
            <span data-slot="model-card-author">
              <span className="orm-visually-hidden">Author: </span>
              <bdi>{author}</bdi>
            </span>
          )}
          {author && hasContext && (
            <span data-slot="model-card-meta-separator" aria-hidden="true">
              {' · '}
            </span>
          )}
          {hasContext && (
            <span
              data-slot="model-card-context"
              title={`${model.contextLength!.toLocaleString('en-US')} tokens`}
            >
              {formatTokenCount(model.contextLength!)} context
            </span>
          )}
        </p>
        <div data-slot="model-card-id-row">
          <code data-slot="model-card-id" title={model.id} dir="auto">
            {model.id}
          </code>{' '}
          <button
            type="button"
            data-slot="model-card-copy"
            data-state={copyState}
            // In a grid of cards, each button says whose id it copies (its name begins with what it shows).
            aria-label={
              copyState === 'copied'
                ? `Copied the id of ${model.name}`
                : copyState === 'failed'
                  ? `Copy failed for the id of ${model.name}`
                  : `Copy id of ${model.name}`
            }
            onClick={() => void copy(model.id)}
          >
            <CopyIcon copied={copyState === 'copied'} />
            <span data-slot="model-card-copy-label">
              {copyState === 'copied' ? 'Copied' : copyState === 'failed' ? 'Copy failed' : 'Copy id'}
            </span>
          </button>
          <span data-slot="model-card-copy-status" role="status" className="orm-visually-hidden">
            {copyState === 'copied' ? 'Copied' : copyState === 'failed' ? 'Could not copy the id' : ''}
          </span>
        </div>
      </header>

      {showProviders && <ModelProvidersSummary model={model.id} />}

      {(model.aliasTarget || isAlias) && (
        <p data-slot="model-card-alias">
          {model.aliasTarget ? (
            <>
              Alias of{' '}
              <span data-slot="model-card-alias-name" dir="auto">
                {model.aliasTarget.name}
              </span>{' '}
              <code data-slot="model-card-alias-slug" dir="auto">
                {model.aliasTarget.slug}
              </code>
            </>
          ) : (
            'Alias: always points to the latest version'
          )}
        </p>
      )}

      {expiry && (
        <p data-slot="model-card-expiry" data-state={expiry.past ? 'past' : 'upcoming'}>
          <WarningIcon />
          <span>
            {expiry.past ? 'Retired on ' : 'Retires on '}
            <time dateTime={isoDay(expiry.date)}>{dayFormat.format(expiry.date)}</time>
          </span>
        </p>
      )}

      {description && (
        <div data-slot="model-card-description-wrap">
          <p
            ref={descriptionRef}
            data-slot="model-card-description"
            id={descriptionId}
            data-state={!longDescription ? undefined : expanded ? 'expanded' : 'collapsed'}
          >
            {description}
          </p>
          {showToggle && (
            <button
              type="button"
              data-slot="model-card-description-toggle"
              aria-expanded={expanded}
              aria-controls={descriptionId}
              aria-label={`${expanded ? 'Show less' : 'Show more'} about ${model.name}`}
              onClick={() => setExpanded((v) => !v)}
            >
              {expanded ? 'Show less' : 'Show more'}
            </button>
          )}
        </div>
      )}

      {/* A group, not a labelled <section>: that would be a region landmark, repeated once per card in a grid (axe landmark-unique). */}
      <div data-slot="model-card-pricing" role="group" aria-label="Pricing">
        <dl data-slot="model-card-prices">
          {prices.map((row) => (
            <div key={row.key} data-slot="model-card-price" data-kind={row.key} data-state={row.price.kind}>
              <dt data-slot="model-card-price-label">{row.label}</dt>
              <dd data-slot="model-card-price-value">
                {row.price.kind === 'paid' ? (
                  <>
                    {row.text.slice(0, row.text.length - row.unit.length)}
                    <abbr
                      data-slot="model-card-price-unit"
                      title={row.unit === '/M' ? 'per million tokens' : `per ${row.unit.slice(1)}`}
                    >
                      {row.unit}
                    </abbr>
                  </>
                ) : (
                  row.text
                )}
              </dd>
            </div>
          ))}
        </dl>
        {tiers.length > 0 && (
          <ul data-slot="model-card-price-tiers" aria-label="Conditional prices">
            {tiers.map((tier, i) => (
              <li key={i} data-slot="model-card-price-tier">
                <span data-slot="model-card-price-tier-condition">{tier.condition}</span>: {tier.prices}
              </li>
            ))}
          </ul>
        )}
      </div>

      {(input.length > 0 || output.length > 0) && (
        <p data-slot="model-card-modalities">
          <span data-slot="model-card-modalities-label">Modalities</span>{' '}
          <span data-slot="model-card-modality" data-kind="input">
            {input.length > 0 ? isolatedList(input) : '—'}
          </span>{' '}
          <span data-slot="model-card-modalities-arrow" role="img" aria-label="to">
            →
          </span>{' '}
          <span data-slot="model-card-modality" data-kind="output">
            {output.length > 0 ? isolatedList(output) : '—'}
          </span>
        </p>
      )}

      {badges.length > 0 && (
        <ul data-slot="model-card-badges" aria-label="Capabilities">
          {badges.map(([key, label]) => (
            <li key={key} data-slot="model-card-badge" data-capability={key}>
              {key === 'reasoning' && caps.reasoningMandatory ? 'Reasoning (always on)' : label}
            </li>
          ))}
        </ul>
      )}

      {(hasFacts || hfHref) && (
        <footer data-slot="model-card-footer">
          {hasFacts && (
            <dl data-slot="model-card-facts">
              {typeof maxOutput === 'number' && maxOutput > 0 && (
                <div data-slot="model-card-fact" data-kind="max-output">
                  <dt>Max output</dt>
                  <dd>{formatTokenCount(maxOutput)} tokens</dd>
                </div>
              )}
              {created && (
                <div data-slot="model-card-fact" data-kind="created">
                  <dt>Released</dt>
                  <dd>
                    <time dateTime={isoDay(created)}>{dayFormat.format(created)}</time>
                  </dd>
                </div>
              )}
              {cutoff && (
                <div data-slot="model-card-fact" data-kind="knowledge-cutoff">
                  <dt>Knowledge cutoff</dt>
                  <dd>
                    <time dateTime={isoDay(cutoff).slice(0, 7)}>{monthFormat.format(cutoff)}</time>
                  </dd>
                </div>
              )}
            </dl>
          )}

          {hfHref && (
            <p data-slot="model-card-links">
              <a
                data-slot="model-card-link"
                data-kind="hugging-face"
                href={hfHref}
                target="_blank"
                rel="noopener noreferrer"
              >
                Hugging Face
                <span className="orm-visually-hidden"> (opens in a new tab)</span>
              </a>
            </p>
          )}
        </footer>
      )}

      {children != null && children !== false && <div data-slot="model-card-actions">{children}</div>}
    </Root>
  );
});

export interface ModelCardSkeletonProps {
  className?: string;
  as?: 'article' | 'div';
}

/** A placeholder with the shape of a `ModelCard`, while the model loads. Hidden from assistive technology. */
export function ModelCardSkeleton({ className, as: Root = 'div' }: ModelCardSkeletonProps) {
  return (
    <Root
      data-orm=""
      data-slot="model-card"
      data-state="loading"
      aria-hidden="true"
      className={cx(className)}
    >
      <span data-slot="skeleton" data-kind="name" style={{ width: '55%', height: '1.25em' }} />
      <span data-slot="skeleton" data-kind="id" style={{ width: '40%' }} />
      <span data-slot="skeleton" data-kind="description" style={{ width: '100%' }} />
      <span data-slot="skeleton" data-kind="description" style={{ width: '92%' }} />
      <span data-slot="skeleton" data-kind="description" style={{ width: '70%' }} />
      <span data-slot="skeleton" data-kind="prices" style={{ width: '80%', height: '2.5em' }} />
      <span data-slot="skeleton" data-kind="badges" style={{ width: '60%' }} />
    </Root>
  );
}

function CopyIcon({ copied }: { copied: boolean }) {
  return (
    <Icon data-slot="model-card-copy-icon">
      {copied ? (
        <path d="M3 8.5l3 3 7-7" strokeLinecap="round" strokeLinejoin="round" />
      ) : (
        <>
          <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
          <path d="M10.5 3.5v-.5a1 1 0 00-1-1h-6a1 1 0 00-1 1v6a1 1 0 001 1h.5" strokeLinecap="round" />
        </>
      )}
    </Icon>
  );
}

function WarningIcon() {
  return (
    <Icon data-slot="model-card-expiry-icon">
      <path d="M8 2l6.5 11.5h-13L8 2z" strokeLinejoin="round" />
      <path d="M8 6.5v3M8 11.5v.01" strokeLinecap="round" />
    </Icon>
  );
}
