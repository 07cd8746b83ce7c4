import type { Model } from './types';

/**
 * Client-side search over a model list, built once per list so each keystroke only
 * scans precomputed lowercase strings. Every word of the query must occur in the
 * model's name, id or author; results keep the list's order, with name-prefix matches first.
 */
export interface ModelSearchIndex {
  readonly size: number;
  /** Indices into the original list of the models that match `query`. An empty query matches all. */
  search(query: string): number[];
}

export function createModelSearchIndex(models: readonly Pick<Model, 'id' | 'name'>[]): ModelSearchIndex {
  const n = models.length;
  const haystacks = new Array<string>(n);
  const names = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const m = models[i];
    const name = fold(m.name);
    names[i] = name;
    haystacks[i] = `${name}\u0000${fold(m.id)}`;
  }
  let lastQuery = '';
  let lastResult: number[] | null = null;
  return {
    size: n,
    search(query) {
      const q = fold(query).trim();
      if (!q) return allIndices(n);
      const words = q.split(/\s+/);
      // Typing extends the query: search only within the previous results.
      const pool = lastResult && lastQuery && q.startsWith(lastQuery) ? lastResult : null;
      const prefix: number[] = [];
      const rest: number[] = [];
      const scan = (i: number) => {
        const h = haystacks[i];
        for (let w = 0; w < words.length; w++) if (h.indexOf(words[w]) < 0) return;
        (names[i].startsWith(words[0]) ? prefix : rest).push(i);
      };
      if (pool) {
        // Keep the original order of the pool (it was ordered prefix-first; re-split it).
        const sorted = pool.slice().sort((a, b) => a - b);
        for (const i of sorted) scan(i);
      } else {
        for (let i = 0; i < n; i++) scan(i);
      }
      const result = prefix.length ? prefix.concat(rest) : rest;
      lastQuery = q;
      lastResult = result;
      return result;
    },
  };
}

function allIndices(n: number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** Lowercase, without diacritics, zero-width and bidi control characters. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
}
