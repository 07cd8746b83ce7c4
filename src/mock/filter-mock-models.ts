import { mockModelFacts } from './mock-model-facts';
import type { MockModelsQuery } from './parse-models-query';
import type { RawModel } from './raw-model';

const DAY = 86_400;

/** `Amazon Bedrock`, `amazon-bedrock` and `amazonbedrock` name the same provider. */
export function providerKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function aa(model: RawModel, key: 'intelligence_index' | 'coding_index' | 'agentic_index'): number | null {
  const v = model.benchmarks?.artificial_analysis?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function inRange(value: number | null, min: number | undefined, max: number | undefined): boolean {
  if (min === undefined && max === undefined) return true;
  if (value === null) return false;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** The model's name without its `Author: ` prefix, lower-cased. */
function familyName(model: RawModel): string {
  const name = model.name ?? '';
  const colon = name.indexOf(': ');
  return (colon < 0 ? name : name.slice(colon + 2)).toLowerCase();
}

/**
 * The filters of `GET /models`, applied like the server would. Where the data cannot
 * answer a filter, a stand-in from `mockModelFacts` answers it (see there):
 *
 * - `output_modalities`: a model passes when it outputs at least one of the listed
 *   modalities (default `text`); `all` lets every model pass.
 * - `input_modalities`, `supported_parameters`: the model must take every one listed.
 * - `q`: every whitespace-separated term occurs, case-insensitively, in the name or the id.
 * - `context`: `context_length` ≥ the value.
 * - `min_price` / `max_price`: prompt price in USD per million tokens;
 *   `min_output_price` / `max_output_price`: completion price. Variable prices (`"-1"`,
 *   routers) and unknown prices fail any price bound.
 * - `arch`: case-insensitive; the tokenizer starts with it (`llama` → Llama2/3/4) or a word
 *   of the name (after `Author: `) starts with it (`glm` → "Z.ai: GLM 5.2").
 * - `model_authors`: the id's part before `/` (an alias's `~` ignored).
 * - `providers`, `distillable`, `zdr`, `region`, `category`, tool success rate: stand-ins.
 * - `min_age_days` / `max_age_days`: whole days from `created` to `now` (unix seconds).
 * - the Artificial Analysis index bounds: from `benchmarks.artificial_analysis`; a model
 *   without the index fails any bound on it.
 */
export function filterMockModels(
  models: readonly RawModel[],
  query: MockModelsQuery,
  now: number,
): RawModel[] {
  const providers = query.providers ? new Set(query.providers.map(providerKey)) : undefined;
  const authors = query.modelAuthors ? new Set(query.modelAuthors) : undefined;
  // The stand-in facts are worked out (once per model) only when a filter needs them.
  const needsFacts =
    authors !== undefined ||
    providers !== undefined ||
    query.distillable !== undefined ||
    query.zdr !== undefined ||
    query.region !== undefined ||
    query.category !== undefined ||
    [
      query.minPrice,
      query.maxPrice,
      query.minOutputPrice,
      query.maxOutputPrice,
      query.minToolSuccessRate,
      query.maxToolSuccessRate,
    ].some((v) => v !== undefined);
  return models.filter((model) => {
    const arch = model.architecture ?? {};
    const outputs = arch.output_modalities ?? [];
    if (query.outputModalities !== 'all' && !query.outputModalities.some((m) => outputs.includes(m)))
      return false;

    if (query.inputModalities) {
      const inputs = arch.input_modalities ?? [];
      if (!query.inputModalities.every((m) => inputs.includes(m))) return false;
    }
    if (query.supportedParameters) {
      const params = model.supported_parameters ?? [];
      if (!query.supportedParameters.every((p) => params.includes(p))) return false;
    }
    if (query.q) {
      const hay = `${model.name ?? ''}\n${model.id}`.toLowerCase();
      if (!query.q.every((term) => hay.includes(term))) return false;
    }
    if (query.context !== undefined && !((model.context_length ?? 0) >= query.context)) return false;
    if (query.arch !== undefined) {
      const tokenizer = (arch.tokenizer ?? '').toLowerCase();
      const words = familyName(model).split(/[^a-z0-9.]+/);
      if (!tokenizer.startsWith(query.arch) && !words.some((w) => w.startsWith(query.arch!))) return false;
    }

    if (needsFacts) {
      const facts = mockModelFacts(model);
      if (authors && !authors.has(facts.author)) return false;
      if (!inRange(facts.promptPerMillion, query.minPrice, query.maxPrice)) return false;
      if (!inRange(facts.completionPerMillion, query.minOutputPrice, query.maxOutputPrice)) return false;
      if (providers && !facts.providers.some((p) => providers.has(providerKey(p)))) return false;
      if (query.distillable !== undefined && facts.distillable !== query.distillable) return false;
      if (query.zdr && !facts.zdr) return false;
      if (query.region !== undefined && !facts.regions.includes(query.region as 'eu' | 'us')) return false;
      if (query.category !== undefined && !facts.categories.includes(query.category)) return false;
      if (!inRange(facts.toolSuccessRate, query.minToolSuccessRate, query.maxToolSuccessRate)) return false;
    }

    if (query.minAgeDays !== undefined || query.maxAgeDays !== undefined) {
      const created = typeof model.created === 'number' ? model.created : undefined;
      const age = created === undefined ? null : Math.floor((now - created) / DAY);
      if (!inRange(age, query.minAgeDays, query.maxAgeDays)) return false;
    }
    if (!inRange(aa(model, 'intelligence_index'), query.minIntelligenceIndex, query.maxIntelligenceIndex))
      return false;
    if (!inRange(aa(model, 'coding_index'), query.minCodingIndex, query.maxCodingIndex)) return false;
    if (!inRange(aa(model, 'agentic_index'), query.minAgenticIndex, query.maxAgenticIndex)) return false;
    return true;
  });
}
