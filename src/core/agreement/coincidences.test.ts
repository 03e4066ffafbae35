import { describe, expect, it } from 'vitest';
import { coincidencesOf } from './coincidences';
import { unitsOf } from './reliability-data';
import { KRIPPENDORFF_2011 } from './test-support/published-data';

describe('coincidence matrix', () => {
  it('Krippendorff (2011), section C: the printed matrix of values 1-5', () => {
    const co = coincidencesOf(unitsOf({ values: KRIPPENDORFF_2011 }));
    const third = 1 / 3;
    const printed = [
      [7, 4 * third, third, third, 0],
      [4 * third, 10, 4 * third, third, 0],
      [third, 4 * third, 8, third, 0],
      [third, third, third, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    expect(co.categories).toEqual([1, 2, 3, 4, 5]);
    co.matrix.forEach((row, c) =>
      row.forEach((o, k) => expect(o).toBeCloseTo((printed[c] as number[])[k] as number, 12)),
    );
    expect(co.margins.map((n) => Math.round(n * 1e9) / 1e9)).toEqual([9, 13, 10, 5, 3]);
    expect(co.total).toBeCloseTo(40, 12);
    expect(co.pairableUnits).toBe(11);
  });

  it('leaves out units with fewer than two values', () => {
    const co = coincidencesOf(
      unitsOf({
        values: [
          [1, 2, null],
          [1, null, null],
        ],
      }),
    );
    expect(co.pairableUnits).toBe(1);
    expect(co.categories).toEqual([1]);
  });
});
