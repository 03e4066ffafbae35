import { describe, expect, it } from 'vitest';
import { brennanPrediger } from './brennan-prediger';
import { AgreementInputError } from './input-error';
import { fromCrossTable } from './test-support/published-data';

describe('Brennan & Prediger (1981), Educational and Psychological Measurement 41(3)', () => {
  it('p. 689 example 1: po .60, q = 3, κn = (.6 − 1/3)/(1 − 1/3) = .40', () => {
    const data = fromCrossTable([
      [1, 1, 50],
      [2, 1, 10],
      [2, 2, 10],
      [2, 3, 10],
      [3, 1, 20],
    ]);
    const result = brennanPrediger(data);
    expect(Math.abs((result.value as number) - 0.4)).toBeLessThan(1e-9);
    expect(result.expected).toBeCloseTo(1 / 3, 12);
  });
});

describe('Artstein & Poesio (2008): Bennett et al.’s S', () => {
  it('p. 558: S = .4 with two categories', () => {
    const data = fromCrossTable([
      ['STAT', 'STAT', 20],
      ['STAT', 'IReq', 10],
      ['IReq', 'STAT', 20],
      ['IReq', 'IReq', 50],
    ]);
    expect(Math.abs((brennanPrediger(data).value as number) - 0.4)).toBeLessThan(1e-9);
  });
});

describe('Randolph (2005), p. 17', () => {
  it('both examples give free-marginal κ = 1/3 (where Fleiss gives 1/3 and −0.2)', () => {
    const ex1 = {
      values: [
        ['Yes', 'Yes', 'No', 'No'],
        ['Yes', 'Yes', 'No', 'No'],
        ['Yes', 'No', 'Yes', 'No'],
      ],
    };
    const ex2 = {
      values: [
        ['Yes', 'Yes', 'Yes', 'Yes'],
        ['Yes', 'Yes', 'Yes', 'Yes'],
        ['Yes', 'No', 'No', 'Yes'],
      ],
    };
    expect(Math.abs((brennanPrediger(ex1).value as number) - 1 / 3)).toBeLessThan(1e-9);
    expect(Math.abs((brennanPrediger(ex2).value as number) - 1 / 3)).toBeLessThan(1e-9);
  });
});

describe('the number of categories', () => {
  it('a larger q lowers chance agreement', () => {
    const data = {
      values: [
        ['a', 'b', 'a'],
        ['a', 'b', 'b'],
      ],
    };
    // po = 2/3; q = 4: (2/3 − 1/4)/(3/4) = 5/9.
    expect(Math.abs((brennanPrediger(data, 4).value as number) - 5 / 9)).toBeLessThan(1e-9);
  });

  it('refuses fewer categories than the data hold', () => {
    expect(() =>
      brennanPrediger(
        {
          values: [
            ['a', 'b'],
            ['a', 'c'],
          ],
        },
        2,
      ),
    ).toThrow(AgreementInputError);
  });

  it('one category → null; no pairable unit → null', () => {
    expect(brennanPrediger({ values: [['a'], ['a']] }).reason).toMatch(/only one category/i);
    expect(
      brennanPrediger({
        values: [
          ['a', null],
          [null, 'a'],
        ],
      }).value,
    ).toBeNull();
  });
});
