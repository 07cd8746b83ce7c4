'use client';
import { useControllableProp } from '../shared/use-controllable-prop';
import { forwardRef, useId, useMemo, type HTMLAttributes, type ReactNode } from 'react';
import type { ModelRef } from '../../core/model-id';
import type { ModelEndpointsResponse, PublicEndpoint } from '../../core/types';
import { useModelEndpoints } from '../../hooks/use-model-endpoints';
import { compareEndpoints, type EndpointNeed } from '../../model/compare-endpoints';
import {
  ENDPOINT_STATE_LABELS,
  endpointLabel,
  endpointPrices,
  endpointRegion,
  endpointState,
  endpointsLackSpeed,
  formatLatency,
  formatThroughput,
  formatUptime,
  priceValue,
  type EndpointPrices,
  type EndpointState,
} from '../../model/endpoint-figures';
import { formatTokenCount } from '../../model/format-token-count';
import { modelPriceTiers } from '../../model/model-price-tiers';
import { formatPrice, perMillion, type Price } from '../../model/pricing';
import { cx } from '../shared/cx';
import { Icon } from '../shared/icon';
import { EmptyState, ErrorState, RefreshIndicator, SkeletonRows } from '../shared/state-views';
import { useRetry } from '../shared/use-retry';

export type ProvidersSortColumn =
  | 'provider'
  | 'input'
  | 'output'
  | 'context'
  | 'maxOutput'
  | 'quantization'
  | 'uptime30m'
  | 'uptime1d'
  | 'latency'
  | 'throughput'
  | 'status';
export type ProvidersSortDirection = 'ascending' | 'descending';
export interface ProvidersSort {
  column: ProvidersSortColumn;
  direction: ProvidersSortDirection;
}

/** The options `useModelEndpoints` takes, less `select` (the component reads the response itself). */
export type ModelProvidersQueryOptions = Omit<
  NonNullable<Parameters<typeof useModelEndpoints<ModelEndpointsResponse>>[1]>,
  'select'
>;

export interface ModelProvidersProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'children' | 'defaultValue'
> {
  /** The model: `'anthropic/claude-sonnet-4'`, a variant, a `~` alias or `{ author, slug }`. */
  model: ModelRef;
  /** A stated need: the table names the provider that fits it best and says why (see `compareEndpoints`). */
  need?: EndpointNeed;
  /** The sort (controlled). `null`: OpenRouter's own order. */
  sort?: ProvidersSort | null;
  /** The first sort (uncontrolled). Default `null`: OpenRouter's own order. */
  defaultSort?: ProvidersSort | null;
  onSortChange?: (sort: ProvidersSort | null) => void;
  /** The table's caption. Default `Providers of {model name}`. */
  caption?: ReactNode;
  /** Query options passed to `useModelEndpoints` (`staleTime`, `enabled`, `retry`, ...). */
  queryOptions?: ModelProvidersQueryOptions;
  className?: string;
}

interface Row {
  endpoint: PublicEndpoint;
  key: string;
  label: string;
  region?: string;
  state: EndpointState;
  prices: EndpointPrices;
  /** What the sorts and marks compare, per column. */
  values: Record<ProvidersSortColumn, number | string | null>;
}

interface Column {
  id: ProvidersSortColumn;
  label: string;
  /** The direction of the first press: the better end first. */
  first: ProvidersSortDirection;
  /** Words for the sort announcement, per direction. */
  order: [ascending: string, descending: string];
}

