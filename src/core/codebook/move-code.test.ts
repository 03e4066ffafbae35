import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canMove, moveCode } from './move-code';
import { compareSiblings, descendantIds } from './code-tree';
import { makeCode } from './test-support/make-code';
import { codebookArbitrary } from './test-support/codebook-arbitrary';
import type { Code } from '../model/types';

const NOW = '2026-03-03T00:00:00.000Z';
const apply = (codes: Code[], changed: Code[]) =>
  codes.map((c) => changed.find((x) => x.id === c.id) ?? c);

describe('moveCode', () => {
  const codes = [
    makeCode('a', 'A', { order: 0 }),
    makeCode('b', 'B', { order: 1 }),
    makeCode('b1', 'B1', { parentId: 'b', order: 0 }),
    makeCode('b2', 'B2', { parentId: 'b', order: 1 }),
  ];

  it('refuses cycles and moves into tombstones', () => {
    expect(canMove(codes, 'b', 'b1')).toBe(false);
    expect(canMove(codes, 'b', 'b')).toBe(false);
    expect(canMove(codes, 'b1', 'a')).toBe(true);
    expect(canMove(codes, 'b1', null)).toBe(true);
    expect(canMove([...codes, makeCode('x', 'X', { deleted: true })], 'a', 'x')).toBe(false);
    expect(() => moveCode(codes, 'b', 'b2', 0, 'ada', NOW)).toThrow();
  });

  it('puts the code at the index among its new siblings and renumbers them', () => {
    const changed = moveCode(codes, 'a', 'b', 1, 'ada', NOW);
    const after = apply(codes, changed);
    const children = after.filter((c) => c.parentId === 'b').sort(compareSiblings);
    expect(children.map((c) => c.id)).toEqual(['b1', 'a', 'b2']);
    expect(changed.map((c) => c.id).sort()).toEqual(['a', 'b2']);
    expect(changed.every((c) => c.updatedAt === NOW)).toBe(true);
  });

  it('property: an allowed move never makes a cycle and lands where asked', () => {
    fc.assert(
      fc.property(
        codebookArbitrary,
        fc.nat(),
        fc.nat(),
        fc.nat(5),
        ({ codes: cs }, i, j, index) => {
          const code = cs[i % cs.length] as Code;
          const target = j % (cs.length + 1) === cs.length ? null : (cs[j % cs.length] as Code).id;
          if (!canMove(cs, code.id, target)) {
            if (!code.deleted && target !== null && target !== code.id) {
              const t = cs.find((c) => c.id === target) as Code;
              expect(t.deleted || descendantIds(cs, code.id).has(target)).toBe(true);
            }
            return;
          }
          const after = apply(cs, moveCode(cs, code.id, target, index, 'ada', NOW));
          const byId = new Map(after.map((c) => [c.id, c]));
          for (const c of after) {
            const seen = new Set<string>();
            for (
              let p: Code | undefined = c;
              p;
              p = p.parentId ? byId.get(p.parentId) : undefined
            ) {
              expect(seen.has(p.id)).toBe(false);
              seen.add(p.id);
            }
          }
          const siblings = after
            .filter((c) => !c.deleted && c.parentId === target)
            .sort(compareSiblings)
            .map((c) => c.id);
          expect(siblings.indexOf(code.id)).toBe(Math.min(index, siblings.length - 1));
        },
      ),
    );
  });
});
