import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa';
import { scottPi } from './scott-pi';
import { fromCrossTable } from './test-support/published-data';
import { Fraction } from './test-support/rational';

describe('Artstein & Poesio (2008)', () => {
  it('p. 558 (STAT/IReq): π .341 = (.70 − .545)/(1 − .545)', () => {
    const data = fromCrossTable([
      ['STAT', 'STAT', 20],
      ['STAT', 'IReq', 10],
      ['IReq', 'STAT', 20],
      ['IReq', 'IReq', 50],
    ]);
    const result = scottPi(data);
    // Pooled proportions: STAT (30 + 40)/200, IReq (70 + 60)/200.
    const pe = new Fraction(70, 200)
      .mul(new Fraction(70, 200))
      .add(new Fraction(130, 200).mul(new Fraction(130, 200)));
    const exact = new Fraction(7, 10).sub(pe).div(new Fraction(1).sub(pe));
    expect(Math.abs((result.value as number) - exact.toNumber())).toBeLessThan(1e-9);
    expect(result.value).toBeCloseTo(0.341, 3);
    expect(result.expected).toBeCloseTo(0.545, 12);
  });

  it('p. 568 (STAT/IReq/Chck): π .7995', () => {
    const data = fromCrossTable([
      ['STAT', 'STAT', 46],
      ['IReq', 'STAT', 6],
      ['IReq', 'IReq', 32],
      ['IReq', 'Chck', 6],
      ['Chck', 'Chck', 10],
    ]);
    const result = scottPi(data);
    // Pooled: STAT (46 + 52)/200, IReq (44 + 32)/200, Chck (10 + 16)/200.
    const pe = [98, 76, 26].reduce((s, n) => s.add(new Fraction(n * n, 40000)), new Fraction(0));
    const exact = new Fraction(88, 100).sub(pe).div(new Fraction(1).sub(pe));
    expect(Math.abs((result.value as number) - exact.toNumber())).toBeLessThan(1e-9);
    expect(Math.abs((result.value as number) - 0.7995)).toBeLessThanOrEqual(0.00005);
  });
});

describe('Krippendorff (2004), Content Analysis 2nd ed., p. 246', () => {
  // Two tables with the same agreement (.46) and pooled proportions; only the coders' own
  // marginals differ, which moves Cohen's kappa but not Scott's pi.
  const table4a: [string, string, number][] = [
    ['a', 'a', 12],
    ['a', 'b', 9],
    ['a', 'c', 9],
    ['b', 'a', 9],
    ['b', 'b', 14],
    ['b', 'c', 9],
    ['c', 'a', 9],
    ['c', 'b', 9],
    ['c', 'c', 20],
  ];
  const table4b: [string, string, number][] = [
    ['a', 'a', 12],
    ['a', 'b', 18],
    ['a', 'c', 18],
    ['b', 'b', 14],
    ['b', 'c', 18],
    ['c', 'c', 20],
  ];

  it('π .186 for both tables, κ .186 and .258', () => {
    for (const table of [table4a, table4b]) {
      const result = scottPi(fromCrossTable(table));
      expect(result.observed).toBeCloseTo(0.46, 12);
      expect(Math.abs((result.value as number) - 0.186)).toBeLessThanOrEqual(0.0005);
    }
    expect(
      Math.abs((cohenKappa(fromCrossTable(table4a)).value as number) - 0.186),
    ).toBeLessThanOrEqual(0.0005);
    expect(
      Math.abs((cohenKappa(fromCrossTable(table4b)).value as number) - 0.258),
    ).toBeLessThanOrEqual(0.0005);
  });

  it('exact: pooled proportions a .3, b .32, c .38 give pe = .3448', () => {
    const pe = [30, 32, 38].reduce((s, n) => s.add(new Fraction(n * n, 10000)), new Fraction(0));
    const exact = new Fraction(46, 100).sub(pe).div(new Fraction(1).sub(pe));
    expect(
      Math.abs((scottPi(fromCrossTable(table4b)).value as number) - exact.toNumber()),
    ).toBeLessThan(1e-9);
  });
});

describe('degenerate cases', () => {
  it('no unit coded by both → null; one category throughout → null', () => {
    expect(
      scottPi({
        values: [
          [1, null],
          [null, 1],
        ],
      }).value,
    ).toBeNull();
    expect(
      scottPi({
        values: [
          [1, 1],
          [1, 1],
        ],
      }).reason,
    ).toMatch(/chance agreement is 1/i);
  });
});
