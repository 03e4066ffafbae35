import type { Code, Id, Timestamp } from '../model/types';
import { compareSiblings, descendantIds } from './code-tree';
import { touched } from './stamp';

/**
 * Whether a code may be moved under `newParentId` (null: the top level): both live, and the new
 * parent is neither the code itself nor one of its descendants (that would make a cycle).
 */
export function canMove(codes: readonly Code[], id: Id, newParentId: Id | null): boolean {
  const code = codes.find((c) => c.id === id);
  if (!code || code.deleted) return false;
  if (newParentId === null) return true;
  const parent = codes.find((c) => c.id === newParentId);
  if (!parent || parent.deleted || newParentId === id) return false;
  return !descendantIds(codes, id).has(newParentId);
}

/**
 * Moves a code under `newParentId` at position `index` among its new live siblings (clamped),
 * renumbering those siblings' `order` 0..n-1. Returns only the records that changed, stamped,
 * ready to write and to undo. Throws when `canMove` says no.
 */
export function moveCode(
  codes: readonly Code[],
  id: Id,
  newParentId: Id | null,
  index: number,
  coder: Id,
  now: Timestamp,
): Code[] {
  if (!canMove(codes, id, newParentId)) {
    throw new Error(`Cannot move code ${id} under ${newParentId ?? 'the top level'}`);
  }
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
