import fixture from '../../fixtures/models-2026-06-16.json';
import type { RawModel } from './raw-model';

/**
 * The 337 real models of `fixtures/models-2026-06-16.json` (a `GET /models` body recorded
 * 2026-06-16 by chlnga/models-pie, MIT; see `fixtures/NOTICE.md`), raw snake_case entries.
 * It is the mock's default data. Treat it as read-only: the handlers never change it.
 *
 * That response was recorded with the server's default `output_modalities` (text), so
 * every entry has `text` among its output modalities. To see `output_modalities=all`
 * widen the list, add non-text models, e.g. `[...mockModels, ...makeSyntheticModels(40)]`.
 */
export const mockModels: readonly RawModel[] = (fixture as unknown as { data: RawModel[] }).data;
