import { describe, expect, it } from 'vitest';
import { characterPatterns, mergeOverlapping, unitPatterns } from './unit-columns';

const collect = (fill: (add: (pattern: string, weight: number) => void) => void) => {
  const columns = new Map<string, number>();
  fill((p, w) => w > 0 && columns.set(p, (columns.get(p) ?? 0) + w));
  return Object.fromEntries(columns);
};

describe('unit columns', () => {
  it('merges overlapping ranges but keeps touching ones apart', () => {
    expect(
      mergeOverlapping([
        { start: 5, end: 9 },
        { start: 0, end: 6 },
        { start: 9, end: 12 },
      ]),
    ).toEqual([
      { start: 0, end: 9 },
      { start: 9, end: 12 },
    ]);
  });

  it('characters: runs weighted by length, by who covers them', () => {
    // Coder 1 covers [0, 4), coder 2 [2, 6) on 10 characters.
    const columns = collect((add) =>
      characterPatterns(10, [[{ start: 0, end: 4 }], [{ start: 2, end: 6 }]], add),
    );
    expect(columns).toEqual({ '10': 2, '11': 2, '01': 2, '00': 4 });
  });

  it('units: marked when a span shares a character with them; untouched units in one column', () => {
    const units = [0, 5, 10, 15].map((start) => ({ start, end: start + 4 }));
    const columns = collect((add) =>
      unitPatterns(units, [[{ start: 3, end: 6 }], [{ start: 4, end: 5 }]], add),
    );
    // Unit [0, 4) coder 1 only; [5, 9) coder 1 only (the second coder's span ends where it starts);
    // [10, 14) and [15, 19) nobody.
    expect(columns).toEqual({ '10': 2, '00': 2 });
  });
});
