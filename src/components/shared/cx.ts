/** Joins class names, skipping falsy ones. */
export function cx(...names: Array<string | false | null | undefined>): string | undefined {
  const out = names.filter(Boolean).join(' ');
  return out || undefined;
}
