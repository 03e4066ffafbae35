import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cuAlpha, kUAlpha, type ValueAlpha } from './cu-alpha';
import { AgreementInputError } from './input-error';
import { krippendorffAlpha } from './krippendorff-alpha';
import type { SpanData } from './spans';

// Coder 1 codes [0, 2) a and [2, 4) b; coder 2 codes [0, 4) a.
const EXAMPLE: SpanData = {
  continuum: [0, 4],
  coders: [
    [
      { start: 0, end: 2, value: 'a' },
      { start: 2, end: 4, value: 'b' },
    ],
    [{ start: 0, end: 4, value: 'a' }],
  ],
};

describe('cuα (Krippendorff, Mathet, Bouvry & Widlöcher 2016, eqs. 10-11)', () => {
  it('a hand-worked example: cuα = 1/6', () => {
    // l_aa = 4, l_ab = l_ba = 2: margins a 6, b 2, total 8. Squared intersections: a 2² + 4²,
    // b 2². Denominator 8 − 24/8 = 5; e_aa = (36 − 20)/5, e_ab = 12/5, e_bb = 0.
    // Do = 4/8, De = (24/5)/8 = 0.6, cuα = 1 − 0.5/0.6.
    const result = cuAlpha(EXAMPLE);
    expect(Math.abs((result.value as number) - 1 / 6)).toBeLessThan(1e-12);
    expect(result.expected).toBeCloseTo(0.6, 12);
  });

  it('with one-character units coded by everyone equals Krippendorff’s alpha (nominal and interval)', () => {
    const rowsArb = fc
      .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 10 }))
      .chain(([m, n]) =>
        fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }), {
          minLength: m,
          maxLength: m,
        }),
      );
    fc.assert(
      fc.property(
        rowsArb,
        fc.constantFrom('nominal' as const, 'interval' as const),
        (rows, level) => {
          const data: SpanData = {
            continuum: [0, (rows[0] as number[]).length],
            coders: rows.map((row) => row.map((value, i) => ({ start: i, end: i + 1, value }))),
          };
          const cu = cuAlpha(data, level).value;
          const alpha = krippendorffAlpha({ values: rows }, level).value;
          return cu === null ? alpha === null : alpha !== null && Math.abs(cu - alpha) < 1e-9;
        },
      ),
    );
  });

  it('no intersecting units → null; one value only → null', () => {
    const apart: SpanData = {
      continuum: [0, 10],
      coders: [[{ start: 0, end: 3, value: 'a' }], [{ start: 5, end: 8, value: 'b' }]],
    };
    expect(cuAlpha(apart).reason).toMatch(/intersect/);
    const oneValue: SpanData = {
      continuum: [0, 10],
      coders: [[{ start: 0, end: 3, value: 'a' }], [{ start: 1, end: 8, value: 'a' }]],
    };
    expect(cuAlpha(oneValue).value).toBeNull();
  });

  it('too few coders’ units meet (a third coder marked nothing): null, never NaN', () => {
    const whole = [{ start: 0, end: 40, value: 'a' }];
    const result = cuAlpha({ continuum: [0, 40], coders: [whole, [], whole] });
    expect(result.value).toBeNull();
    expect(result.reason).toMatch(/not positive/);
    const values = kUAlpha({ continuum: [0, 40], coders: [whole, [], whole] }).details
      .values as Record<string, ValueAlpha>;
    expect(values.a?.value).toBeNull();
  });

  it('refuses the ordinal level', () => {
    expect(() => cuAlpha(EXAMPLE, 'ordinal')).toThrow(AgreementInputError);
  });
});

describe('(k)uα (2016, eq. 13)', () => {
  it('a hand-worked example: a 2/9, b 0', () => {
    // Row a: l_a = 6, e_a = 28/5, Σδl = 2, Σδe = 12/5 → 1 − (28/5·2)/(6·12/5) = 2/9.
    // Row b: l_b = 2, e_b = 12/5, Σδl = 2, Σδe = 12/5 → 0.
    const result = kUAlpha(EXAMPLE);
    const values = result.details.values as Record<string, ValueAlpha>;
    expect(Math.abs((values.a?.value as number) - 2 / 9)).toBeLessThan(1e-12);
    expect(Math.abs(values.b?.value as number)).toBeLessThan(1e-12);
    expect(result.value).toBeNull();
    expect(result.reason).toMatch(/per value/);
  });

  it('a value nobody else’s units meet → null for that value', () => {
    const data: SpanData = {
      continuum: [0, 10],
      coders: [
        [
          { start: 0, end: 3, value: 'a' },
          { start: 5, end: 6, value: 'c' },
        ],
        [{ start: 0, end: 3, value: 'b' }],
      ],
    };
    const values = kUAlpha(data).details.values as Record<string, ValueAlpha>;
    expect(values.c?.value).toBeNull();
    expect(values.c?.coverage).toBe(0);
  });
});
