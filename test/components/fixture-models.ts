import { parseModel } from '../../src/core/parse';
import type { Model } from '../../src/core/types';
import { fixtureJson, MODELS_2026 } from '../core/fixtures';

const raw = fixtureJson<{ data: unknown[] }>(MODELS_2026).data;

/** The 337 real models of the 2026-06-16 fixture, parsed as the client parses them. */
export const fixtureModels: Model[] = raw
  .map((entry) => parseModel(entry))
  .filter((m): m is Model => m !== undefined);

/** One fixture model by id (throws when missing, so a test never runs on nothing). */
export function fixtureModel(id: string): Model {
  const model = fixtureModels.find((m) => m.id === id);
  if (!model) throw new Error(`No model ${id} in ${MODELS_2026}`);
  return structuredClone(model);
}
