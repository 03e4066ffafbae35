/**
 * `JSON.stringify(object, null, 2)` of a plain object whose values may be long arrays of
 * records, written as many small strings instead of one: a worker can report how many records
 * it has written (`onRecord`), and hand the parts to a Blob without ever holding the whole file
 * as one string. `parts.join('')` is exactly `JSON.stringify(object, null, 2)`.
 */
export function jsonParts(
  object: Record<string, unknown>,
  onRecord?: (written: number) => void,
): string[] {
  const parts: string[] = ['{'];
  let written = 0;
  let first = true;
  for (const [key, value] of Object.entries(object)) {
    const text = Array.isArray(value) ? null : JSON.stringify(value, null, 2);
    // JSON.stringify leaves out keys whose value it cannot write (undefined, functions).
    if (!Array.isArray(value) && text === undefined) continue;
    parts.push(`${first ? '' : ','}\n  ${JSON.stringify(key)}: `);
    first = false;
    if (!Array.isArray(value)) {
      // Strings never hold a raw newline (JSON escapes it), so every newline is indentation.
      parts.push((text as string).replace(/\n/g, '\n  '));
      continue;
    }
    if (value.length === 0) {
      parts.push('[]');
      continue;
    }
    parts.push('[');
    value.forEach((item: unknown, i) => {
      const itemText = (JSON.stringify(item, null, 2) as string | undefined) ?? 'null';
      parts.push(`${i === 0 ? '' : ','}\n    ${itemText.replace(/\n/g, '\n    ')}`);
      written++;
      onRecord?.(written);
    });
    parts.push('\n  ]');
  }
  parts.push(first ? '}' : '\n}');
  return parts;
}

/** How many records `jsonParts` reports for an object: the items of its array values. */
export function recordsIn(object: Record<string, unknown>): number {
  let n = 0;
  for (const value of Object.values(object)) if (Array.isArray(value)) n += value.length;
  return n;
}
