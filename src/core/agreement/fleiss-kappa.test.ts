import { describe, expect, it } from 'vitest';
import { fleissKappa } from './fleiss-kappa';
import { scottPi } from './scott-pi';
import { FLEISS_1971_UNITS } from './test-support/published-data';
import { Fraction } from './test-support/rational';

const byCoders = (units: (number | string | null)[][]): (number | string | null)[][] =>
  (units[0] ?? []).map((_, coder) => units.map((u) => u[coder] ?? null));

describe('Fleiss (1971), Psychological Bulletin 76(5), Table 1 (30 patients, 6 raters)', () => {
  it('P̄ .5556, P̄e .2201, κ .430, exact to 1e-9', () => {
    const result = fleissKappa({ values: byCoders(FLEISS_1971_UNITS) });
    // By hand: P_i = (Σ_j n_ij² − n)/(n(n − 1)); p_j = Σ_i n_ij/(N n).
    const n = 6;
    let pBar = new Fraction(0);
    const totals = new Map<number, number>();
    for (const unit of FLEISS_1971_UNITS) {
      const counts = new Map<number, number>();
      for (const v of unit) counts.set(v, (counts.get(v) ?? 0) + 1);
      const squares = [...counts.values()].reduce((s, c) => s + c * c, 0);
      pBar = pBar.add(new Fraction(squares - n, n * (n - 1)));
      for (const [v, c] of counts) totals.set(v, (totals.get(v) ?? 0) + c);
    }
    pBar = pBar.div(30);
    const pe = [...totals.values()].reduce(
      (s, t) => s.add(new Fraction(t * t, 180 * 180)),
      new Fraction(0),
    );
    const exact = pBar.sub(pe).div(new Fraction(1).sub(pe));
    expect(Math.abs((result.value as number) - exact.toNumber())).toBeLessThan(1e-9);
    expect(result.value).toBeCloseTo(0.43, 3);
    expect(result.observed).toBeCloseTo(0.5556, 4);
    // Fleiss squares the category proportions after rounding them to three places, so his
    // printed P̄e (.2201) is off the exact .21994 by that rounding.
    expect(Math.abs((result.expected as number) - 0.2201)).toBeLessThan(0.0002);
    expect(result.units).toBe(30);
  });
});

describe('Randolph (2005), free-marginal multirater kappa, p. 17', () => {
  it('example 1: Fleiss κ = 1/3', () => {
    const units = [
      ['Yes', 'Yes', 'Yes'],
      ['Yes', 'Yes', 'No'],
      ['No', 'No', 'Yes'],
      ['No', 'No', 'No'],
    ];
    expect(
      Math.abs((fleissKappa({ values: byCoders(units) }).value as number) - 1 / 3),
    ).toBeLessThan(1e-9);
  });

  it('example 2: Fleiss κ = −0.2 although coders agree on most units', () => {
    const units = [
      ['Yes', 'Yes', 'Yes'],
      ['Yes', 'Yes', 'No'],
      ['Yes', 'Yes', 'No'],
      ['Yes', 'Yes', 'Yes'],
    ];
    expect(Math.abs((fleissKappa({ values: byCoders(units) }).value as number) + 0.2)).toBeLessThan(
      1e-9,
    );
  });
});

describe('Fleiss with two coders equals Scott', () => {
  it('on a small table', () => {
    const data = {
      values: [
        [1, 2, 2, 3, 1],
        [1, 2, 3, 3, 2],
      ],
    };
    expect(fleissKappa(data).value).toBeCloseTo(scottPi(data).value as number, 12);
  });
});

describe('degenerate cases', () => {
  it('no unit coded by every coder → null, and incomplete units are counted as left out', () => {
    const result = fleissKappa({
      values: [
        [1, null],
        [null, 1],
        [1, 1],
      ],
    });
    expect(result.value).toBeNull();
    expect(result.details.unitsLeftOut).toBe(2);
  });

  it('one category throughout → null', () => {
    expect(
      fleissKappa({
        values: [
          [1, 1],
          [1, 1],
          [1, 1],
        ],
      }).value,
    ).toBeNull();
  });
});
