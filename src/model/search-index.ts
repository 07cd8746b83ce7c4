import type { Model } from '../core/types';
import { authorPrefixLength } from './capabilities';

/**
 * Client-side search over a model list, built once per list so each keystroke only
 * scans precomputed lowercase strings. Every word of the query must occur in the
 * model's name, id or author. Results are ranked, each rank in the list's order:
 * 1. exact: the query is the model's id, its slug (the id after "author/"), its name, or
 *    its name without the author ("GPT-4o" of "OpenAI: GPT-4o");
 * 2. one of those begins with the query;
 * 3. one of those begins with the query's first word;
 * 4. every word of the query begins a word of the name or id (after a space or a sign:
 *    `son` is the start of "Sonnet" but inside "reasoning");
 * 5. every other match.
 * So `gpt-4o` puts `openai/gpt-4o` before `openai/gpt-4o-mini`, `claude sonnet` puts
 * "Anthropic: Claude Sonnet 4.5" before "Anthropic: Claude 3.5 Sonnet", and `son` puts
 * "Claude Sonnet" before a model whose id says "reasoning".
 */
export interface ModelSearchOptions {
  /**
   * Rank the matches (default true). With `false` they keep the list's order: for a list
   * that the person sorted (cheapest first, newest first), where the order is the point.
   */
  rank?: boolean;
}

export interface ModelSearchIndex {
  readonly size: number;
  /** Indices into the original list of the models that match `query`, best first. An empty query matches all, in list order. */
  search(query: string, options?: ModelSearchOptions): number[];
  /**
   * The same indices as `search`, as an `Int32Array`: the fast form, for long lists (no
   * array of numbers is built). The array is the index's own for an empty query (every
   * index, shared between calls); treat it as read-only.
   */
  searchIndices(query: string, options?: ModelSearchOptions): Int32Array;
}

/** The ranks of a match (see `ModelSearchIndex`). */
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const WORD_START = 3;
const OTHER = 4;

/**
 * Builds the search index of `models` (O(total length of names and ids), once per list).
 * Per keystroke it scans the list (or, while the query only grows, the previous matches)
 * with bit masks of each model's characters and adjacent pairs, which pass over most models
 * without a string search, and allocates only the result.
 */
