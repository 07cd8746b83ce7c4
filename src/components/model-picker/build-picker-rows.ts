import { modelAuthor } from '../../model/capabilities';
import type { Model } from '../../core/types';
import type { PickerRow, PickerRows } from './model-picker-context';
import { authorLabel } from '../../model/filter-choices';

export interface BuildRowsInput {
  models: readonly Model[];
  /** Indices into `models` that match the search, in display order. */
  matches: ArrayLike<number>;
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
 * Option rows of the long list, made on first use (only rows that are shown or looked up)
 * and kept per model list, so that a row that stays on screen across keystrokes is the
 * same object (ModelPickerItem's memo holds).
 */
const rowCache = new WeakMap<readonly Model[], (OptionRow | undefined)[]>();
/** The author group of each model, per list (grouping runs on every keystroke). */
const groupCache = new WeakMap<readonly Model[], string[]>();
const authorGroup = (m: Model) => `author:${modelAuthor(m.id) || 'other'}`;

function optionRow(model: Model, group: string, key = `${group}:${model.id}`): OptionRow {
  return { type: 'option', key, model, group };
}

/**
 * The rows of the list as a head of explicit rows (favourites, recents, headers; every row
 * when grouped by author) and a tail of plain options: the matches (indices into `models`),
 * less the positions in `skip`, then the server-search extras. Nothing is built per match:
 * a keystroke over 50,000 models costs the search and nothing proportional to the number of
 * matches here; rows are made when the list shows or looks up one.
 */
class Rows implements PickerRows {
  readonly length: number;
  readonly optionCount: number;
  /** Option position of each head row (-1 for a header) and row of each head option. */
  private readonly headPosition: number[] = [];
  private readonly headOptions: number[] = [];
  private readonly kept: number;
  private readonly cache: (OptionRow | undefined)[];

  constructor(
    private readonly models: readonly Model[],
    private readonly head: readonly PickerRow[],
    private readonly matches: ArrayLike<number>,
    /** Positions in `matches` left out (shown in the head), ascending. */
    private readonly skip: readonly number[],
    private readonly extras: readonly Model[],
  ) {
    head.forEach((row, i) => {
      this.headPosition.push(row.type === 'option' ? this.headOptions.push(i) - 1 : -1);
    });
    this.kept = matches.length - skip.length;
    this.length = head.length + this.kept + extras.length;
    this.optionCount = this.headOptions.length + this.kept + extras.length;
    let cache = rowCache.get(models);
    if (!cache) rowCache.set(models, (cache = []));
    this.cache = cache;
  }

  /** The model of tail row `t`: the t-th match not skipped, or an extra. */
  private model(t: number): Model {
    return t >= this.kept ? this.extras[t - this.kept] : this.models[this.matches[t + skipped(this.skip, t)]];
  }

  at(row: number): PickerRow | undefined {
    if (!(row >= 0 && row < this.length)) return undefined;
    const t = row - this.head.length;
    if (t < 0) return this.head[row];
    if (t >= this.kept) {
      const extra = this.extras[t - this.kept];
      return optionRow(extra, 'all', extra.id);
    }
    const i = this.matches[t + skipped(this.skip, t)];
    const model = this.models[i];
    const cached = this.cache[i];
    // (Made again if the list was changed in place.)
    return cached !== undefined && cached.model === model
      ? cached
      : (this.cache[i] = optionRow(model, 'all', model.id));
  }

  keyAt(row: number): string | undefined {
    if (!(row >= 0 && row < this.length)) return undefined;
    const t = row - this.head.length;
    return t < 0 ? this.head[row].key : this.model(t).id;
  }

  isHeader(row: number): boolean {
    return row >= 0 && row < this.head.length && this.head[row].type === 'header';
  }

  optionRow(position: number): number {
    const h = this.headOptions.length;
    if (!(position >= 0 && position < this.optionCount)) return -1;
    return position < h ? this.headOptions[position] : this.head.length + position - h;
  }

  optionPosition(row: number): number {
    if (!(row >= 0 && row < this.length)) return -1;
    return row < this.head.length ? this.headPosition[row] : this.headOptions.length + row - this.head.length;
  }

  /** The first tail row whose model satisfies `test`, else -1 (one pass, skips merged in). */
  private findTail(test: (model: Model) => boolean): number {
    for (let j = 0, k = 0; j < this.matches.length; j++) {
      if (k < this.skip.length && this.skip[k] === j) {
        k++;
        continue;
      }
      if (test(this.models[this.matches[j]])) return this.head.length + j - k;
    }
    const e = this.extras.findIndex(test);
    return e < 0 ? -1 : this.head.length + this.kept + e;
  }

  indexOfKey(key: string): number {
    for (let r = 0; r < this.head.length; r++) if (this.head[r].key === key) return r;
    return this.findTail((m) => m.id === key);
  }

  indexOfModel(id: string): number {
    for (let r = 0; r < this.head.length; r++) {
      const row = this.head[r];
      if (row.type === 'option' && row.model.id === id) return r;
    }
    return this.findTail((m) => m.id === id);
  }
}

/** How many of the ascending positions `skip` come before the t-th kept position. */
function skipped(skip: readonly number[], t: number): number {
  let k = 0;
  while (k < skip.length && skip[k] <= t + k) k++;
  return k;
}

/**
 * Where each id is in a list, per list (favourites are looked up by id): its index, or its
 * indices when the list holds it more than once (a list merged from several providers).
 */
const indexCache = new WeakMap<readonly Model[], Map<string, number | number[]>>();
function indicesById(models: readonly Model[]): Map<string, number | number[]> {
  let map = indexCache.get(models);
  if (!map) {
    map = new Map();
    for (let i = 0; i < models.length; i++) {
      const id = models[i].id;
      const seen: number | number[] | undefined = map.get(id);
      map.set(id, seen === undefined ? i : typeof seen == 'number' ? [seen, i] : (seen.push(i), seen));
    }
    indexCache.set(models, map);
  }
  return map;
}

/**
 * The rows the list shows. With no search: Favourites, Recent, then every other model
 * (grouped by author if asked). While searching: one list, favourites first, no duplicates.
 * Cost per call: proportional to the favourites and recents (and, grouped by author, to the
 * matches); `matches` is not copied.
 */
export function buildPickerRows(input: BuildRowsInput): { rows: PickerRows; matchCount: number } {
  const { models, matches, extras, searching, favourites, recents, modelsById, groupBy } = input;
  const head: PickerRow[] = [];
  const shown = new Set<string>();

  if (!searching) {
    const section = (ids: readonly string[], group: string, label: string) => {
      const list = ids.map((id) => modelsById.get(id)).filter((m): m is Model => !!m && !shown.has(m.id));
      if (!list.length) return;
      head.push({ type: 'header', key: `h:${group}`, label });
      for (const m of list) {
        head.push(optionRow(m, group));
        shown.add(m.id);
      }
    };
    section(favourites, 'favourites', 'Favourites');
    section(recents, 'recent', 'Recently used');
  }

  // Positions in `matches` that the head shows already (while searching: the favourites
  // among the matches, which come first).
  const hide = new Set<number>();
  const ids: Iterable<string> = searching ? favourites : shown;
  if (searching ? favourites.length : shown.size) {
    const byId = indicesById(models);
    for (const id of ids) {
      const at = byId.get(id);
      if (typeof at == 'number') hide.add(at);
      else if (at) for (const i of at) hide.add(i);
    }
  }
  const skip: number[] = [];
  if (hide.size) for (let j = 0; j < matches.length; j++) if (hide.has(matches[j])) skip.push(j);
  if (searching) {
    // Each favourite once, even when the list holds its id more than once.
    const once = new Set<string>();
    for (const j of skip) {
      const m = models[matches[j]];
      if (!once.has(m.id)) head.push(optionRow(m, 'all', m.id));
      once.add(m.id);
    }
  }
  const matchCount = searching ? matches.length + extras.length : matches.length;

  if (groupBy === 'author') {
    const groups = new Map<string, PickerRow[]>();
    let known = groupCache.get(models);
    if (!known) groupCache.set(models, (known = []));
    const add = (m: Model, group: string) => {
      let g = groups.get(group);
      if (!g) groups.set(group, (g = []));
      g.push(optionRow(m, group));
    };
    const favouritesFirst = searching ? head.splice(0) : [];
    for (const row of favouritesFirst) if (row.type === 'option') add(row.model, authorGroup(row.model));
    for (let j = 0, k = 0; j < matches.length; j++) {
      if (k < skip.length && skip[k] === j) {
        k++;
        continue;
      }
      const i = matches[j];
      add(models[i], (known[i] ??= authorGroup(models[i])));
    }
    for (const m of extras) add(m, authorGroup(m));
    for (const [group, list] of groups) {
      head.push({ type: 'header', key: `h:${group}`, label: authorLabel(group.slice('author:'.length)) });
      for (const row of list) head.push(row);
    }
    return { rows: new Rows(models, head, [], [], []), matchCount };
  }
  if (head.length && matches.length - skip.length + extras.length > 0 && !searching)
    head.push({ type: 'header', key: 'h:all', label: 'All models' });
  return { rows: new Rows(models, head, matches, skip, extras), matchCount };
}
