import type { MODEL_SORTS, ModelSort } from '../core/types';
import { mockModelFacts } from './mock-model-facts';
import type { RawModel } from './raw-model';

const DAY = 86_400;

interface SortSpec {
  /** `desc`: higher scores first; `asc`: lower first. */
  direction: 'asc' | 'desc';
  /** The model's score; null when it has none (placed last in either direction). */
  score(model: RawModel, now: number): number | null;
}

function aa(model: RawModel, key: 'intelligence_index' | 'coding_index' | 'agentic_index'): number | null {
  const v = model.benchmarks?.artificial_analysis?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Every value of `MODEL_SORTS`, and how the mock answers it.
 *
 * From the data (as the real server documents them):
 * - `newest`: `created`, newest first.
 * - `pricing-low-to-high` / `pricing-high-to-low`: the mean of the prompt and completion
 *   prices per token. Variable prices (`"-1"`, routers) have no score and go last either way.
 * - `context-high-to-low`: `context_length`.
 * - `intelligence-high-to-low`, `coding-high-to-low`, `agentic-high-to-low`:
 *   `benchmarks.artificial_analysis.{intelligence,coding,agentic}_index`.
 * - `design-arena-elo-high-to-low`: the best `elo` across `benchmarks.design_arena`.
 *   Models without the benchmark go last, as the API says.
 *
 * STAND-INS (the data has no usage or performance numbers; see `mockModelFacts`):
 * - `most-popular`: the stand-in `popularity` score: author tier (big labs first) ×
 *   cheapness × a stable per-model jitter.
 * - `top-weekly` ("tokens in the last week"): `popularity × e^(−age in days / 120)`, so
 *   recent popular models lead; age is counted to the mock's fixed `now`.
 * - `throughput-high-to-low`: the stand-in `throughputTps` (cheap → fast, ± jitter).
 * - `latency-low-to-high`: the stand-in `latencyMs` (cheap → quick to the first token,
 *   reasoning models slower, ± jitter).
 *
 * Equal scores keep the server's default order (the order of the data).
 */
export const MOCK_SORTS: Readonly<Record<(typeof MODEL_SORTS)[number], SortSpec>> = {
  'most-popular': { direction: 'desc', score: (m) => mockModelFacts(m).popularity },
  'top-weekly': {
    direction: 'desc',
    score: (m, now) => {
      const age = typeof m.created === 'number' ? Math.max(0, (now - m.created) / DAY) : Infinity;
      return mockModelFacts(m).popularity * Math.exp(-age / 120);
    },
  },
  newest: { direction: 'desc', score: (m) => (typeof m.created === 'number' ? m.created : null) },
  'pricing-low-to-high': { direction: 'asc', score: (m) => mockModelFacts(m).averagePerMillion },
  'pricing-high-to-low': { direction: 'desc', score: (m) => mockModelFacts(m).averagePerMillion },
  'context-high-to-low': {
    direction: 'desc',
    score: (m) => (typeof m.context_length === 'number' ? m.context_length : null),
  },
  'throughput-high-to-low': { direction: 'desc', score: (m) => mockModelFacts(m).throughputTps },
  'latency-low-to-high': { direction: 'asc', score: (m) => mockModelFacts(m).latencyMs },
  'intelligence-high-to-low': { direction: 'desc', score: (m) => aa(m, 'intelligence_index') },
  'coding-high-to-low': { direction: 'desc', score: (m) => aa(m, 'coding_index') },
  'agentic-high-to-low': { direction: 'desc', score: (m) => aa(m, 'agentic_index') },
  'design-arena-elo-high-to-low': {
    direction: 'desc',
    score: (m) => {
      const elos = (m.benchmarks?.design_arena ?? [])
        .map((e) => e.elo)
        .filter((e): e is number => typeof e === 'number');
      return elos.length ? Math.max(...elos) : null;
    },
  },
};

/** The score the mock sorts by for `sort` (null: none, placed last), or undefined for an unknown sort. */
export function mockSortScore(model: RawModel, sort: ModelSort, now: number): number | null | undefined {
  const spec = (MOCK_SORTS as Record<string, SortSpec | undefined>)[sort];
  return spec ? spec.score(model, now) : undefined;
}

/** A sorted copy (stable: ties keep the input order). An unknown or absent sort keeps the input order. */
export function sortMockModels(
  models: readonly RawModel[],
  sort: ModelSort | undefined,
  now: number,
): RawModel[] {
  const spec = sort === undefined ? undefined : (MOCK_SORTS as Record<string, SortSpec | undefined>)[sort];
  if (!spec) return [...models];
  const sign = spec.direction === 'desc' ? -1 : 1;
  const scored = models.map((model, index) => ({ model, index, score: spec.score(model, now) }));
  scored.sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score === b.score) return a.index - b.index;
      return a.score === null ? 1 : -1;
    }
    return sign * (a.score - b.score) || a.index - b.index;
  });
  return scored.map((s) => s.model);
}
