import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { FilterPanel } from '../src/components/filter-panel/filter-panel';
import { ModelCard, ModelCardSkeleton } from '../src/components/model-card/model-card';
import { ModelCount } from '../src/components/model-count/model-count';
import { SortSelect } from '../src/components/sort-select/sort-select';
import { EmptyState, ErrorState, RefreshIndicator } from '../src/components/shared/state-views';
import { clearFilters, hasActiveFilters, updateFilters } from '../src/model/update-filters';
import { createModelSearchIndex } from '../src/model/search-index';
import type { Model, ModelsListFilters } from '../src/core/types';
import { useModels } from '../src/hooks/use-models';

/**
 * A story-level composition, not a kit export: how an app builds a catalogue page from the
 * kit's parts. `FilterPanel` on the left; search, `SortSelect` and `ModelCount` on top; a
 * grid of `ModelCard`s from `useModels(filters)`, virtualized by rows (only the rows in view
 * are rendered, heights measured), with the four states: skeletons, data, empty (clear
 * filters) and error (retry).
 */
export interface CatalogueExampleProps {
  defaultFilters?: ModelsListFilters;
  /** The narrowest a card may be, in px. Default 300. */
  minCardWidth?: number;
}

const GAP = 16;
const NO_MODELS: Model[] = [];

/** Columns that fit `width` at `min` px each. */
function useColumns(min: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [columns, setColumns] = useState(1);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      setColumns(Math.max(1, Math.floor((width + GAP) / (min + GAP))));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [min]);
  return [ref, columns] as const;
}

const styles = {
  page: { display: 'grid', gridTemplateColumns: 'minmax(260px, 320px) minmax(0, 1fr)', height: '100vh', fontFamily: 'var(--orm-font)', color: 'var(--orm-fg)', background: 'var(--orm-bg)' },
  aside: { overflowY: 'auto', borderRight: '1px solid var(--orm-border)', padding: 16, background: 'var(--orm-bg-subtle)' },
  main: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0 },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 12, padding: '16px 20px 12px', borderBottom: '1px solid var(--orm-border)' },
  title: { margin: 0, fontSize: '1.25rem', fontWeight: 650, flex: '1 0 100%' },
  searchLabel: { display: 'grid', gap: 4, flex: '1 1 240px', fontSize: '0.8125rem', fontWeight: 600, color: 'var(--orm-fg-muted)' },
  search: { font: 'inherit', fontSize: '0.875rem', fontWeight: 400, padding: '7px 10px', color: 'var(--orm-fg)', background: 'var(--orm-bg)', border: '1px solid var(--orm-border)', borderRadius: 'var(--orm-radius-sm)' },
  summary: { display: 'flex', alignItems: 'center', gap: '0.3em', padding: '8px 20px', fontSize: '0.8125rem', color: 'var(--orm-fg-muted)' },
  scroller: { flex: 1, minHeight: 0, overflowY: 'auto', padding: '4px 20px 20px', outlineOffset: -2 },
  grid: (columns: number): CSSProperties => ({ display: 'grid', gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: GAP, alignItems: 'start' }),
} satisfies Record<string, CSSProperties | ((n: number) => CSSProperties)>;

const NARROW = `@media (max-width: 640px) {
  [data-slot='catalogue'] { grid-template-columns: minmax(0, 1fr) !important; grid-template-rows: minmax(0, 40vh) minmax(0, 1fr); }
  [data-slot='catalogue'] > aside { border-right: 0 !important; border-bottom: 1px solid var(--orm-border); }
}`;

