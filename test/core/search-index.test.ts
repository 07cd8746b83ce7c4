import { describe, expect, it } from 'vitest';
import { createModelSearchIndex, fold } from '../../src/core/search-index';
import { fixtureModels } from '../components/fixture-models';

/** The search as the docs define it, written the slow, obvious way. */
function reference(models: readonly { id: string; name: string }[], query: string): number[] {
  const words = fold(query).trim().split(/\s+/).filter(Boolean);
  if (!words.length) return models.map((_, i) => i);
  const hits = models.map((m, i) => ({ i, name: fold(m.name), hay: `${fold(m.name)}\u0000${fold(m.id)}` })).filter((m) => words.every((w) => m.hay.includes(w)));
  return [...hits.filter((m) => m.name.startsWith(words[0])), ...hits.filter((m) => !m.name.startsWith(words[0]))].map((m) => m.i);
}

const odd = [
  { id: 'x-ai/grok-4', name: 'xAI: Grok 4' },
  { id: 'mistral/ministral-8b', name: 'Mistral: Ministral 8B' },
  { id: 'z-ai/glm-4.5', name: 'Z.AI: GLM 4.5' },
  { id: 'acme/café-model', name: 'Café Crème Ünïcode' },
  { id: 'acme/日本語-model', name: '日本語モデル' },
  { id: 'acme/emoji', name: 'Emoji 🚀 Model' },
  { id: 'acme/under_score:free', name: 'Under_score (free)' },
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

  it('finds every word in the name, id or author, ignoring case and accents; name-prefix matches first', () => {
    const index = createModelSearchIndex(models);
    const names = (q: string) => index.search(q).map((i) => models[i].id);
    expect(names('GROK')).toContain('x-ai/grok-4');
    expect(names('cafe creme')).toEqual(['acme/café-model']);
    expect(names('日本')).toEqual(['acme/日本語-model']);
    expect(names('🚀')).toEqual(['acme/emoji']);
    expect(names('under_score :free')).toEqual(['acme/under_score:free']);
    expect(names('nothing-like-this')).toEqual([]);
    const claude = index.search('claude');
    expect(claude.length).toBeGreaterThan(3);
    const prefix = claude.filter((i) => fold(models[i].name).startsWith('claude'));
    expect(claude.slice(0, prefix.length)).toEqual(prefix);
  });

  it('equals the reference search for every prefix of many queries, typed forward and back', () => {
    const index = createModelSearchIndex(models);
    const queries = ['claude sonnet', 'gpt-4o mini', 'openai/gpt', 'llama 3.1 70b', 'qwen coder', 'mistral: ministral', 'z.ai glm', 'cafe', 'free', ' deep  seek ', 'x', '4.5'];
    for (const query of queries) {
      const typed = [...query].map((_, k) => query.slice(0, k + 1));
      for (const q of [...typed, ...typed.reverse(), ''])
        expect(Array.from(index.searchIndices(q)), JSON.stringify(q)).toEqual(reference(models, q));
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
