import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersectionLength, lengthOf, unionOf } from './interval-set';

const rangesArb = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 10 }))
    .map(([start, len]) => ({ start, end: start + len })),
  { maxLength: 8 },
);

const covered = (ranges: { start: number; end: number }[]): Set<number> => {
  const set = new Set<number>();
  for (const r of ranges) for (let i = r.start; i < r.end; i++) set.add(i);
  return set;
};

describe('interval sets', () => {
  it('union and intersection lengths agree with counting positions', () => {
    fc.assert(
      fc.property(rangesArb, rangesArb, (a, b) => {
        const ca = covered(a);
        const cb = covered(b);
        const both = [...ca].filter((i) => cb.has(i)).length;
        return (
          lengthOf(unionOf(a)) === ca.size && intersectionLength(unionOf(a), unionOf(b)) === both
        );
      }),
    );
  });

  it('merges touching ranges', () => {
    expect(
      unionOf([
        { start: 5, end: 8 },
        { start: 0, end: 5 },
      ]),
    ).toEqual([{ start: 0, end: 8 }]);
  });
});
