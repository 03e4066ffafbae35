/** Orders records by id in code-unit order (not locale order), so output never depends on locale. */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A copy of `record` with exactly `keys`, in that order, leaving out undefined values. Used to
 * give every exported record the schema's key order, and to drop fields the format does not know.
 */
export function pickKeys<T extends object>(
  record: T,
  keys: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const source = record as Record<string, unknown>;
  for (const key of keys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  return out;
}
