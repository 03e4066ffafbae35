import { describe, expect, it } from 'vitest';
import { buildTree } from './code-tree';
import { codeCycles, cycleMessage } from './cycle-message';
import { moveCode } from './move-code';
import { parentCycles, withCyclesCut } from './parent-cycles';
import { makeCode } from './test-support/make-code';

const NOW = '2026-12-01T10:00:00.000Z';

describe('parentCycles', () => {
  it('finds each cycle once and cuts it at the code that sorts first, whatever the list order', () => {
    const codes = [
      makeCode('y', 'Yellow', { parentId: 'x' }),
      makeCode('x', 'Xenon', { parentId: 'y' }),
      makeCode('z', 'Zinc', { parentId: 'x' }),
      makeCode('s', 'Self', { parentId: 's' }),
    ];
    const cycles = parentCycles(codes);
    expect(cycles).toEqual([
      { ids: ['x', 'y'], cut: 'x' },
      { ids: ['s'], cut: 's' },
    ]);
    expect(parentCycles([...codes].reverse())).toEqual([
      { ids: ['s'], cut: 's' },
      { ids: ['x', 'y'], cut: 'x' },
    ]);
    expect(parentCycles([makeCode('a', 'A'), makeCode('b', 'B', { parentId: 'a' })])).toEqual([]);
  });

  it('cuts by sibling order first: a lower `order` wins over the name', () => {
    const codes = [
      makeCode('x', 'Xenon', { parentId: 'y', order: 1 }),
      makeCode('y', 'Yellow', { parentId: 'x', order: 0 }),
    ];
    expect(parentCycles(codes)[0]?.cut).toBe('y');
    const cut = withCyclesCut(codes);
    expect(cut.map((c) => c.parentId)).toEqual(['y', null]);
    expect(withCyclesCut(cut)).toBe(cut);
  });

  it('the codebook tree shows the cut code at the top level, the other under it', () => {
    const codes = [
      makeCode('x', 'Xenon', { parentId: 'y' }),
      makeCode('y', 'Yellow', { parentId: 'x' }),
      makeCode('z', 'Zinc', { parentId: 'y' }),
    ];
    const tree = buildTree(codes);
    expect(tree.map((n) => n.code.id)).toEqual(['x']);
    expect(tree[0]?.children.map((n) => n.code.id)).toEqual(['y']);
    expect(tree[0]?.children[0]?.children.map((n) => n.code.id)).toEqual(['z']);
    // The nodes keep the records as stored (the cut is only where they are shown).
    expect(tree[0]?.code.parentId).toBe('y');
  });

  it('moving either code of the cycle settles it', () => {
    const codes = [
      makeCode('x', 'Xenon', { parentId: 'y' }),
      makeCode('y', 'Yellow', { parentId: 'x' }),
      makeCode('w', 'Wood'),
    ];
    const apply = (changed: typeof codes) =>
      codes.map((c) => changed.find((d) => d.id === c.id) ?? c);
    for (const [id, parent] of [
      ['x', null],
      ['y', null],
      ['x', 'w'],
      ['y', 'w'],
    ] as const) {
      const after = apply(moveCode(codes, id, parent, 0, 'coder-a', NOW));
      expect(parentCycles(after)).toEqual([]);
    }
  });
});

describe('cycleMessage', () => {
  const nameOf = (id: string) => ({ x: 'Xenon', y: 'Yellow', z: 'Zinc' })[id] ?? id;

  it('names who moved which codes and which one is shown at the top level', () => {
    expect(cycleMessage({ ids: ['x', 'y'], cut: 'x' }, nameOf, ['Ada', 'Ben'])).toBe(
      'Ada and Ben moved “Xenon” and “Yellow” under each other; “Xenon” is shown at the top level. Move one of them to settle it.',
    );
    expect(cycleMessage({ ids: ['x', 'y', 'z'], cut: 'x' }, nameOf, [])).toBe(
      '“Xenon”, “Yellow” and “Zinc” are each under the next (Xenon → Yellow → Zinc → Xenon); “Xenon” is shown at the top level. Move one of them to settle it.',
    );
    expect(cycleMessage({ ids: ['x'], cut: 'x' }, nameOf, ['Ada'])).toBe(
      '“Xenon” is its own parent; “Xenon” is shown at the top level. Move it to settle it.',
    );
  });
});

describe('codeCycles', () => {
  it('describes the live cycles with who moved their codes; a tombstone breaks a cycle', () => {
    const codes = [
      makeCode('x', 'Xenon', { parentId: 'y', updatedBy: 'ben' }),
      makeCode('y', 'Yellow', { parentId: 'x', updatedBy: 'ada' }),
      makeCode('p', 'Pine', { parentId: 'q' }),
      makeCode('q', 'Quartz', { parentId: 'p', deleted: true }),
    ];
    const names: Record<string, string> = { ada: 'Ada', ben: 'Ben' };
    expect(codeCycles(codes, (id) => names[id])).toEqual([
      {
        ids: ['x', 'y'],
        cut: 'x',
        message:
          'Ada and Ben moved “Xenon” and “Yellow” under each other; “Xenon” is shown at the top level. Move one of them to settle it.',
      },
    ]);
  });
});