const COLUMNS: readonly Column[] = [
  { id: 'provider', label: 'Provider', first: 'ascending', order: ['A to Z', 'Z to A'] },
  { id: 'input', label: 'Input price', first: 'ascending', order: ['lowest first', 'highest first'] },
  { id: 'output', label: 'Output price', first: 'ascending', order: ['lowest first', 'highest first'] },
  { id: 'context', label: 'Context', first: 'descending', order: ['smallest first', 'largest first'] },
  { id: 'maxOutput', label: 'Max output', first: 'descending', order: ['smallest first', 'largest first'] },
  { id: 'quantization', label: 'Quantization', first: 'ascending', order: ['A to Z', 'Z to A'] },
  { id: 'uptime30m', label: 'Uptime 30 min', first: 'descending', order: ['lowest first', 'highest first'] },
  { id: 'uptime1d', label: 'Uptime 1 day', first: 'descending', order: ['lowest first', 'highest first'] },
  { id: 'latency', label: 'Latency', first: 'ascending', order: ['fastest first', 'slowest first'] },
  { id: 'throughput', label: 'Throughput', first: 'descending', order: ['slowest first', 'fastest first'] },
  { id: 'status', label: 'Status', first: 'descending', order: ['worst first', 'best first'] },
];

/** Status as a sortable number: up 3, unknown 2, degraded 1, down 0. */
const STATE_ORDER: Record<EndpointState, number> = { up: 3, unknown: 2, degraded: 1, down: 0 };

function rowOf(endpoint: PublicEndpoint, index: number): Row {
  const prices = endpointPrices(endpoint.pricing);
  const state = endpointState(endpoint.status);
  const region = endpointRegion(endpoint);
  return {
    endpoint,
    // Tags are unique per endpoint in practice, not by contract: the index keeps keys unique.
    key: `${endpoint.tag}#${index}`,
    label: endpointLabel(endpoint),
    ...(region ? { region } : {}),
    state,
    prices,
    values: {
      provider: endpointLabel(endpoint).toLowerCase(),
      input: priceValue(prices.prompt),
      output: priceValue(prices.completion),
      context: endpoint.contextLength,
      maxOutput: endpoint.maxCompletionTokens,
      quantization: endpoint.quantization,
      uptime30m: endpoint.uptimeLast30m,
      uptime1d: endpoint.uptimeLast1d,
      latency: endpoint.latencyLast30m?.p50 ?? null,
      throughput: endpoint.throughputLast30m?.p50 ?? null,
      status: STATE_ORDER[state],
    },
  };
}

/** Rows in the sort's order; rows without the figure always last, ties in OpenRouter's order. */
function sortRows(rows: Row[], sort: ProvidersSort | null | undefined): Row[] {
  if (!sort) return rows;
  const k = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => [row, i] as const)
    .sort(([a, i], [b, j]) => {
      const x = a.values[sort.column];
      const y = b.values[sort.column];
      if (x === null || y === null) return x === y ? i - j : x === null ? 1 : -1;
      const c = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
      return c ? c * k : i - j;
    })
    .map(([row]) => row);
}

type Mark = 'cheapest' | 'fastest' | 'reliable';
const MARK_LABELS: Record<Mark, string> = {
  cheapest: 'Cheapest',
  fastest: 'Fastest',
  reliable: 'Most reliable',
};

/**
 * The rows that stand out, in words: the cheapest (input + output per million), the fastest
 * (throughput) and the most reliable (uptime over a day, else 30 minutes). Down providers are
 * never marked; a mark needs two rows to compare and a figure that is not the same for all.
 */
function marksOf(rows: Row[]): Map<string, Mark[]> {
  const marks = new Map<string, Mark[]>();
  const live = rows.filter((r) => r.state !== 'down');
  const mark = (kind: Mark, value: (r: Row) => number | null, better: 'low' | 'high') => {
    const known = live
      .map((r) => [r, value(r)] as const)
      .filter((x): x is readonly [Row, number] => x[1] !== null);
    if (known.length < 2) return;
    const values = known.map(([, v]) => v);
    const best = better === 'low' ? Math.min(...values) : Math.max(...values);
    if (values.every((v) => v === best)) return;
    for (const [r, v] of known) if (v === best) marks.set(r.key, [...(marks.get(r.key) ?? []), kind]);
  };
  mark(
    'cheapest',
    (r) =>
      r.values.input === null || r.values.output === null
        ? null
        : (r.values.input as number) + (r.values.output as number),
    'low',
  );
  mark('fastest', (r) => r.values.throughput as number | null, 'high');
  mark('reliable', (r) => r.endpoint.uptimeLast1d ?? r.endpoint.uptimeLast30m ?? null, 'high');
  return marks;
}

