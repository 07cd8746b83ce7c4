import { createModelSearchIndex } from '../src/core/search-index';
import { makeSyntheticModels } from '../src/mock/make-synthetic-models';
import { parseModelsList } from '../src/core/parse';
const raw = makeSyntheticModels(50000, 2026);
const models = (Array.isArray(raw) && raw[0]?.contextLength !== undefined) ? raw : parseModelsList({ data: raw })!.data;
const t0 = performance.now();
const idx = createModelSearchIndex(models as any);
console.log('build', (performance.now() - t0).toFixed(1));
for (let r = 0; r < 8; r++) {
  const out: string[] = [];
  for (const q of ['', 'c', 'cl', 'cla', 'claude', 'claude s', 'claude sonnet']) {
    const t = performance.now(); const res = idx.searchIndices(q); out.push(`${q}:${res.length}:${(performance.now() - t).toFixed(2)}`);
  }
  if (r > 5) console.log(out.join('  '));
}
