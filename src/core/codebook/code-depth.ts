import type { Code, Id } from '../model/types';
import { ancestorChain } from './code-tree';
import { MAX_CODE_DEPTH } from './parent-chains';

/**
 * A code's level, 1 at the top, following parents (tombstoned ones too: they can be restored).
 * 0 for an unknown id. A cycle (only in damaged data) ends the walk where it closes.
 */
export function levelOf(codes: readonly Code[], id: Id): number {
  return ancestorChain(codes, id).length;
}

/** How many levels a code and its descendants span (1 for a leaf), tombstoned descendants too. */
export function subtreeHeight(codes: readonly Code[], id: Id): number {
  const kids = new Map<Id, Id[]>();
  for (const c of codes) {
    if (c.parentId === null) continue;
    const list = kids.get(c.parentId);
    if (list) list.push(c.id);
    else kids.set(c.parentId, [c.id]);
  }
  // Breadth first, one level at a time, so a long chain needs no recursion.
  const seen = new Set<Id>([id]);
  let height = 0;
  for (let level = [id]; level.length > 0; height++) {
    const next: Id[] = [];
    for (const at of level) {
      for (const kid of kids.get(at) ?? []) {
        if (!seen.has(kid)) {
          seen.add(kid);
          next.push(kid);
        }
      }
    }
    level = next;
  }
  return height;
}

/** The message shown when an edit would nest codes deeper than `MAX_CODE_DEPTH`. */
export function tooDeepMessage(levels: number): string {
  return `That would nest codes ${levels} levels deep; a codebook may be at most ${MAX_CODE_DEPTH} levels deep`;
}

/**
 * Why a new code may not be made under `parentId` (null: the top level), or null when it may: it
 * would sit one level below its parent, and no deeper than `MAX_CODE_DEPTH`.
 */
export function newChildProblem(codes: readonly Code[], parentId: Id | null): string | null {
  if (parentId === null) return null;
  const levels = levelOf(codes, parentId) + 1;
  return levels > MAX_CODE_DEPTH ? tooDeepMessage(levels) : null;
}
