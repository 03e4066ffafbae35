import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTree, codePath, treeOrder, type CodeNode } from './code-tree';
import { makeCode } from './test-support/make-code';
import { codebookArbitrary } from './test-support/codebook-arbitrary';

const names = (nodes: CodeNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.code.name, names(n.children)] : n.code.name));

describe('buildTree', () => {
  it('orders siblings by order, then name (numeric aware), and skips tombstones', () => {
    const codes = [
      makeCode('1', 'Zeta', { order: 0 }),
      makeCode('2', 'alpha', { order: 1 }),
      makeCode('3', 'Beta', { order: 1 }),
      makeCode('4', 'child 10', { parentId: '1' }),
      makeCode('5', 'child 9', { parentId: '1' }),
      makeCode('6', 'gone', { deleted: true }),
      makeCode('7', 'under gone', { parentId: '6', order: 5 }),
    ];
    expect(names(buildTree(codes))).toEqual([
      ['Zeta', ['child 9', 'child 10']],
      'alpha',
      'Beta',
      'under gone',
    ]);
    expect(buildTree(codes)[0]?.children[0]?.depth).toBe(1);
  });

  it('breaks a parent cycle instead of losing the codes', () => {
    const codes = [makeCode('a', 'A', { parentId: 'b' }), makeCode('b', 'B', { parentId: 'a' })];
    expect(
      treeOrder(codes)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('property: every live code appears exactly once, children under their parent', () => {
    fc.assert(
      fc.property(codebookArbitrary, ({ codes }) => {
        const order = treeOrder(codes);
        expect(order.map((c) => c.id).sort()).toEqual(
          codes
            .filter((c) => !c.deleted)
            .map((c) => c.id)
            .sort(),
        );
        const check = (nodes: CodeNode[], parent: string | null) =>
          nodes.forEach((n) => {
            if (parent !== null) expect(n.code.parentId).toBe(parent);
            check(n.children, n.code.id);
          });
        check(buildTree(codes), null);
      }),
    );
  });
});

describe('codePath', () => {
  it('joins ancestor names', () => {
    const codes = [makeCode('a', 'Harm'), makeCode('b', 'Victims', { parentId: 'a' })];
    expect(codePath(codes, 'b')).toBe('Harm / Victims');
    expect(codePath(codes, 'a')).toBe('Harm');
    expect(codePath(codes, 'zzz')).toBeNull();
  });
});
