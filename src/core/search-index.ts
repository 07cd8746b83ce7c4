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
  // Which characters each model has, as 64 bits: a model that lacks one of a word's
  // characters is passed over without a string search (most of them, for short words).
  const masks = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const m = models[i];
    const name = fold(m.name);
    names[i] = name;
    const h = `${name}\u0000${fold(m.id)}`;
    haystacks[i] = h;
    let lo = 0;
    let hi = 0;
    for (let c = 0; c < h.length; c++) {
      const b = charBit(h.charCodeAt(c));
      if (b < 32) lo |= 1 << b;
      else hi |= 1 << (b - 32);
    }
    masks[2 * i] = lo;
    masks[2 * i + 1] = hi;
  }
  let lastQuery = '';
  // The previous matches, both parts in list order, to narrow from.
  let lastPrefix: number[] = [];
  let lastRest: number[] = [];
  return {
    size: n,
    search(query) {
      const q = fold(query).trim();
      if (!q) return allIndices(n);
      const words = q.split(/\s+/);
      const first = words[0];
      let wantLo = 0;
      let wantHi = 0;
      // A word of one character with a bit of its own is found by the mask alone.
      const needsScan: string[] = [];
      for (const word of words) {
        for (let c = 0; c < word.length; c++) {
          const b = charBit(word.charCodeAt(c));
          if (b < 32) wantLo |= 1 << b;
          else wantHi |= 1 << (b - 32);
        }
        if (word.length > 1 || charBit(word.charCodeAt(0)) >= EXACT_BITS) needsScan.push(word);
      }
      // Typing extends the query: search only within the previous matches, merged back
      // into list order.
      const narrow = lastQuery !== '' && q.startsWith(lastQuery);
      const P = lastPrefix;
      const R = lastRest;
      const end = narrow ? P.length + R.length : n;
      const prefix: number[] = [];
      const rest: number[] = [];
      for (let k = 0, a = 0, b = 0; k < end; k++) {
        const i = !narrow ? k : b >= R.length || (a < P.length && P[a] < R[b]) ? P[a++] : R[b++];
        if ((masks[2 * i] & wantLo) !== wantLo || (masks[2 * i + 1] & wantHi) !== wantHi) continue;
        const h = haystacks[i];
        let w = 0;
        while (w < needsScan.length && h.indexOf(needsScan[w]) >= 0) w++;
        if (w < needsScan.length) continue;
        (names[i].startsWith(first) ? prefix : rest).push(i);
      }
      lastQuery = q;
      lastPrefix = prefix;
      lastRest = rest;
      return prefix.length === 0 ? rest : rest.length === 0 ? prefix : prefix.concat(rest);
    },
  };
}

/** Bits 0–25: a–z, 26–35: 0–9, 36–40: - . / : _ (one character each); 41–63: any other, shared. */
const EXACT_BITS = 41;
function charBit(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  switch (code) {
    case 45:
      return 36; // -
    case 46:
      return 37; // .
    case 47:
      return 38; // /
    case 58:
      return 39; // :
    case 95:
      return 40; // _
  }
  return EXACT_BITS + (code % (64 - EXACT_BITS));
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
