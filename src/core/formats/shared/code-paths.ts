import type { Code, Id } from '../../model/types';

/**
 * Every code's path of names from the top of the tree ("Parent", "Child"), computed once for
 * the whole codebook (`codePath` per annotation would rescan the codebook each time). Iterative,
 * so a deep tree cannot overflow the stack; a cycle ends the path where it closes.
 */
export function codePaths(codes: readonly Code[]): Map<Id, string[]> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const paths = new Map<Id, string[]>();
  for (const code of codes) {
    if (paths.has(code.id)) continue;
    const chain: Code[] = [];
    const seen = new Set<Id>();
    let cursor: Code | undefined = code;
    while (cursor && !seen.has(cursor.id) && !paths.has(cursor.id)) {
      seen.add(cursor.id);
      chain.push(cursor);
      cursor = cursor.parentId === null ? undefined : byId.get(cursor.parentId);
    }
    let prefix = cursor && paths.has(cursor.id) ? (paths.get(cursor.id) ?? []) : [];
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i] as Code;
      prefix = [...prefix, link.name];
      paths.set(link.id, prefix);
    }
  }
  return paths;
}
