// Made once: `toLocaleString` builds a formatter on every call, which showed on each keystroke.
const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** `1` → `"model"`, any other count → `"models"`. */
export function modelNoun(count: number): string {
  return count === 1 ? 'model' : 'models';
}

/** `337` → `"337 models"`, `1` → `"1 model"`, `1204` → `"1,204 models"`. */
export function formatModelCount(count: number): string {
  return `${COUNT_FORMAT.format(count)} ${modelNoun(count)}`;
}

/** The number alone, grouped as in `formatModelCount`: `1204` → `"1,204"`. */
export function formatCount(count: number): string {
  return COUNT_FORMAT.format(count);
}
