import { modelAuthor } from '../core/capabilities';
import type { Model } from '../core/types';
import type { PickerRow } from './model-picker-context';
import { authorLabel } from './filter-panel-choices';

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

type OptionRow = Extract<PickerRow, { type: 'option' }>;

/**
 * Option rows of a model list, made once per list and reused on every keystroke (only the
 * array of rows is new): the list's own group ('all', or the model's author) never changes.
 */
const rowCache = new WeakMap<readonly Model[], { all?: (OptionRow | undefined)[]; author?: (OptionRow | undefined)[] }>();

function optionRow(model: Model, group: string): OptionRow {
  return { type: 'option', key: `${group}:${model.id}`, model, group };
}

/** The cached row of `models[i]`, made if missing (or if the list was changed in place). */
function reuse(cache: (OptionRow | undefined)[], i: number, model: Model, make: (m: Model) => OptionRow): OptionRow {
  const row = cache[i];
  return row !== undefined && row.model === model ? row : (cache[i] = make(model));
}

/**
 * The rows the list shows. With no search: Favourites, Recent, then every other model
 * (grouped by author if asked). While searching: one list, favourites first, no duplicates.
 */
export function buildPickerRows(input: BuildRowsInput): { rows: PickerRow[]; optionRows: number[]; matchCount: number } {
  const { models, matches, extras, searching, favourites, recents, modelsById, groupBy } = input;
  const rows: PickerRow[] = [];
  const optionRows: number[] = [];
  const push = (row: PickerRow) => {
    optionRows.push(rows.length);
    rows.push(row);
  };
  const favSet = new Set(favourites);
  const shown = new Set<string>();

  if (!searching) {
    const favModels = favourites.map((id) => modelsById.get(id)).filter((m): m is Model => !!m);
    if (favModels.length) {
      rows.push({ type: 'header', key: 'h:favourites', label: 'Favourites' });
      for (const m of favModels) {
        push(optionRow(m, 'favourites'));
        shown.add(m.id);
      }
    }
    const recentModels = recents.map((id) => modelsById.get(id)).filter((m): m is Model => !!m && !favSet.has(m.id));
    if (recentModels.length) {
      rows.push({ type: 'header', key: 'h:recent', label: 'Recently used' });
      for (const m of recentModels) {
        push(optionRow(m, 'recent'));
        shown.add(m.id);
      }
    }
  }

  // The rest as indices into `models`; extras (not in `models`) as -1, -2, ...
  let rest: readonly number[];
  if (searching) {
    if (favSet.size === 0 && extras.length === 0) {
      rest = matches;
    } else {
      const r: number[] = [];
      // Favourites that match come first.
      if (favSet.size) for (const i of matches) if (favSet.has(models[i].id)) r.push(i);
      for (const i of matches) if (!favSet.has(models[i].id)) r.push(i);
      for (let k = 0; k < extras.length; k++) r.push(-1 - k);
      rest = r;
    }
  } else {
    rest = shown.size === 0 ? matches : matches.filter((i) => !shown.has(models[i].id));
  }
  const matchCount = searching ? rest.length : matches.length;

  let cached = rowCache.get(models);
  if (!cached) rowCache.set(models, (cached = {}));

  if (groupBy === 'author') {
    const byAuthor = (cached.author ??= new Array<OptionRow | undefined>(models.length).fill(undefined));
    const authorRow = (m: Model) => optionRow(m, `author:${modelAuthor(m.id) || 'other'}`);
    const groups = new Map<string, OptionRow[]>();
    for (const i of rest) {
      const row = i >= 0 ? reuse(byAuthor, i, models[i], authorRow) : authorRow(extras[-1 - i]);
      let g = groups.get(row.group);
      if (!g) groups.set(row.group, (g = []));
      g.push(row);
    }
    for (const [group, list] of groups) {
      rows.push({ type: 'header', key: `h:${group}`, label: authorLabel(group.slice('author:'.length)) });
      for (const row of list) push(row);
    }
  } else {
    const all = (cached.all ??= new Array<OptionRow | undefined>(models.length).fill(undefined));
    if (rows.length && rest.length) rows.push({ type: 'header', key: 'h:all', label: 'All models' });
    const allRow = (m: Model) => optionRow(m, 'all');
    // Sized once: the long list (50,000 rows) is filled in place rather than grown.
    const from = rows.length;
    const fromOption = optionRows.length;
    rows.length = from + rest.length;
    optionRows.length = fromOption + rest.length;
    for (let j = 0; j < rest.length; j++) {
      const i = rest[j];
      rows[from + j] = i >= 0 ? reuse(all, i, models[i], allRow) : allRow(extras[-1 - i]);
      optionRows[fromOption + j] = from + j;
    }
  }
  return { rows, optionRows, matchCount };
}