export function createModelSearchIndex(models: readonly Pick<Model, 'id' | 'name'>[]): ModelSearchIndex {
  const n = models.length;
  const haystacks = new Array<string>(n);
  // What a query is ranked against: the id from 0 and from after "author/" (the slug), the
  // name from 0 and from after "Author: ". All four are parts of the model's haystack (its
  // name, NUL, its id), kept as where each starts in it, with each one's first character,
  // which most of them fail on: ranking reads the string that the search has just read.
  const starts = new Uint32Array(4 * n);
  const heads = new Uint16Array(4 * n);
  // Models with a label of one character (which a one-letter query can match exactly): rare.
  const tiny = new Uint8Array(n);
  // Which characters each model has, as 64 bits (two words), and which pairs of adjacent
  // characters, hashed to 128 bits (four more): a model that lacks one of a word's characters
  // or pairs is passed over without a string search (most of them). 128 rather than 64 pair
  // bits halve the models that a two-letter word sends to the string search (README, bench:ui).
  const masks = new Int32Array(WORDS * n);
  // Which characters begin a word of the haystack (64 bits, as for `masks`): a query word
  // whose first character is not among them begins no word, without a look at the string.
  const initials = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const m = models[i];
    const name = fold(m.name);
    const id = fold(m.id);
    const h = `${name}\u0000${id}`;
    haystacks[i] = h;
    addMasks(masks, WORDS * i, h, initials, i);
    const idAt = name.length + 1;
    const slug = id.indexOf('/') + 1;
    const short = authorPrefixLength(name);
    starts[4 * i] = idAt;
    starts[4 * i + 1] = idAt + slug;
    starts[4 * i + 2] = 0;
    starts[4 * i + 3] = short;
    for (let j = 0; j < 4; j++) heads[4 * i + j] = h.charCodeAt(starts[4 * i + j]);
    if (id.length < 2 || id.length - slug < 2 || name.length < 2 || name.length - short < 2) tiny[i] = 1;
  }
  // Scratch space for one search (reused: a keystroke allocates only its result). The
  // matches in list order go to one of two buffers in turn: the previous search's, read
  // while narrowing, and the new one's.
  const inOrder = [new Int32Array(n), new Int32Array(n)];
  let lastBuffer = 0;
  let lastCount = 0;
  const ranks = new Uint8Array(n);
  let all: Int32Array | undefined;
  let lastQuery = '';
  const want = new Int32Array(WORDS);
  const counts = [0, 0, 0, 0, 0];

  /** Whether every word of `words` begins a word of model `i`'s haystack `h`. */
  function startsWords(i: number, h: string, words: readonly string[]): boolean {
    for (const word of words) {
      const b = charBit(word.charCodeAt(0));
      if (!(b < 32 ? initials[2 * i] & (1 << b) : initials[2 * i + 1] & (1 << (b - 32)))) return false;
      // A one-character word with a bit of its own: the bit says it all.
      if (word.length === 1 && b < EXACT_BITS) continue;
      let p = h.indexOf(word);
      while (p > 0 && isWordChar(h.charCodeAt(p - 1))) p = h.indexOf(word, p + 1);
      if (p < 0) return false;
    }
    return true;
  }

  /** How the label `j` (0 id, 1 slug, 2 name, 3 short name) of model `i` compares with `q`: exact, a prefix of it, or neither. */
  function compare(i: number, j: number, q: string): number {
    const h = haystacks[i];
    const from = starts[4 * i + j];
    // Ids run to the end of the haystack, names to the NUL before the id.
    const length = (j < 2 ? h.length : starts[4 * i] - 1) - from;
    if (length < q.length) return OTHER;
    for (let t = 1; t < q.length; t++) if (h.charCodeAt(from + t) !== q.charCodeAt(t)) return OTHER;
    return length === q.length ? EXACT : PREFIX;
  }

  /** The rank of a match `i` (see `ModelSearchIndex`); `c` is the query's first character. */
  function rank(i: number, q: string, first: string, c: number): number {
    let best = OTHER;
    for (let j = 0; j < 4; j++) {
      if (heads[4 * i + j] !== c) continue;
      const r = compare(i, j, q);
      if (r === EXACT) return EXACT;
      if (r === PREFIX) best = PREFIX;
      else if (best === OTHER && first.length < q.length && compare(i, j, first) !== OTHER)
        best = WORD_PREFIX;
    }
    return best;
  }

  function searchIndices(query: string, options?: ModelSearchOptions): Int32Array {
    const ranked = options?.rank !== false;
    const words = fold(query).trim().split(/\s+/);
    const q = words.join(' ');
    if (!q) {
      lastQuery = '';
      if (!all) {
        all = new Int32Array(n);
        for (let i = 0; i < n; i++) all[i] = i;
      }
      return all;
    }
    const first = words[0];
    const c = q.charCodeAt(0);
    want.fill(0);
    // A word of one character with a bit of its own is found by the mask alone.
    const needsScan: string[] = [];
    for (const word of words) {
      addMasks(want, 0, word);
      if (word.length > 1 || charBit(word.charCodeAt(0)) >= EXACT_BITS) needsScan.push(word);
    }
    // (Read by index: destructuring a typed array goes through its iterator.)
    const wantLo = want[0];
    const wantHi = want[1];
    const wantP0 = want[2];
    const wantP1 = want[3];
    const wantP2 = want[4];
    const wantP3 = want[5];
    // Typing extends the query: search only within the previous matches.
    const narrow = lastQuery !== '' && q.startsWith(lastQuery);
    const prev = inOrder[lastBuffer];
    const next = inOrder[1 - lastBuffer];
    const end = narrow ? lastCount : n;
    counts.fill(0);
    let found = 0;
    for (let k = 0; k < end; k++) {
      const i = narrow ? prev[k] : k;
      const o = WORDS * i;
      if (
        (masks[o] & wantLo) !== wantLo ||
        (masks[o + 1] & wantHi) !== wantHi ||
        (masks[o + 2] & wantP0) !== wantP0 ||
        (masks[o + 3] & wantP1) !== wantP1 ||
        (masks[o + 4] & wantP2) !== wantP2 ||
        (masks[o + 5] & wantP3) !== wantP3
      ) {
        continue;
      }
      const h = haystacks[i];
      let w = 0;
      while (w < needsScan.length && h.indexOf(needsScan[w]) >= 0) w++;
      if (w < needsScan.length) continue;
      const o4 = 4 * i;
      let r =
        !ranked || (heads[o4] !== c && heads[o4 + 1] !== c && heads[o4 + 2] !== c && heads[o4 + 3] !== c)
          ? OTHER
          : // One letter (the slowest key: it matches the most): every label that begins
            // with it is a prefix of it, and only a one-character label can be exact.
            q.length === 1 && !tiny[i]
            ? PREFIX
            : rank(i, q, first, c);
      if (r === OTHER && ranked && startsWords(i, h, words)) r = WORD_START;
      counts[r]++;
      ranks[found] = r;
      next[found++] = i;
    }
    // Each rank in list order: a counting sort by rank.
    const out = new Int32Array(found);
    const at = [
      0,
      counts[0],
      counts[0] + counts[1],
      counts[0] + counts[1] + counts[2],
      counts[0] + counts[1] + counts[2] + counts[3],
    ];
    for (let k = 0; k < found; k++) out[at[ranks[k]]++] = next[k];
    lastQuery = q;
    lastBuffer = 1 - lastBuffer;
    lastCount = found;
    return out;
  }

  return {
    size: n,
    searchIndices,
    search: (query, options) => Array.from(searchIndices(query, options)),
  };
}

/**
 * ORs the character bits (64) and adjacent-pair bits (128, hashed) of `s` into
 * `masks[at…at + 5]`, and, given `initials`, the bits of the characters that begin a word
 * into `initials[2 * index…]`.
 */
function addMasks(masks: Int32Array, at: number, s: string, initials?: Int32Array, index = 0): void {
  let lo = 0;
  let hi = 0;
  let startLo = 0;
  let startHi = 0;
  let prev = -1;
  for (let c = 0; c < s.length; c++) {
    const code = s.charCodeAt(c);
    const b = charBit(code);
    const bit = 1 << (b & 31);
    if (b < 32) lo |= bit;
    else hi |= bit;
    if (prev < 0 || !isWordChar(prev)) {
      if (b < 32) startLo |= bit;
      else startHi |= bit;
    }
    if (prev >= 0) {
      const pair = (prev * 31 + code) & 127;
      masks[at + 2 + (pair >> 5)] |= 1 << (pair & 31);
    }
    prev = code;
  }
  masks[at] |= lo;
  masks[at + 1] |= hi;
  if (initials) {
    initials[2 * index] = startLo;
    initials[2 * index + 1] = startHi;
  }
}

/** Int32s per model: 64 bits of characters, 128 bits of adjacent pairs (hashed). */
const WORDS = 6;

/** Letters and digits (any character past ASCII counts as a letter): what a word is made of. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
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

/** Lowercase, without diacritics, zero-width and bidi control characters, and NUL. */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // Printable ASCII (nearly every name and id) has nothing more to fold: no copies made.
  if (PRINTABLE_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replaceAll('\0', '');
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
