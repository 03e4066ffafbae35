/**
 * A JSON path like `annotations[3].codeIds[0]` for a zod issue path, the form problems are shown
 * in (people read it more easily than JSON Pointer).
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) {
      out += out ? `.${part}` : part;
    } else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}
