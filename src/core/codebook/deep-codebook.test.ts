import { describe, expect, it } from 'vitest';
import type { Code } from '../model/types';
import { buildTree, codePath, descendantIds, preorder, treeOrder } from './code-tree';
import { newChildProblem } from './code-depth';
import { filterTree } from './filter-tree';
import { mergeProblem } from './merge-codes';
import { canMove, moveProblem } from './move-code';
import { MAX_CODE_DEPTH } from './parent-chains';
import { makeCode } from './test-support/make-code';

/** A parent chain `c0 ← c1 ← … ← c(n-1)`, listed deepest first (the order walks like least). */
function chain(n: number): Code[] {
  const codes = Array.from({ length: n }, (_, i) =>
    makeCode(`c${i}`, `level ${i + 1}`, { parentId: i === 0 ? null : `c${i - 1}` }),
  );
  return codes.reverse();
}

/** The deepest node's depth, following first children. */
function deepest(codes: readonly Code[]): number {
  let node = buildTree(codes)[0];
  while (node?.children[0]) node = node.children[0];
  return node?.depth ?? -1;
}

describe.each([3_000, 20_000])('a %i-deep chain of codes (damaged data)', (n) => {
  const codes = chain(n);

  it('builds, orders and filters the tree without overflowing the stack', () => {
    expect(deepest(codes)).toBe(n - 1);
    const order = treeOrder(codes).map((c) => c.id);
    expect(order).toHaveLength(n);
    expect(order[0]).toBe('c0');
    expect(order[n - 1]).toBe(`c${n - 1}`);
    const filtered = preorder(filterTree(codes, `level ${n}`));
    expect(filtered).toHaveLength(n); // the match and all its ancestors
    expect(filtered.filter((node) => node.matched).map((node) => node.code.id)).toEqual([
      `c${n - 1}`,
    ]);
  });

  it('names paths and descendants without overflowing the stack', () => {
    expect(codePath(codes, `c${n - 1}`)?.split(' / ')).toHaveLength(n);
    expect(descendantIds(codes, 'c0').size).toBe(n - 1);
  });

  it('refuses moves and merges that make it deeper, with the limit in the message', () => {
    const top = makeCode('top', 'Top');
    const all = [...codes, top];
    expect(canMove(all, 'top', `c${n - 1}`)).toBe(false);
    expect(moveProblem(all, 'top', `c${n - 1}`)).toMatch(`at most ${MAX_CODE_DEPTH} levels`);
    expect(mergeProblem(all, 'c0', 'top')).toMatch(`at most ${MAX_CODE_DEPTH} levels`);
    expect(canMove(all, 'c1', null)).toBe(true); // moving up is always allowed
  });
});

describe('the depth limit on edits', () => {
  const limit = chain(MAX_CODE_DEPTH);
  const bottom = `c${MAX_CODE_DEPTH - 1}`;

  it('allows a code at the last level, not one below it', () => {
    const leaf = makeCode('leaf', 'Leaf');
    expect(moveProblem([...limit, leaf], 'leaf', `c${MAX_CODE_DEPTH - 2}`)).toBeNull();
    expect(moveProblem([...limit, leaf], 'leaf', bottom)).toMatch(
      `${MAX_CODE_DEPTH + 1} levels deep`,
    );
  });

  it('counts the moved subtree and the merged children', () => {
    const pair = [makeCode('p', 'P'), makeCode('q', 'Q', { parentId: 'p' })];
    const all = [...limit, ...pair];
    expect(moveProblem(all, 'p', `c${MAX_CODE_DEPTH - 3}`)).toBeNull();
    expect(moveProblem(all, 'p', `c${MAX_CODE_DEPTH - 2}`)).not.toBeNull();
    // Merging p into a code at the last level puts q one below it.
    expect(mergeProblem(all, 'p', bottom)).not.toBeNull();
    expect(mergeProblem(all, 'p', `c${MAX_CODE_DEPTH - 2}`)).toBeNull();
  });

  it('allows a new code under the last level but one, not under the last level', () => {
    expect(newChildProblem(limit, null)).toBeNull();
    expect(newChildProblem(limit, `c${MAX_CODE_DEPTH - 2}`)).toBeNull();
    expect(newChildProblem(limit, bottom)).toMatch(`at most ${MAX_CODE_DEPTH} levels deep`);
  });
});
