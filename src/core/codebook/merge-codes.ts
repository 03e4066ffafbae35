import type { Annotation, Code, Id, Timestamp } from '../model/types';
import { compareSiblings, descendantIds } from './code-tree';
import { levelOf, subtreeHeight, tooDeepMessage } from './code-depth';
import { MAX_CODE_DEPTH } from './parent-chains';
import { touched } from '../model/stamp';

/** What merging two codes changes: the records to write (and to keep for undo). */
export interface MergeResult {
  codes: Code[];
  annotations: Annotation[];
}

/** Why two codes cannot be merged, or null when they can. */
export function mergeProblem(codes: readonly Code[], fromId: Id, intoId: Id): string | null {
  if (fromId === intoId) return 'A code cannot be merged into itself';
  const from = codes.find((c) => c.id === fromId);
  const into = codes.find((c) => c.id === intoId);
  if (!from || from.deleted) return `Code ${fromId} does not exist`;
  if (!into || into.deleted) return `Code ${intoId} does not exist`;
  if (descendantIds(codes, fromId).has(intoId)) {
    return `"${into.name}" is inside "${from.name}": move it out first, or merge the other way`;
  }
  // The source's subcodes move one level below the target.
  const levels = levelOf(codes, intoId) + subtreeHeight(codes, fromId) - 1;
  return levels > MAX_CODE_DEPTH ? tooDeepMessage(levels) : null;
}

/**
 * Merges code `fromId` into `intoId` without losing anything:
 * - every annotation coded with the source (tombstoned ones too, so restoring them from the trash
 *   stays consistent) gets the target instead, in the source's place; if it already had the
 *   target, the duplicate collapses;
 * - the source's children move under the target, after its own children;
 * - the source's memo is appended to the target's, and its hotkey passes to the target if the
 *   target has none;
 * - the source is tombstoned (recoverable from the trash), not erased.
 * Returns only changed records, stamped with `coder` and `now`. Throws if `mergeProblem` objects.
 */
export function mergeCodes(
  codes: readonly Code[],
  annotations: readonly Annotation[],
  fromId: Id,
  intoId: Id,
  coder: Id,
  now: Timestamp,
): MergeResult {
  const problem = mergeProblem(codes, fromId, intoId);
  if (problem) throw new Error(problem);
  const from = codes.find((c) => c.id === fromId) as Code;
  const into = codes.find((c) => c.id === intoId) as Code;

  const changedCodes: Code[] = [];
  const memo = from.memo.trim()
    ? `${into.memo}${into.memo ? '\n\n' : ''}[Merged from ${from.name}] ${from.memo}`
    : into.memo;
  const hotkey = into.hotkey ?? from.hotkey;
  changedCodes.push(touched(into, { memo, hotkey }, coder, now));
  changedCodes.push(touched(from, { deleted: true, hotkey: null }, coder, now));

  const intoChildren = codes.filter((c) => !c.deleted && c.parentId === intoId);
  let nextOrder = intoChildren.reduce((max, c) => Math.max(max, c.order + 1), 0);
  const moving = codes.filter((c) => c.parentId === fromId).sort(compareSiblings);
  for (const child of moving) {
    changedCodes.push(touched(child, { parentId: intoId, order: nextOrder++ }, coder, now));
  }

  const changedAnnotations: Annotation[] = [];
  for (const a of annotations) {
    if (!a.codeIds.includes(fromId)) continue;
    const codeIds: Id[] = [];
    for (const id of a.codeIds) {
      const mapped = id === fromId ? intoId : id;
      if (!codeIds.includes(mapped)) codeIds.push(mapped);
    }
    changedAnnotations.push(touched(a, { codeIds }, coder, now));
  }
  return { codes: changedCodes, annotations: changedAnnotations };
}
