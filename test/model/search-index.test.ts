import { describe, expect, it } from 'vitest';
import { createModelSearchIndex, fold } from '../../src/model/search-index';
import { fixtureModels } from '../components/fixture-models';
import { parseModelsList } from '../../src/core/parse';
import { makeSyntheticModels } from '../../src/mock/make-synthetic-models';

/** The search as the docs define it, written the slow, obvious way. */
function reference(models: readonly { id: string; name: string }[], query: string): number[] {
  const words = fold(query).trim().split(/\s+/).filter(Boolean);
  if (!words.length) return models.map((_, i) => i);
  const q = words.join(' ');
  const hits = models
    .map((m, i) => ({ i, ...folded(m) }))
    .filter((m) => words.every((w) => m.hay.includes(w)))
    .map(({ i, labels, hay }) => ({
      i,
      r: labels.some((l) => l === q)
        ? 0
        : labels.some((l) => l.startsWith(q))
          ? 1
          : labels.some((l) => l.startsWith(words[0]))
            ? 2
            : words.every((w) => startsAWord(hay, w))
              ? 3
              : 4,
    }));
  return [0, 1, 2, 3, 4].flatMap((r) => hits.filter((m) => m.r === r).map((m) => m.i));
}

/** Whether `word` occurs in `hay` at the start of a word: at 0, or after a character that is not a letter or digit. */
function startsAWord(hay: string, word: string): boolean {
  const wordChar = (c: string) => /[a-z0-9]/.test(c) || c.charCodeAt(0) > 0x7f;
  for (let p = hay.indexOf(word); p >= 0; p = hay.indexOf(word, p + 1))
    if (p === 0 || !wordChar(hay[p - 1])) return true;
  return false;
}

/** A model's labels (id, slug, name, name without "Author: ") and haystack, folded; made once per model. */
const foldedCache = new WeakMap<object, { labels: string[]; hay: string }>();
function folded(m: { id: string; name: string }) {
  let f = foldedCache.get(m);
  if (!f) {
    const id = fold(m.id);
    const name = fold(m.name);
    const labels = [
      id,
      id.split('/').slice(1).join('/') || id,
      name,
      name.includes(': ') ? name.slice(name.indexOf(': ') + 2) : name,
    ];
    foldedCache.set(m, (f = { labels, hay: `${name}\u0000${id}` }));
  }
  return f;
}

const odd = [
  { id: 'x-ai/grok-4', name: 'xAI: Grok 4' },
  { id: 'mistral/ministral-8b', name: 'Mistral: Ministral 8B' },
  { id: 'z-ai/glm-4.5', name: 'Z.AI: GLM 4.5' },
  { id: 'acme/café-model', name: 'Café Crème Ünïcode' },
  { id: 'acme/日本語-model', name: '日本語モデル' },
  { id: 'acme/emoji', name: 'Emoji 🚀 Model' },
  { id: 'acme/under_score:free', name: 'Under_score (free)' },
  // One-character labels: the only exact matches of a one-letter query ("q" of "qwen coder").
  { id: 'one/q', name: 'Quasar' },
  { id: 'acme/quill', name: 'Acme: Q' },
];
const models = [...fixtureModels, ...odd];

