import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { walkParentChains, type ParentLink } from './parent-chains';

/** The obvious quadratic reference: climb from each code with a visited set. */
function naiveLevel(codes: readonly ParentLink[], id: string): number | undefined {
  const parentOf = new Map<string, string | null>();
  for (const c of codes) if (!parentOf.has(c.id)) parentOf.set(c.id, c.parentId);
  const seen = new Set<string>();
  for (let at: string | null = id; at !== null && parentOf.has(at); at = parentOf.get(at) ?? null) {
    if (seen.has(at)) return undefined; // on or below a cycle
    seen.add(at);
  }
  return seen.size;
}

/** Whether climbing from a code comes back to it. */
function onOwnCycle(codes: readonly ParentLink[], id: string): boolean {
  const parentOf = new Map(codes.map((c) => [c.id, c.parentId]));
  const seen = new Set<string>();
  for (
    let at = parentOf.get(id) ?? null;
    at !== null && !seen.has(at);
    at = parentOf.get(at) ?? null
  ) {
    if (at === id) return true;
    seen.add(at);
  }
  return false;
}

const chain = (n: number): ParentLink[] =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i}`, parentId: i === 0 ? null : `c${i - 1}` }));

describe('walkParentChains', () => {
  it('gives levels from the top, treating a missing parent as the top', () => {
    const { levels, cycles } = walkParentChains([
      { id: 'b', parentId: 'a' },
      { id: 'a', parentId: null },
      { id: 'c', parentId: 'b' },
      { id: 'orphan', parentId: 'gone' },
    ]);
    expect(Object.fromEntries(levels)).toEqual({ a: 1, b: 2, c: 3, orphan: 1 });
    expect(cycles).toEqual([]);
  });

  it('finds each cycle once, from its code earliest in the list, and gives no level on or below it', () => {
    const { levels, cycles } = walkParentChains([
      { id: 'tail', parentId: 'y' },
      { id: 'x', parentId: 'z' },
      { id: 'y', parentId: 'x' },
      { id: 'z', parentId: 'y' },
      { id: 'self', parentId: 'self' },
      { id: 'ok', parentId: null },
    ]);
    expect(cycles).toEqual([['x', 'z', 'y'], ['self']]);
    expect(Object.fromEntries(levels)).toEqual({ ok: 1 });
  });

  it('property: agrees with climbing from every code, and reports exactly the codes on cycles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.nat({ max: 30 }), { nil: null }), { maxLength: 30 }),
        (parents) => {
          const codes = parents.map((p, i) => ({
            id: `c${i}`,
            parentId: p === null ? null : `c${p}`,
          }));
          const { levels, cycles } = walkParentChains(codes);
          for (const c of codes) expect(levels.get(c.id)).toBe(naiveLevel(codes, c.id));
          const onCycles = cycles.flat();
          expect(new Set(onCycles).size).toBe(onCycles.length);
          expect(new Set(onCycles)).toEqual(
            new Set(codes.filter((c) => onOwnCycle(codes, c.id)).map((c) => c.id)),
          );
        },
      ),
      { seed: 8, numRuns: 300 },
    );
  });

  it('walks a 100,000-deep chain without recursion, in linear time', () => {
    const codes = chain(100_000);
    const { levels } = walkParentChains([...codes].reverse());
    expect(levels.get('c99999')).toBe(100_000);
    expect(levels.get('c0')).toBe(1);
  });
});
