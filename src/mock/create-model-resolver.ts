import { authorOf } from './mock-model-facts';
import type { RawModel } from './raw-model';

/** Variant suffixes the mock resolves on any model (`openai/gpt-4o:online`). Others are a 404. */
export const MOCK_VARIANTS = [
  'free',
  'extended',
  'thinking',
  'online',
  'nitro',
  'floor',
  'exacto',
  'beta',
] as const;

export interface ModelResolver {
  /**
   * The model for an id as `GET /model/{author}/{slug}` finds it, or undefined (a 404):
   * 1. an entry whose `id` is exactly the id (variants included: `openai/gpt-oss-120b:free`);
   * 2. an entry whose `canonical_slug` is the id (`z-ai/glm-5.2-20260616`);
   * 3. `author/slug:variant` with a known variant (MOCK_VARIANTS) and no entry of its own:
   *    the base model, with the variant in its `id`, ` (variant)` after its name, and for
   *    `:free` a zero prompt and completion price (as the real `:free` entries have);
   * 4. a `~author/name-latest` alias: see `aliasTargetOf`. The answer is the alias's own
   *    entry when the data has one, else the target's data under the alias id, and in both
   *    cases with `alias_target: { slug, name }` of the target.
   */
  resolve(id: string): RawModel | undefined;
  /**
   * The model a `~author/name-latest` alias points to: the newest (by `created`) model of
   * that author whose slug starts with the name's first word and contains all its words
   * (`~anthropic/claude-sonnet-latest` → the newest `anthropic/claude-sonnet-*`;
   * `~openai/gpt-mini-latest` → the newest `openai/gpt-*-mini*`). Variants, aliases and
   * `*-latest` slugs are never targets. Undefined for anything else.
   */
  aliasTargetOf(id: string): { slug: string; name: string } | undefined;
}

/** Indexes a models array once for id, canonical slug, variant and alias look-ups. */
export function createModelResolver(models: readonly RawModel[]): ModelResolver {
  const byId = new Map<string, RawModel>();
  const byCanonical = new Map<string, RawModel>();
  const byAuthor = new Map<string, RawModel[]>();
  for (const model of models) {
    if (!byId.has(model.id)) byId.set(model.id, model);
    const canonical = model.canonical_slug;
    if (typeof canonical === 'string' && canonical !== model.id) {
      const existing = byCanonical.get(canonical);
      if (!existing || (existing.id.includes(':') && !model.id.includes(':')))
        byCanonical.set(canonical, model);
    }
    if (!model.id.startsWith('~') && !model.id.includes(':')) {
      const author = authorOf(model.id);
      const list = byAuthor.get(author);
      if (list) list.push(model);
      else byAuthor.set(author, [model]);
    }
  }
  const aliasCache = new Map<string, { slug: string; name: string } | undefined>();

  function aliasTargetOf(id: string): { slug: string; name: string } | undefined {
    if (aliasCache.has(id)) return aliasCache.get(id);
    let target: { slug: string; name: string } | undefined;
    const match = /^~([^/]+)\/(.+)-latest$/.exec(id);
    if (match) {
      const words = match[2].toLowerCase().split('-').filter(Boolean);
      let best: RawModel | undefined;
      for (const model of byAuthor.get(match[1].toLowerCase()) ?? []) {
        const slugWords = model.id
          .slice(model.id.indexOf('/') + 1)
          .toLowerCase()
          .split('-');
        if (slugWords[0] !== words[0] || slugWords.includes('latest')) continue;
        if (!words.every((w) => slugWords.includes(w))) continue;
        if (!best || (model.created ?? 0) > (best.created ?? 0)) best = model;
      }
      if (best) target = { slug: best.id, name: best.name };
    }
    aliasCache.set(id, target);
    return target;
  }

  function resolve(id: string): RawModel | undefined {
    const exact = byId.get(id);
    if (id.startsWith('~')) {
      const target = aliasTargetOf(id);
      if (exact) return target ? { ...exact, alias_target: target } : exact;
      const model = target && byId.get(target.slug);
      return model ? { ...model, id, canonical_slug: id, alias_target: target } : undefined;
    }
    if (exact) return exact;
    const canonical = byCanonical.get(id);
    if (canonical) return canonical;
    const colon = id.indexOf(':');
    if (colon < 0) return undefined;
    const variant = id.slice(colon + 1);
    if (!(MOCK_VARIANTS as readonly string[]).includes(variant)) return undefined;
    const base = resolve(id.slice(0, colon));
    if (!base) return undefined;
    const out: RawModel = { ...base, id, name: `${base.name} (${variant})` };
    if (variant === 'free') out.pricing = { prompt: '0', completion: '0' };
    return out;
  }

  return { resolve, aliasTargetOf };
}