/**
 * A model's providers as a table: provider and region, prices in and out per million tokens
 * (after discounts; long-context tiers beneath), context, max output, quantization, uptime
 * (30 minutes, 1 day), latency p50 (time to first token), throughput p50 and status. Every
 * figure sorts from its column header (a button; `aria-sort` on the header); the cheapest,
 * fastest and most reliable are marked in words; degraded and down providers say so. Latency
 * and throughput need an API key: without one the table says "sign in to see speed".
 * Narrow containers get a stacked layout. Data only through `useModelEndpoints`.
 */
export const ModelProviders = forwardRef<HTMLDivElement, ModelProvidersProps>(
  function ModelProviders(props, ref) {
    const {
      model,
      need,
      sort: sortProp,
      defaultSort = null,
      onSortChange,
      caption,
      queryOptions,
      className,
      ...rest
    } = props;
    const id = useId();
    const query = useModelEndpoints(model, queryOptions);
    const { data, isPending, isFetching, refetch } = query;
    const { retrying, shownError: error, retry } = useRetry(query.error, refetch);
    const [sort, setSort] = useControllableProp<ProvidersSort | null>({
      passed: 'sort' in props,
      prop: sortProp ?? null,
      defaultProp: defaultSort,
      onChange: onSortChange,
      caller: 'ModelProviders',
    });

    const endpoints = data?.data.endpoints;
    const rows = useMemo(() => (endpoints ?? []).map(rowOf), [endpoints]);
    const marks = useMemo(() => marksOf(rows), [rows]);
    const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
    const comparison = useMemo(
      () => (need && endpoints ? compareEndpoints(endpoints, need) : undefined),
      [need, endpoints],
    );
    const pickIndex = comparison?.best ? endpoints!.indexOf(comparison.best.endpoint) : -1;
    const noSpeed = endpoints ? endpointsLackSpeed(endpoints) : false;

    const state = data
      ? rows.length
        ? 'ready'
        : 'empty'
      : error
        ? 'error'
        : isPending
          ? 'loading'
          : 'error';
    const column = sort ? COLUMNS.find((c) => c.id === sort.column) : undefined;
    const announcement = column
      ? `Sorted by ${column.label}, ${column.order[sort!.direction === 'ascending' ? 0 : 1]}`
      : '';

    const press = (c: Column) => {
      const direction: ProvidersSortDirection =
        sort?.column === c.id ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : c.first;
      setSort({ column: c.id, direction });
    };

    return (
      <div
        {...rest}
        ref={ref}
        data-orm=""
        data-slot="model-providers"
        data-state={state}
        aria-busy={isFetching || undefined}
        className={cx(className)}
      >
        {state === 'loading' && (
          <>
            <span role="status" className="orm-visually-hidden">
              Loading providers…
            </span>
            <SkeletonRows rows={4} />
          </>
        )}
        {state === 'error' && <ErrorState error={error} onRetry={retry} retrying={retrying} />}
        {state === 'empty' && (
          <EmptyState title="No providers">No provider serves {data!.data.name} right now.</EmptyState>
        )}
        {state === 'ready' && (
          <>
            {noSpeed && (
              <p data-slot="model-providers-note" data-kind="no-speed">
                Latency and throughput are shown only when you are signed in (with an OpenRouter API key):
                sign in to see speed.
              </p>
            )}
            {comparison && (
              <p data-slot="model-providers-pick" data-state={comparison.best ? 'picked' : 'none'}>
                <span data-slot="model-providers-pick-label">
                  {comparison.best ? 'Best for your need: ' : 'No pick: '}
                </span>
                {comparison.explanation}
              </p>
            )}
            <div data-slot="model-providers-scroll">
              <table data-slot="model-providers-table" aria-describedby={`${id}-sorted`}>
                <caption data-slot="model-providers-caption">
                  {caption ?? `Providers of ${data!.data.name}`}{' '}
                  <RefreshIndicator active={isFetching && !error} label="Updating providers…" />
                </caption>
                <thead data-slot="model-providers-head">
                  <tr>
                    {COLUMNS.map((c) => {
                      const active = sort?.column === c.id;
                      return (
                        <th
                          key={c.id}
                          scope="col"
                          data-slot="model-providers-header"
                          data-column={c.id}
                          data-state={active ? sort!.direction : 'none'}
                          aria-sort={active ? sort!.direction : undefined}
                        >
                          <button type="button" data-slot="model-providers-sort" onClick={() => press(c)}>
                            <span data-slot="model-providers-sort-label">{c.label}</span>
                            <SortIcon direction={active ? sort!.direction : undefined} />
                          </button>
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {sorted.map((row) => (
                    <ProviderRow
                      key={row.key}
                      row={row}
                      marks={marks.get(row.key)}
                      picked={pickIndex >= 0 && row.endpoint === endpoints![pickIndex]}
                      noSpeed={noSpeed}
                    />
                  ))}
                </tbody>
              </table>
            </div>
            <p
              id={`${id}-sorted`}
              data-slot="model-providers-sorted"
              role="status"
              className="orm-visually-hidden"
            >
              {announcement}
            </p>
          </>
        )}
      </div>
    );
  },
);

/**
 * The long-context tiers of one price (`> 200K tokens: $6.00/M`), after the discount; for the
 * input column, also the time-window tiers in `modelPriceTiers`' words.
 */
function tiersOf(pricing: PublicEndpoint['pricing'], key: 'prompt' | 'completion'): string[] {
  const overrides = pricing.overrides ?? [];
  const byLength = overrides.flatMap((o) => {
    if (
      typeof o.minPromptTokens !== 'number' ||
      o[key] === undefined ||
      o.utcStart !== undefined ||
      o.utcEnd !== undefined ||
      o.utcDays?.length
    )
      return [];
    return [
      `> ${formatTokenCount(o.minPromptTokens)} tokens: ${formatPrice(endpointPrices(pricing, o.minPromptTokens + 1)[key])}`,
    ];
  });
  const byTime =
    key === 'prompt'
      ? modelPriceTiers({
          ...pricing,
          overrides: overrides.filter(
            (o) => o.utcStart !== undefined || o.utcEnd !== undefined || o.utcDays?.length,
          ),
        }).map((t) => t.text)
      : [];
  return [...byLength, ...byTime];
}

function PriceCell({
  price,
  base,
  discount,
  tiers,
}: {
  price: Price;
  base: Price;
  discount: number;
  tiers: string[];
}) {
  return (
    <>
      <PriceText price={price} base={base} discount={discount} />
      {tiers.length > 0 && (
        <span data-slot="model-providers-tiers">
          {tiers.map((t, i) => (
            <span key={i} data-slot="model-providers-tier">
              {t}
            </span>
          ))}
        </span>
      )}
    </>
  );
}

function PriceText({ price, base, discount }: { price: Price; base: Price; discount: number }) {
  if (price.kind !== 'paid') return <>{formatPrice(price)}</>;
  return (
    <>
      {formatPrice(price, { unit: '' })}
      <abbr data-slot="model-providers-unit" title="per million tokens">
        /M
      </abbr>
      {discount > 0 && (
        <span data-slot="model-providers-discount">
          {' '}
          {Math.round(discount * 100)}% off {formatPrice(base)}
        </span>
      )}
    </>
  );
}

/** What a cell shows without a figure: "—", and for speed, why. */
function Missing({ speed }: { speed?: boolean }) {
  return speed ? (
    <span data-slot="model-providers-missing" data-kind="sign-in">
      <span aria-hidden="true">—</span>
      <span className="orm-visually-hidden">sign in to see speed</span>
    </span>
  ) : (
    <span data-slot="model-providers-missing">
      <span aria-hidden="true">—</span>
      <span className="orm-visually-hidden">not reported</span>
    </span>
  );
}

function ProviderRow({
  row,
  marks,
  picked,
  noSpeed,
}: {
  row: Row;
  marks: Mark[] | undefined;
  picked: boolean;
  noSpeed: boolean;
}) {
  const { endpoint: e, prices } = row;
  const cell = (column: ProvidersSortColumn, label: string, content: ReactNode) => (
    <td data-slot="model-providers-cell" data-column={column}>
      <span data-slot="model-providers-cell-label" aria-hidden="true">
        {label}
      </span>
      <span data-slot="model-providers-value">{content}</span>
    </td>
  );
  const text = (value: string | null, speed?: boolean) => value ?? <Missing speed={speed} />;
  const latency = formatLatency(e.latencyLast30m?.p50);
  const throughput = formatThroughput(e.throughputLast30m?.p50);
  return (
    <tr data-slot="model-providers-row" data-state={row.state} data-picked={picked || undefined}>
      <th scope="row" data-slot="model-providers-provider">
        <span data-slot="model-providers-name">
          <bdi>{e.providerName}</bdi>
          {row.region && (
            <span data-slot="model-providers-region">
              {' '}
              <bdi>{row.region}</bdi>
            </span>
          )}
        </span>
        {(marks?.length || picked) && (
          <span data-slot="model-providers-marks">
            {picked && (
              <span data-slot="model-providers-mark" data-kind="pick">
                Best for your need
              </span>
            )}
            {marks?.map((m) => (
              <span key={m} data-slot="model-providers-mark" data-kind={m}>
                {MARK_LABELS[m]}
              </span>
            ))}
          </span>
        )}
      </th>
      {cell(
        'input',
        'Input',
        <PriceCell
          price={prices.prompt}
          base={perMillion(e.pricing.prompt)}
          discount={prices.discount}
          tiers={tiersOf(e.pricing, 'prompt')}
        />,
      )}
      {cell(
        'output',
        'Output',
        <PriceCell
          price={prices.completion}
          base={perMillion(e.pricing.completion)}
          discount={prices.discount}
          tiers={tiersOf(e.pricing, 'completion')}
        />,
      )}
      {cell('context', 'Context', e.contextLength ? formatTokenCount(e.contextLength) : <Missing />)}
      {cell(
        'maxOutput',
        'Max output',
        e.maxCompletionTokens ? formatTokenCount(e.maxCompletionTokens) : <Missing />,
      )}
      {cell('quantization', 'Quantization', e.quantization ? <bdi>{e.quantization}</bdi> : <Missing />)}
      {cell('uptime30m', 'Uptime 30 min', text(formatUptime(e.uptimeLast30m)))}
      {cell('uptime1d', 'Uptime 1 day', text(formatUptime(e.uptimeLast1d)))}
      {cell('latency', 'Latency p50', text(latency, noSpeed || e.latencyLast30m === null))}
      {cell('throughput', 'Throughput p50', text(throughput, noSpeed || e.throughputLast30m === null))}
      {cell(
        'status',
        'Status',
        <span data-slot="model-providers-status" data-state={row.state}>
          <StatusIcon state={row.state} />
          {ENDPOINT_STATE_LABELS[row.state]}
        </span>,
      )}
    </tr>
  );
}

function SortIcon({ direction }: { direction?: ProvidersSortDirection }) {
  return (
    <Icon data-slot="model-providers-sort-icon" line={false} width={10} height={12} viewBox="0 0 10 12">
      <path d="M5 1L9 5H1z" fill="currentColor" opacity={direction === 'ascending' ? 1 : 0.3} />
      <path d="M5 11L1 7h8z" fill="currentColor" opacity={direction === 'descending' ? 1 : 0.3} />
    </Icon>
  );
}

function StatusIcon({ state }: { state: EndpointState }) {
  return (
    <Icon data-slot="model-providers-status-icon" line={false} size={12} viewBox="0 0 12 12">
      {state === 'up' ? (
        <circle cx="6" cy="6" r="4.5" fill="currentColor" />
      ) : state === 'degraded' ? (
        <path d="M6 1l5 9.5H1z" fill="currentColor" />
      ) : state === 'down' ? (
        <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      ) : (
        <circle cx="6" cy="6" r="4" fill="none" stroke="currentColor" strokeWidth="1.5" />
      )}
    </Icon>
  );
}
