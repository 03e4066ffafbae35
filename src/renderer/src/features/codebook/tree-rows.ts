import { compareSiblings, withCyclesCut, type CodeNode } from '../../../../core/codebook';
import type { Code, Id } from '../../../../core/model/types';

/** One visible row of the codebook tree. */
export interface TreeRow {
  code: Code;
  /** 1 at the top level, as `aria-level` counts. */
  level: number;
  hasChildren: boolean;
  /** The row's parent in the tree (null at the top level). */
  parentId: Id | null;
}

/**
 * The rows the codebook tree shows, in reading order: every node whose ancestors are all
 * expanded. Iterative, so a chain thousands of codes deep cannot overflow the call stack.
 */
export function visibleRows(roots: readonly CodeNode[], collapsed: ReadonlySet<Id>): TreeRow[] {
  const rows: TreeRow[] = [];
  const stack: { node: CodeNode; level: number; parentId: Id | null }[] = [];
  for (let i = roots.length - 1; i >= 0; i--)
    stack.push({ node: roots[i] as CodeNode, level: 1, parentId: null });
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, level, parentId } = item;
    rows.push({ code: node.code, level, hasChildren: node.children.length > 0, parentId });
    if (collapsed.has(node.code.id)) continue;
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i] as CodeNode, level: level + 1, parentId: node.code.id });
  }
  return rows;
}

/** What a navigation key does in the tree (WAI-ARIA tree view pattern). */
export type TreeMove =
  { kind: 'focus'; id: Id } | { kind: 'expand'; id: Id } | { kind: 'collapse'; id: Id };

/**
 * The effect of Up, Down, Home, End, Right and Left on the row `currentId`: Right expands a
 * collapsed row or enters an expanded one, Left collapses an expanded row or goes to the parent.
 * Null for other keys, or when the key has nothing to do.
 */
export function treeMove(
  key: string,
  rows: readonly TreeRow[],
  currentId: Id,
  collapsed: ReadonlySet<Id>,
): TreeMove | null {
  const at = rows.findIndex((r) => r.code.id === currentId);
  const row = rows[at];
  if (!row) return null;
  const focus = (target: TreeRow | undefined): TreeMove | null =>
    target && target !== row ? { kind: 'focus', id: target.code.id } : null;
  switch (key) {
    case 'ArrowDown':
      return focus(rows[at + 1]);
    case 'ArrowUp':
      return focus(rows[at - 1]);
    case 'Home':
      return focus(rows[0]);
    case 'End':
      return focus(rows[rows.length - 1]);
    case 'ArrowRight':
      if (!row.hasChildren) return null;
      return collapsed.has(row.code.id) ? { kind: 'expand', id: row.code.id } : focus(rows[at + 1]);
    case 'ArrowLeft':
      if (row.hasChildren && !collapsed.has(row.code.id))
        return { kind: 'collapse', id: row.code.id };
      return focus(rows.find((r) => r.code.id === row.parentId));
    default:
      return null;
  }
}

/**
 * The live codes shown under `parentId` (null: the top level, where codes whose parent is gone
 * are shown too, and a code cut out of a parent cycle), in sibling order: what Alt+arrows reorder, whatever a filter hides.
 */
export function siblingCodes(codes: readonly Code[], parentId: Id | null): Code[] {
  const alive = codes.filter((c) => !c.deleted);
  const live = new Set(alive.map((c) => c.id));
  // Where each is shown: a code cut out of a parent cycle sits at the top level (`buildTree`).
  const shown = withCyclesCut(
    alive.map((c) => ({
      ...c,
      parentId: c.parentId !== null && live.has(c.parentId) ? c.parentId : null,
    })),
  );
  return alive.filter((_, i) => shown[i]?.parentId === parentId).sort(compareSiblings);
}
