import { describe, expect, it } from 'vitest';
import { buildTree } from '../../../../core/codebook';
import { makeCode } from '../../../../core/codebook/test-support/make-code';
import { siblingCodes, treeMove, visibleRows } from './tree-rows';

// a
//   a1
//     a1x
//   a2
// b
const codes = [
  makeCode('a', 'A', { order: 0 }),
  makeCode('a1', 'A1', { parentId: 'a', order: 0 }),
  makeCode('a1x', 'A1x', { parentId: 'a1', order: 0 }),
  makeCode('a2', 'A2', { parentId: 'a', order: 1 }),
  makeCode('b', 'B', { order: 1 }),
];
const ids = (rows: { code: { id: string } }[]) => rows.map((r) => r.code.id);

describe('visibleRows', () => {
  it('lists rows in reading order with levels, hiding children of collapsed rows', () => {
    const all = visibleRows(buildTree(codes), new Set());
    expect(ids(all)).toEqual(['a', 'a1', 'a1x', 'a2', 'b']);
    expect(all.map((r) => r.level)).toEqual([1, 2, 3, 2, 1]);
    expect(all.map((r) => r.hasChildren)).toEqual([true, true, false, false, false]);
    expect(all[2]?.parentId).toBe('a1');
    expect(ids(visibleRows(buildTree(codes), new Set(['a1'])))).toEqual(['a', 'a1', 'a2', 'b']);
    expect(ids(visibleRows(buildTree(codes), new Set(['a'])))).toEqual(['a', 'b']);
  });

  it('handles a chain thousands deep', () => {
    const chain = Array.from({ length: 5000 }, (_, i) =>
      makeCode(`c${i}`, `C${i}`, { parentId: i === 0 ? null : `c${i - 1}` }),
    );
    const rows = visibleRows(buildTree(chain), new Set());
    expect(rows).toHaveLength(5000);
    expect(rows[4999]?.level).toBe(5000);
  });
});

describe('treeMove', () => {
  const open = new Set<string>();
  const rows = visibleRows(buildTree(codes), open);

  it('moves up and down, to the ends, and stops at the edges', () => {
    expect(treeMove('ArrowDown', rows, 'a1x', open)).toEqual({ kind: 'focus', id: 'a2' });
    expect(treeMove('ArrowUp', rows, 'a2', open)).toEqual({ kind: 'focus', id: 'a1x' });
    expect(treeMove('End', rows, 'a', open)).toEqual({ kind: 'focus', id: 'b' });
    expect(treeMove('Home', rows, 'b', open)).toEqual({ kind: 'focus', id: 'a' });
    expect(treeMove('ArrowUp', rows, 'a', open)).toBeNull();
    expect(treeMove('ArrowDown', rows, 'b', open)).toBeNull();
  });

  it('Right expands or enters, Left collapses or goes to the parent', () => {
    const closed = new Set(['a']);
    const few = visibleRows(buildTree(codes), closed);
    expect(treeMove('ArrowRight', few, 'a', closed)).toEqual({ kind: 'expand', id: 'a' });
    expect(treeMove('ArrowRight', rows, 'a', open)).toEqual({ kind: 'focus', id: 'a1' });
    expect(treeMove('ArrowRight', rows, 'a2', open)).toBeNull();
    expect(treeMove('ArrowLeft', rows, 'a', open)).toEqual({ kind: 'collapse', id: 'a' });
    expect(treeMove('ArrowLeft', rows, 'a1x', open)).toEqual({ kind: 'focus', id: 'a1' });
    expect(treeMove('ArrowLeft', few, 'a', closed)).toBeNull();
    expect(treeMove('Enter', rows, 'a', open)).toBeNull();
  });
});

describe('siblingCodes', () => {
  it('lists the codes under a parent in sibling order, orphans at the top level', () => {
    const more = [
      ...codes,
      makeCode('orphan', 'Orphan', { parentId: 'gone', order: 5 }),
      makeCode('dead', 'Dead', { deleted: true, order: 2 }),
    ];
    expect(ids(siblingCodes(more, null).map((code) => ({ code })))).toEqual(['a', 'b', 'orphan']);
    expect(ids(siblingCodes(more, 'a').map((code) => ({ code })))).toEqual(['a1', 'a2']);
    expect(siblingCodes(more, 'a2')).toEqual([]);
  });

  it('lists a code cut out of a parent cycle at the top level, where the tree shows it', () => {
    // x and y under each other (two coders' moves merged): x sorts first and is shown on top.
    const cycle = [
      ...codes,
      makeCode('x', 'X', { parentId: 'y', order: 2 }),
      makeCode('y', 'Y', { parentId: 'x', order: 2 }),
    ];
    expect(ids(siblingCodes(cycle, null).map((code) => ({ code })))).toEqual(['a', 'b', 'x']);
    expect(ids(siblingCodes(cycle, 'x').map((code) => ({ code })))).toEqual(['y']);
    expect(
      ids(visibleRows(buildTree(cycle), new Set()).filter((r) => r.parentId === null)),
    ).toEqual(['a', 'b', 'x']);
  });
});