describe('createModelSearchIndex', () => {
  it('matches every index for an empty or blank query, in list order', () => {
    const index = createModelSearchIndex(models);
    expect(index.size).toBe(models.length);
    expect(index.search('')).toEqual(models.map((_, i) => i));
    expect(index.search('   ')).toEqual(models.map((_, i) => i));
    expect(Array.from(index.searchIndices(''))).toEqual(models.map((_, i) => i));
  });

  it('finds every word in the name, id or author, ignoring case and accents', () => {
    const index = createModelSearchIndex(models);
    const names = (q: string) => index.search(q).map((i) => models[i].id);
    expect(names('GROK')).toContain('x-ai/grok-4');
    expect(names('cafe creme')).toEqual(['acme/café-model']);
    expect(names('日本')).toEqual(['acme/日本語-model']);
    expect(names('🚀')).toEqual(['acme/emoji']);
    expect(names('under_score :free')).toEqual(['acme/under_score:free']);
    expect(names('nothing-like-this')).toEqual([]);
  });

  it('ranks exact matches first, then names, ids and slugs that begin with the query, then its first word', () => {
    const list = [
      { id: 'openai/gpt-4o-mini-search-preview', name: 'OpenAI: GPT-4o-mini Search Preview' },
      { id: 'openai/gpt-4o-mini', name: 'OpenAI: GPT-4o-mini' },
      { id: 'acme/wraps-gpt-4o', name: 'Acme: Wraps gpt-4o' },
      { id: 'openai/gpt-4o', name: 'OpenAI: GPT-4o' },
      { id: 'openai/gpt-4o:extended', name: 'OpenAI: GPT-4o (extended)' },
      { id: 'anthropic/claude-3.5-sonnet', name: 'Anthropic: Claude 3.5 Sonnet' },
      { id: 'anthropic/claude-sonnet-4.5', name: 'Anthropic: Claude Sonnet 4.5' },
      { id: 'google/gemma-2-27b-it', name: 'Google: Gemma 2 27B' },
      { id: 'google/gemma-3-12b-it', name: 'Google: Gemma 3 12B' },
      { id: 'mistral/codestral', name: 'Mistral: Codestral' },
    ];
    const index = createModelSearchIndex(list);
    const ids = (q: string) => index.search(q).map((i) => list[i].id);
    // Exact slug first; then what begins with "gpt-4o", in list order; the one that only contains it last.
    expect(ids('gpt-4o')).toEqual([
      'openai/gpt-4o',
      'openai/gpt-4o-mini-search-preview',
      'openai/gpt-4o-mini',
      'openai/gpt-4o:extended',
      'acme/wraps-gpt-4o',
    ]);
    // The whole id, and the name with or without its author, are exact too.
    expect(ids('OpenAI/GPT-4o')[0]).toBe('openai/gpt-4o');
    expect(ids('openai: gpt-4o')[0]).toBe('openai/gpt-4o');
    expect(ids('GPT-4o-mini')[0]).toBe('openai/gpt-4o-mini');
    // The whole query as a prefix beats its first word alone.
    expect(ids('claude sonnet')).toEqual(['anthropic/claude-sonnet-4.5', 'anthropic/claude-3.5-sonnet']);
    expect(ids('gemma 2')).toEqual(['google/gemma-2-27b-it', 'google/gemma-3-12b-it']);
    // Words anywhere still match: "stral" begins nothing, so list order.
    expect(ids('stral')).toEqual(['mistral/codestral']);
  });

  it('ranks a word that begins a word of the name or id above one found inside a word', () => {
    const list = [
      { id: 'nvidia/nemotron-nano-reasoning', name: 'NVIDIA: Nemotron Nano' },
      { id: 'perplexity/sonar', name: 'Perplexity: Sonar' },
      { id: 'anthropic/claude-sonnet-4.5', name: 'Anthropic: Claude Sonnet 4.5' },
      { id: 'acme/big-mini', name: 'Acme: Big-mini' },
      { id: 'acme/gemini-pro', name: 'Acme: Gemini Pro' },
    ];
    const index = createModelSearchIndex(list);
    const ids = (q: string) => index.search(q).map((i) => list[i].id);
    // Sonar's name begins with "son"; Sonnet's word does; "reasoning" only holds it.
    expect(ids('son')).toEqual([
      'perplexity/sonar',
      'anthropic/claude-sonnet-4.5',
      'nvidia/nemotron-nano-reasoning',
    ]);
    // After a sign ("-mini") is the start of a word too; inside "gemini" is not.
    expect(ids('mini')).toEqual(['acme/big-mini', 'acme/gemini-pro']);
    // Every word must begin one: "pro gem" does ("Pro", "Gemini"), "pro mini" does not.
    expect(ids('pro gem')).toEqual(['acme/gemini-pro']);
    expect(ids('nano rea')).toEqual(['nvidia/nemotron-nano-reasoning']);
    for (const q of ['son', 'mini', 'pro gem', 'n', 'o', 'ea'])
      expect(index.search(q), q).toEqual(reference(list, q));
  });

  it('keeps the list order with { rank: false } (a list the person sorted), narrowing as usual', () => {
    const index = createModelSearchIndex(models);
    for (const q of ['c', 'cl', 'claude', 'claude s', 'gpt', 'gpt-4o']) {
      const plain = index.search(q, { rank: false });
      expect(plain).toEqual([...plain].sort((a, b) => a - b));
      expect(new Set(plain)).toEqual(new Set(reference(models, q)));
    }
    expect(index.search('gpt-4o')).toEqual(reference(models, 'gpt-4o'));
  });

  it('ranks a narrowed search right after searches without ranking or with other words', () => {
    // The first model has "claude" and "s", and a label that begins with "clau" but not "claude".
    const all = [{ id: 'acme/claudia-x', name: 'Claudia: built on claude s' }, ...models];
    const index = createModelSearchIndex(all);
    const steps: [string, boolean][] = [
      ['gpt', true],
      ['c', false],
      ['cl', true],
      ['cla', false],
      ['claude', true],
      ['claude s', true],
      ['clau', true],
      ['claude s', true],
      ['claude so', true],
    ];
    for (const [q, rank] of steps) {
      const got = Array.from(index.searchIndices(q, { rank }));
      expect(got, q).toEqual(rank ? reference(all, q) : [...reference(all, q)].sort((a, b) => a - b));
    }
  });

  it('equals the reference search for every prefix of many queries, typed forward and back', () => {
    const index = createModelSearchIndex(models);
    const queries = [
      'claude sonnet',
      'gpt-4o mini',
      'openai/gpt',
      'llama 3.1 70b',
      'qwen coder',
      'mistral: ministral',
      'z.ai glm',
      'cafe',
      'free',
      ' deep  seek ',
      'x',
      '4.5',
    ];
    for (const query of queries) {
      const typed = [...query].map((_, k) => query.slice(0, k + 1));
      for (const q of [...typed, ...typed.reverse(), ''])
        expect(Array.from(index.searchIndices(q)), JSON.stringify(q)).toEqual(reference(models, q));
    }
  });

  it('equals the reference search over random typing: letters, spaces, pastes, deletions, with and without ranking', () => {
    // Each search builds on what the last one learned (where the last word was found, which
    // labels begin with the query): every way a query can follow another must give the same
    // answer as a search from scratch.
    const similar = [
      { id: 'acme/claudia-1', name: 'Acme: Claudia 1 Sonnet' },
      { id: 'acme/claude-s', name: 'Claude S' },
      { id: 'acme/so', name: 'So' },
      // Has "claude" and "s", and a label that begins with "clau" but not with "claude".
      { id: 'acme/claudia-x', name: 'Claudia: built on claude s' },
    ];
    const many = [...parseModelsList({ data: makeSyntheticModels(2000, 7) })!.data, ...models, ...similar];
    const index = createModelSearchIndex(many);
    let seed = 12345;
    const random = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % k;
    };
    const pieces = [
      'c',
      'l',
      'a',
      'u',
      'd',
      'e',
      ' ',
      's',
      'o',
      'n',
      'g',
      'p',
      't',
      '-',
      '4',
      '.',
      'x',
      'i',
      ': ',
      '/',
      'claude',
      ' son',
      'gpt-4',
      'ai/',
      'so so',
      'free',
      'é',
      'Q',
      'clau',
      'dia',
      'de s',
      'de so',
      'de',
    ];
    let query = '';
    for (let step = 0; step < 2500; step++) {
      const move = random(10);
      if (move < 6) query += pieces[random(pieces.length)];
      else if (move < 8) query = query.slice(0, Math.max(0, query.length - 1 - random(3)));
      else if (move < 9) query = '';
      else query = query.slice(0, random(query.length + 1));
      const rank = random(4) !== 0;
      const got = Array.from(index.searchIndices(query, { rank }));
      const want = reference(many, query);
      if (rank) expect(got, JSON.stringify(query)).toEqual(want);
      else expect(got, JSON.stringify(query)).toEqual([...want].sort((a, b) => a - b));
    }
  });

  it('gives search and searchIndices the same answer, and results that later searches do not change', () => {
    const index = createModelSearchIndex(models);
    const first = index.searchIndices('gpt');
    const copy = Array.from(first);
    index.searchIndices('gpt-4');
    index.searchIndices('claude');
    expect(Array.from(first)).toEqual(copy);
    expect(index.search('gpt')).toEqual(copy);
  });

  it('handles an empty list', () => {
    const index = createModelSearchIndex([]);
    expect(index.search('a')).toEqual([]);
    expect(index.search('')).toEqual([]);
  });
});
