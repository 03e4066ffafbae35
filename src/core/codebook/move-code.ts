import type { Code, Id, Timestamp } from '../model/types';
import { compareSiblings, descendantIds } from './code-tree';
import { levelOf, subtreeHeight, tooDeepMessage } from './code-depth';
import { MAX_CODE_DEPTH } from './parent-chains';
import { touched } from '../model/stamp';

/**
 * Why a code may not be moved under `newParentId` (null: the top level), or null when it may:
 * both must be live, the new parent neither the code itself nor one of its descendants (that
 * would make a cycle), and the code's subtree must stay within `MAX_CODE_DEPTH` levels.
 */
export function moveProblem(codes: readonly Code[], id: Id, newParentId: Id | null): string | null {
  const code = codes.find((c) => c.id === id);
  if (!code || code.deleted) return `Code ${id} does not exist`;
  if (newParentId === null) return null;
  const parent = codes.find((c) => c.id === newParentId);
  if (!parent || parent.deleted) return `Code ${newParentId} does not exist`;
  if (newParentId === id || descendantIds(codes, id).has(newParentId)) {
    return 'A code cannot be moved into itself or into one of its own subcodes';
  }
  const levels = levelOf(codes, newParentId) + subtreeHeight(codes, id);
  return levels > MAX_CODE_DEPTH ? tooDeepMessage(levels) : null;
}

/** Whether `moveProblem` has no objection. */
export function canMove(codes: readonly Code[], id: Id, newParentId: Id | null): boolean {
  return moveProblem(codes, id, newParentId) === null;
}

/**
 * Moves a code under `newParentId` at position `index` among its new live siblings (clamped),
 * renumbering those siblings' `order` 0..n-1. Returns only the records that changed, stamped,
 * ready to write and to undo. Throws when `moveProblem` objects.
 */
export function moveCode(
  codes: readonly Code[],
  id: Id,
  newParentId: Id | null,
  index: number,
  coder: Id,
  now: Timestamp,
): Code[] {
  const problem = moveProblem(codes, id, newParentId);
  if (problem) throw new Error(`Cannot move code ${id}: ${problem}`);
  const code = codes.find((c) => c.id === id) as Code;
  const siblings = codes
    .filter((c) => !c.deleted && c.parentId === newParentId && c.id !== id)
    .sort(compareSiblings);
  const at = Math.max(0, Math.min(siblings.length, Math.trunc(index)));
  siblings.splice(at, 0, code);
  const changed: Code[] = [];
  siblings.forEach((c, order) => {
    const parentId = c.id === id ? newParentId : c.parentId;
    if (c.order !== order || c.parentId !== parentId) {
      changed.push(touched(c, { order, parentId }, coder, now));
    }
  });
  return changed;
}