export function CatalogueExample({ defaultFilters = {}, minCardWidth = 300 }: CatalogueExampleProps) {
  const [filters, setFilters] = useState<ModelsListFilters>(defaultFilters);
  const [query, setQuery] = useState('');
  const list = useModels(filters);
  const models = list.data?.data ?? NO_MODELS;

  // Search narrows what is loaded on each keystroke (an index built once per list).
  const index = useMemo(() => createModelSearchIndex(models), [models]);
  const deferredQuery = useDeferredValue(query);
  // Ranked by match in the default order; in the chosen sort's order when there is one.
  const shown = useMemo(() => index.search(deferredQuery, { rank: !filters.sort }).map((i) => models[i]), [index, deferredQuery, models, filters.sort]);

  const [gridRef, columns] = useColumns(minCardWidth);
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowCount = Math.ceil(shown.length / columns);
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 340,
    gap: GAP,
    overscan: 2,
    getItemKey: (row) => shown[row * columns]?.id ?? row,
  });
  // A new list starts at the top.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [filters, deferredQuery]);

  const headingId = useId();
  const searchId = useId();
  const clearAll = () => {
    setFilters((f) => clearFilters(f));
    setQuery('');
  };
  const canClear = hasActiveFilters(filters) || query.length > 0;
  const refreshing = list.isFetching && list.data !== undefined;

  let body;
  if (list.isPending) {
    body = (
      <div style={styles.grid(columns)} aria-hidden="true">
        {Array.from({ length: columns * 3 }, (_, i) => (
          <ModelCardSkeleton key={i} />
        ))}
      </div>
    );
  } else if (list.isError && models.length === 0) {
    body = <ErrorState error={list.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />;
  } else if (shown.length === 0) {
    body = (
      <EmptyState
        title={query ? `No models match “${query}”` : 'No models match these filters'}
        action={canClear ? { label: query && hasActiveFilters(filters) ? 'Clear search and filters' : query ? 'Clear search' : 'Clear filters', onClick: clearAll } : undefined}
      >
        Fewer filters find more models.
      </EmptyState>
    );
  } else {
    body = (
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            style={{ ...styles.grid(columns), position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)` }}
          >
            {shown.slice(row.index * columns, row.index * columns + columns).map((model) => (
              <ModelCard key={model.id} model={model} headingLevel={2} />
            ))}
          </div>
        ))}
      </div>
    );
  }

  return (
    <div data-orm="" data-slot="catalogue" style={styles.page}>
      {/* A phone: the filters above the cards (40% of the height, scrolling), not beside them. */}
      <style>{NARROW}</style>
      <aside aria-label="Filters" style={styles.aside}>
        <FilterPanel filters={filters} onFiltersChange={setFilters} />
      </aside>
      <main aria-labelledby={headingId} style={styles.main}>
        <header style={styles.header}>
          <h1 id={headingId} style={styles.title}>
            Models
          </h1>
          <label htmlFor={searchId} style={styles.searchLabel}>
            Search
            <input
              id={searchId}
              type="search"
              placeholder="Name or id, e.g. claude sonnet"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              autoComplete="off"
              spellCheck={false}
              style={styles.search}
            />
          </label>
          <SortSelect value={filters.sort} onValueChange={(sort) => setFilters((f) => updateFilters(f, { sort }))} />
        </header>
        {/* One live region, read as one sentence: "Showing 26 of 337 models". */}
        <div style={styles.summary}>
          <p style={{ display: 'flex', alignItems: 'center', gap: '0.3em', margin: 0 }} role="status" aria-atomic="true">
            <span data-testid="shown-count">
              {list.isPending ? 'Loading models…' : list.data ? `Showing ${shown.length.toLocaleString('en-US')} of` : 'Could not load the models'}
            </span>
            {list.data && <ModelCount announce={false} filters={filters.outputModalities ? { outputModalities: filters.outputModalities } : undefined} />}
          </p>
          <RefreshIndicator active={refreshing} />
        </div>
        <div
          ref={(el) => {
            scrollRef.current = el;
            gridRef.current = el;
          }}
          role="region"
          aria-label="Model cards"
          aria-busy={list.isPending || refreshing || undefined}
          tabIndex={0}
          style={{ ...styles.scroller, opacity: list.isPlaceholderData ? 0.6 : 1 }}
        >
          {body}
        </div>
      </main>
    </div>
  );
}
