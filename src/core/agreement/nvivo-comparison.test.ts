import { describe, expect, it } from 'vitest';
import { nvivoComparison } from './nvivo-comparison';

describe("NVivo's coding comparison (per code, per document, characters)", () => {
  it('counts characters both, either and neither coder coded, and Cohen’s kappa on them', () => {
    // 100 characters; A codes [0, 30), B codes [10, 40) and [35, 50) (overlapping annotations count once).
    const result = nvivoComparison(
      100,
      [{ start: 0, end: 30 }],
      [
        { start: 10, end: 40 },
        { start: 35, end: 50 },
      ],
    );
    expect(result).not.toBeNull();
    const r = result as NonNullable<typeof result>;
    expect([r.both, r.onlyA, r.onlyB, r.neither]).toEqual([20, 10, 20, 50]);
    expect(r.agreementPercent).toBeCloseTo(70, 12);
    // pe = .3 × .4 + .7 × .6 = .54; κ = (.70 − .54)/(1 − .54).
    expect(Math.abs(r.kappa - 0.16 / 0.46)).toBeLessThan(1e-12);
  });

  it('uncoded text swamps the figures: two disjoint small codings still agree 98 %', () => {
    const r = nvivoComparison(1000, [{ start: 0, end: 10 }], [{ start: 500, end: 510 }]);
    expect(r?.agreementPercent).toBeCloseTo(98, 12);
    expect(r?.kappa as number).toBeLessThan(0);
  });

  it('complete agreement, including a code nobody used, is kappa 1 as NVivo reports it', () => {
    expect(nvivoComparison(50, [], [])?.kappa).toBe(1);
    expect(nvivoComparison(50, [{ start: 0, end: 50 }], [{ start: 0, end: 50 }])?.kappa).toBe(1);
  });

  it('one coder coded nothing: kappa 0, agreement the uncoded share', () => {
    const r = nvivoComparison(10, [{ start: 0, end: 5 }], []);
    expect(r?.kappa).toBeCloseTo(0, 12);
    expect(r?.agreementPercent).toBeCloseTo(50, 12);
  });

  it('an empty document has no figures', () => {
    expect(nvivoComparison(0, [], [])).toBeNull();
  });
});
