import type { MODEL_SORTS, ModelSort } from '../core/types';

/** Human labels for every sort the API offers (the price sorts use the mean of the input and output prices, as the API says). */
export const MODEL_SORT_LABELS: Readonly<Record<(typeof MODEL_SORTS)[number], string>> = {
  'most-popular': 'Most popular',
  newest: 'Newest',
  'top-weekly': 'Top this week',
  'pricing-low-to-high': 'Average price: low to high',
  'pricing-high-to-low': 'Average price: high to low',
  'context-high-to-low': 'Context: longest first',
  'throughput-high-to-low': 'Throughput: fastest first',
  'latency-low-to-high': 'Latency: lowest first',
  'intelligence-high-to-low': 'Intelligence index: highest first',
  'coding-high-to-low': 'Coding index: highest first',
  'agentic-high-to-low': 'Agentic index: highest first',
  'design-arena-elo-high-to-low': 'Design Arena ELO: highest first',
};

/** The label of a sort; a sort the kit does not know yet is shown as it is. */
export function modelSortLabel(sort: ModelSort): string {
  return (MODEL_SORT_LABELS as Record<string, string | undefined>)[sort] ?? sort;
}
