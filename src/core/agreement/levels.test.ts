import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './input-error';
import { squaredDifferences } from './levels';

// Krippendorff (2004), Content Analysis 2nd ed., the metric differences for the p. 230 data
// (values 1-6, 5 unused; margins n_c = 9, 13, 10, 5, 0, 3), as DKPro Statistics transcribes them.
const CATEGORIES = [1, 2, 3, 4, 5, 6];
const MARGINS = [9, 13, 10, 5, 0, 3];

describe('difference functions', () => {
  it('ordinal: differences from the marginal frequencies', () => {
    const printed = [
      [0, 11, 22.5, 30, 32.5, 34],
      [11, 0, 11.5, 19, 21.5, 23],
      [22.5, 11.5, 0, 7.5, 10, 11.5],
      [30, 19, 7.5, 0, 2.5, 4],
      [32.5, 21.5, 10, 2.5, 0, 1.5],
      [34, 23, 11.5, 4, 1.5, 0],
    ];
    expect(squaredDifferences('ordinal', CATEGORIES, MARGINS)).toEqual(
      printed.map((row) => row.map((d) => d * d)),
    );
  });

  it('interval and ratio', () => {
    const interval = squaredDifferences('interval', [-1, 0, 2], [1, 1, 1]);
    expect(interval[0]).toEqual([0, 1, 9]);
    const ratio = squaredDifferences('ratio', [0, 1, 3], [1, 1, 1]);
    expect(ratio[0]).toEqual([0, 1, 1]);
    expect(ratio[1]?.[2]).toBeCloseTo(0.25, 12);
  });

  it('nominal: 0 on the diagonal, 1 elsewhere', () => {
    expect(squaredDifferences('nominal', ['a', 'b'], [1, 1])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('numeric levels refuse text; ratio refuses negative values', () => {
    expect(() => squaredDifferences('ordinal', ['a', 1], [1, 1])).toThrow(AgreementInputError);
    expect(() => squaredDifferences('ratio', [-2, 1], [1, 1])).toThrow(/ratio/);
  });
});
