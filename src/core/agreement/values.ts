/**
 * A value a coder gives a unit: a category name or a number. `null` in reliability data means the
 * coder gave no value to that unit (missing), which is not the same as any value.
 */
export type CodeValue = string | number;

/**
 * A key that tells values apart by type as well as content, so the number 1 and the string "1"
 * are different categories, as they are in the JSON a methodologist writes.
 */
export function valueKey(value: CodeValue): string {
  return typeof value === 'number' ? `n:${value}` : `s:${value}`;
}

/** Orders values: numbers ascending first, then strings in code-unit order (stable across runs). */
export function compareValues(a: CodeValue, b: CodeValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
