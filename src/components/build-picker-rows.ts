import { modelAuthor } from '../core/capabilities';
import type { Model } from '../core/types';
import type { PickerRow } from './model-picker-context';

export interface BuildRowsInput {
  models: readonly Model[];
  /** Indices into `models` that match the search, in display order. */
  matches: readonly number[];
  /** Models found by the server search that the local list lacks. */
  extras: readonly Model[];
  searching: boolean;
  favourites: readonly string[];
  recents: readonly string[];
  modelsById: ReadonlyMap<string, Model>;
  groupBy: 'none' | 'author';
}

/**
 * The rows the list shows. With no search: Favourites, Recent, then every other model
 * (grouped by author if asked). While searching: one list, favourites first, no duplicates.
 */
export function buildPickerRows(input: BuildRowsInput): { rows: PickerRow[]; optionRows: number[]; matchCount: number } {
  const { models, matches, extras, searching, favourites, recents, modelsById, groupBy } = input;
  const rows: PickerRow[] = [];
  const optionRows: number[] = [];
  const push = (model: Model, group: string) => {
    optionRows.push(rows.length);
    rows.push({ type: 'option', key: `${group}:${model.id}`, model, group });
  };
  const favSet = new Set(favourites);
  const shown = new Set<string>();

  if (!searching) {
    const favModels = favourites.map((id) => modelsById.get(id)).filter((m): m is Model => !!m);
    if (favModels.length) {
      rows.push({ type: 'header', key: 'h:favourites', label: 'Favourites' });
      for (const m of favModels) {
        push(m, 'favourites');
        shown.add(m.id);
      }
    }
    const recentModels = recents.map((id) => modelsById.get(id)).filter((m): m is Model => !!m && !favSet.has(m.id));
    if (recentModels.length) {
      rows.push({ type: 'header', key: 'h:recent', label: 'Recently used' });
      for (const m of recentModels) {
        push(m, 'recent');
        shown.add(m.id);
      }
    }
  }

  const rest: Model[] = [];
  if (searching) {
    // Favourites that match come first.
    for (const i of matches) if (favSet.has(models[i].id)) rest.push(models[i]);
    for (const i of matches) if (!favSet.has(models[i].id)) rest.push(models[i]);
    for (const m of extras) rest.push(m);
  } else {
    for (const i of matches) if (!shown.has(models[i].id)) rest.push(models[i]);
  }
  const matchCount = searching ? rest.length : matches.length;

  if (groupBy === 'author') {
    const groups = new Map<string, Model[]>();
    for (const m of rest) {
      const a = modelAuthor(m.id) || 'other';
      let g = groups.get(a);
      if (!g) groups.set(a, (g = []));
      g.push(m);
    }
    for (const [author, list] of groups) {
      rows.push({ type: 'header', key: `h:author:${author}`, label: author });
      for (const m of list) push(m, `author:${author}`);
    }
  } else {
    if (rows.length && rest.length) rows.push({ type: 'header', key: 'h:all', label: 'All models' });
    for (const m of rest) push(m, 'all');
  }
  return { rows, optionRows, matchCount };
}
