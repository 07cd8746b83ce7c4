import { describe, expect, it } from 'vitest';
import { createModelSearchIndex } from '../../../src/model/search-index';
import type { Model } from '../../../src/core/types';
import { buildPickerRows, type BuildRowsInput } from '../../../src/components/model-picker/build-picker-rows';
import type { PickerRow, PickerRows } from '../../../src/components/model-picker/model-picker-context';
import { fixtureModels } from '../fixture-models';

const models = fixtureModels;
const modelsById = new Map(models.map((m) => [m.id, m]));
const index = createModelSearchIndex(models);
const extra: Model = { ...models[0], id: 'server/only-model', name: 'Server Only' };

function build(over: Partial<BuildRowsInput> & { query?: string } = {}) {
  const { query = '', ...rest } = over;
  return buildPickerRows({
    models,
    matches: index.searchIndices(query),
    extras: [],
    searching: query.trim().length > 0,
    favourites: [],
    recents: [],
    modelsById,
    groupBy: 'none',
    ...rest,
  });
}

/** Every row, read through `at`, with the invariants that hold for any list. */
function flat(rows: PickerRows): PickerRow[] {
  const out: PickerRow[] = [];
  let position = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows.at(r)!;
    expect(row).toBeDefined();
    expect(rows.keyAt(r)).toBe(row.key);
    expect(rows.isHeader(r)).toBe(row.type === 'header');
    if (row.type === 'option') {
      expect(rows.optionPosition(r)).toBe(position);
      expect(rows.optionRow(position)).toBe(r);
      position++;
    } else {
      expect(rows.optionPosition(r)).toBe(-1);
    }
    out.push(row);
  }
  expect(position).toBe(rows.optionCount);
  expect(new Set(out.map((r) => r.key)).size).toBe(out.length);
  expect(rows.at(-1)).toBeUndefined();
  expect(rows.at(rows.length)).toBeUndefined();
  expect(rows.optionRow(rows.optionCount)).toBe(-1);
  return out;
}
const ids = (rows: PickerRow[]) => rows.map((r) => (r.type === 'option' ? r.model.id : `# ${r.label}`));

describe('buildPickerRows', () => {
  it('lists every model, in order, with no header when there are no favourites or recents', () => {
    const { rows, matchCount } = build();
    expect(matchCount).toBe(models.length);
    expect(ids(flat(rows))).toEqual(models.map((m) => m.id));
    // The same row object for the same model, across calls and lists.
    expect(rows.at(5)).toBe(rows.at(5));
    expect(build().rows.at(5)).toBe(rows.at(5));
  });

  it('puts favourites, then recents, then all the others under headers, each model once', () => {
    const fav = [models[10].id, models[3].id, 'gone/missing-model'];
    const rec = [models[3].id, models[7].id];
    const { rows, matchCount } = build({ favourites: fav, recents: rec });
    const list = ids(flat(rows));
    expect(list.slice(0, 6)).toEqual([
      '# Favourites',
      models[10].id,
      models[3].id,
      '# Recently used',
      models[7].id,
      '# All models',
    ]);
    expect(list.slice(6)).toEqual(
      models.map((m) => m.id).filter((id) => ![models[10].id, models[3].id, models[7].id].includes(id)),
    );
    expect(matchCount).toBe(models.length);
    expect(rows.indexOfModel(models[3].id)).toBe(2);
    expect(rows.indexOfModel(models[20].id)).toBe(list.indexOf(models[20].id));
    expect(rows.indexOfKey(rows.keyAt(40)!)).toBe(40);
    expect(rows.keyAt(-1)).toBeUndefined();
    expect(rows.keyAt(rows.length)).toBeUndefined();
    expect(rows.isHeader(-1)).toBe(false);
    expect(rows.indexOfModel('gone/missing-model')).toBe(-1);
  });

  it('while searching: one list, matching favourites first, then the server extras', () => {
    const matches = Array.from(index.searchIndices('gpt'));
    const fav = [
      models[matches[4]].id,
      models[matches[1]].id,
      models.find((m) => !m.id.includes('gpt') && !m.name.toLowerCase().includes('gpt'))!.id,
    ];
    const { rows, matchCount } = build({ query: 'gpt', favourites: fav, extras: [extra] });
    const list = ids(flat(rows));
    const expected = [
      models[matches[1]].id,
      models[matches[4]].id,
      ...matches.filter((_, j) => j !== 1 && j !== 4).map((i) => models[i].id),
      extra.id,
    ];
    expect(list).toEqual(expected);
    expect(matchCount).toBe(matches.length + 1);
    expect(rows.indexOfModel(extra.id)).toBe(list.length - 1);
  });

  it('groups by author under one header each, favourites first when searching', () => {
    const { rows } = build({ groupBy: 'author' });
    const list = flat(rows);
    const headers = list.filter((r) => r.type === 'header');
    expect(new Set(headers.map((h) => h.key)).size).toBe(headers.length);
    expect(list.filter((r) => r.type === 'option')).toHaveLength(models.length);
    // Each option sits under its author's header.
    let group = '';
    for (const r of list) {
      if (r.type === 'header') group = r.key.slice(2);
      else expect(r.group).toBe(group);
    }
    const searched = flat(
      build({
        groupBy: 'author',
        query: 'gpt',
        favourites: [models[Array.from(index.searchIndices('gpt'))[3]].id],
        extras: [extra],
      }).rows,
    );
    expect(searched.filter((r) => r.type === 'option')).toHaveLength(index.searchIndices('gpt').length + 1);
  });

  it('shows a favourite once when the list holds its id twice (merged providers), searching or not', () => {
    const twice = [models[0], models[1], { ...models[0], name: `${models[0].name} (provider B)` }, models[2]];
    const byId = new Map(twice.map((m) => [m.id, m]));
    const twiceIndex = createModelSearchIndex(twice);
    const input = {
      models: twice,
      extras: [],
      favourites: [models[0].id],
      recents: [],
      modelsById: byId,
      groupBy: 'none' as const,
    };
    const browsing = flat(
      buildPickerRows({ ...input, matches: twiceIndex.searchIndices(''), searching: false }).rows,
    );
    expect(browsing.filter((r) => r.type === 'option' && r.model.id === models[0].id)).toHaveLength(1);
    const words = models[0].name.split(/\s+/)[0];
    const searched = flat(
      buildPickerRows({ ...input, matches: twiceIndex.searchIndices(words), searching: true }).rows,
    );
    expect(searched.filter((r) => r.type === 'option' && r.model.id === models[0].id)).toHaveLength(1);
    expect(searched[0].type === 'option' && searched[0].model.id).toBe(models[0].id);
  });

  it('is empty, with no options, when nothing matches', () => {
    const { rows, matchCount } = build({ query: 'no-such-model-anywhere', favourites: [models[0].id] });
    expect(rows.length).toBe(0);
    expect(rows.optionCount).toBe(0);
    expect(rows.optionRow(0)).toBe(-1);
    expect(matchCount).toBe(0);
  });
});
