import { versionId } from '../model/revision';
import type { Stamped } from '../model/types';

const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The order that decides between concurrent versions of a record: the later `updatedAt` wins,
 * then the greater coder id (`updatedBy`), then the greater version id. A total order, so every
 * replica picks the same winner whatever order files arrive in. Positive when `a` wins.
 */
export function compareVersions(a: Stamped, b: Stamped): number {
  const ta = Date.parse(a.updatedAt);
  const tb = Date.parse(b.updatedAt);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return compareText(a.updatedBy, b.updatedBy) || compareText(versionId(a), versionId(b));
}

/** The live version of a record and the concurrent versions it won over (kept as conflicts). */
export interface ResolvedVersions<T> {
  winner: T;
  losers: T[];
}

/**
 * Decides between all known versions of one record, the way CouchDB picks a winning revision:
 * equal versions count once; a version that another one descends from (its id is in the
 * other's `revs`) is replaced without conflict; of what is left, the greatest by
 * `compareVersions` is live and the others are losers, ordered best first. Empty input: null.
 * Copies of one version can differ only in a document's body being present; the body is kept.
 */
export function resolveVersions<T extends Stamped>(
  versions: readonly T[],
): ResolvedVersions<T> | null {
  // Fast paths for the common case of a merge: a record only one side has, or the same version.
  const [first, second] = versions;
  if (!first) return null;
  if (versions.length === 1) return { winner: first, losers: [] };
  if (versions.length === 2 && second && versionId(first) === versionId(second)) {
    const winner =
      hasNoBody(first) && !hasNoBody(second) ? { ...first, text: bodyOf(second) } : first;
    return { winner, losers: [] };
  }
  const unique = new Map<string, T>();
  for (const v of versions) {
    const id = versionId(v);
    const seen = unique.get(id);
    if (!seen) unique.set(id, v);
    else if (hasNoBody(seen) && !hasNoBody(v)) unique.set(id, { ...seen, text: bodyOf(v) });
  }
  const ancestors = new Set<string>();
  for (const v of unique.values()) for (const r of v.revs ?? []) ancestors.add(r);
  const leaves = [...unique.entries()].filter(([id]) => !ancestors.has(id)).map(([, v]) => v);
  leaves.sort((a, b) => compareVersions(b, a));
  const [winner, ...losers] = leaves;
  return winner ? { winner, losers } : null;
}

const hasNoBody = (v: object) => 'blocks' in v && (v as { text?: string }).text === undefined;
const bodyOf = (v: object) => (v as { text?: string }).text;
