import { describe, expect, it } from 'vitest';
import { alphaU, alphaUDistance, type AlphaUValue } from './alpha-u';
import { AgreementInputError } from './input-error';
import type { Span, SpanData } from './spans';
import { Fraction } from './test-support/rational';

const span = (start: number, length: number, value: string): Span => ({
  start,
  end: start + length,
  value,
});
const perValue = (data: SpanData, value: string): AlphaUValue =>
  (alphaU(data).details.values as Record<string, AlphaUValue>)[value] as AlphaUValue;

/** De_c by hand from the lengths of all coders' c-units and gaps (Krippendorff 2004, p. 254). */
function expectedByHand(units: number[], gaps: number[], coders: number, length: number): Fraction {
  let numerator = new Fraction(0);
  for (const l of units) {
    numerator = numerator.add(new Fraction((units.length - 1) * (2 * l ** 3 - 3 * l ** 2 + l), 3));
    const fitting = gaps.filter((g) => g >= l).reduce((s, g) => s + g - l + 1, 0);
    numerator = numerator.add(l * l * fitting);
  }
  const selfPairs = units.reduce((s, l) => s + l * (l - 1), 0);
  return numerator
    .mul(new Fraction(2, length))
    .div(coders * length * (coders * length - 1) - selfPairs);
}

/** Krippendorff (2004), Content Analysis 2nd ed., p. 254, as in DKPro's Krippendorff2004Test. */
const KRIPPENDORFF_2004: SpanData = {
  continuum: [150, 450],
  coders: [
    [span(225, 70, 'c'), span(370, 30, 'c'), span(180, 60, 'k'), span(300, 50, 'k')],
    [
      span(220, 80, 'c'),
      span(355, 20, 'c'),
      span(400, 20, 'c'),
      span(180, 60, 'k'),
      span(300, 50, 'k'),
    ],
  ],
};

describe('Krippendorff (2004), Content Analysis, p. 254 (DKPro Krippendorff2004Test)', () => {
  // Distances for c: 5² + 5² = 50, 15² + 25² = 850, and the unit [400, 420) inside the other
  // coder's gap [400, 450): 20² = 400. Do_c = 2·1300/(2·1·300²).
  const doC = new Fraction(2 * 1300, 2 * 300 * 300);
  const deC = expectedByHand([70, 30, 80, 20, 20], [75, 75, 50, 70, 55, 25, 30], 2, 300);
  const deK = expectedByHand([60, 50, 60, 50], [30, 60, 100, 30, 60, 100], 2, 300);

  it('value c: Do .0144, De .0532, αU .7286', () => {
    const c = perValue(KRIPPENDORFF_2004, 'c');
    expect(Math.abs(c.observed - doC.toNumber())).toBeLessThan(1e-12);
    expect(Math.abs(c.expected - deC.toNumber())).toBeLessThan(1e-12);
    expect(
      Math.abs((c.value as number) - new Fraction(1).sub(doC.div(deC)).toNumber()),
    ).toBeLessThan(1e-9);
    expect(c.observed).toBeCloseTo(0.0144, 4);
    expect(c.expected).toBeCloseTo(0.0532, 4);
    expect(c.value).toBeCloseTo(0.7286, 4);
  });

  it('value k: Do 0, De .0490, αU 1', () => {
    const k = perValue(KRIPPENDORFF_2004, 'k');
    expect(k.observed).toBe(0);
    expect(Math.abs(k.expected - deK.toNumber())).toBeLessThan(1e-12);
    expect(k.expected).toBeCloseTo(0.049, 4);
    expect(k.value).toBe(1);
  });

  // DKPro's test states .8591 (within 0.0005); DKPro itself computes 0.858665…, as this does
  // (checked by running DKPro 2.3.1 on this study), which is inside that tolerance.
  it('overall .8591 from the means of Do and De over values', () => {
    const exact = new Fraction(1).sub(doC.div(deC.add(deK)));
    const result = alphaU(KRIPPENDORFF_2004);
    expect(Math.abs((result.value as number) - exact.toNumber())).toBeLessThan(1e-9);
    expect(Math.abs((result.value as number) - 0.8591)).toBeLessThanOrEqual(0.0005);
    expect(result.name).toMatch(/αU/);
  });
});

describe('DKPro UnitizingAgreementTest', () => {
  // r0: -11111111-   r1: --1-1-1---
  const example: SpanData = {
    continuum: [0, 10],
    coders: [[span(1, 8, 'A')], [span(2, 1, 'A'), span(4, 1, 'A'), span(6, 1, 'A')]],
  };

  it('Do .9100, De .5351, αU −.7003', () => {
    const a = perValue(example, 'A');
    // Distances 1² + 6², 3² + 4², 5² + 2² = 91; Do = 2·91/(2·100).
    expect(Math.abs(a.observed - 0.91)).toBeLessThan(1e-12);
    const de = expectedByHand([8, 1, 1, 1], [1, 1, 2, 1, 1, 3], 2, 10);
    expect(Math.abs(a.expected - de.toNumber())).toBeLessThan(1e-12);
    expect(Math.abs(a.expected - 0.5351)).toBeLessThan(0.0001); // DKPro: offset 0.0001
    expect(Math.abs((a.value as number) + 0.7003)).toBeLessThan(0.0001);
  });

  it('a single unit of one coder among three: αU 0', () => {
    expect(alphaU({ continuum: [0, 20], coders: [[span(0, 1, 'X')], [], []] }).value).toBeCloseTo(
      0,
      12,
    );
  });

  it('no spans at all → null with a reason (DKPro: NaN)', () => {
    const result = alphaU({ continuum: [0, 20], coders: [[], [], []] });
    expect(result.value).toBeNull();
    expect(result.reason).toMatch(/no coder marked/i);
  });

  it('only zero-length spans → null (DKPro: 0), whatever their values', () => {
    const result = alphaU({ continuum: [0, 15], coders: [[span(0, 0, 'A')], [span(0, 0, 'B')]] });
    expect(result.value).toBeNull();
  });

  it('a zero-length span beside agreeing spans changes nothing: αU 1', () => {
    const result = alphaU({
      continuum: [0, 15],
      coders: [[span(0, 0, 'A'), span(2, 5, 'A')], [span(2, 5, 'A')]],
    });
    expect(result.value).toBe(1);
  });

  it('distances as DKPro tests them', () => {
    const seg = (start: number, length: number, value: string | null) => ({
      start,
      end: start + length,
      value,
    });
    expect(alphaUDistance(seg(1, 8, 'A'), seg(2, 1, 'A'))).toBe(37);
    expect(alphaUDistance(seg(1, 8, 'A'), seg(0, 2, null))).toBe(0);
    expect(
      alphaUDistance(seg(2, 3, null), seg(2, 2, 'X')) +
        alphaUDistance(seg(5, 6, 'X'), seg(4, 7, null)),
    ).toBe(40);
    expect(alphaUDistance(seg(225, 70, 'c'), seg(220, 80, 'c'))).toBe(50);
    expect(alphaUDistance(seg(370, 30, 'c'), seg(355, 20, 'c'))).toBe(850);
    expect(alphaUDistance(seg(400, 50, null), seg(400, 20, 'c'))).toBe(400);
  });
});

describe('Krippendorff (1995), Sociological Methodology 25, p. 57 (DKPro Krippendorff1995Test)', () => {
  const example = (stretch: number): SpanData => {
    const s = (start: number, length: number, coder: number, value: string) => ({
      coder,
      span: span(Math.trunc(start * stretch), Math.trunc(length * stretch), value),
    });
    const all = [
      s(2, 8, 0, 'A'),
      s(14, 6, 0, 'A'),
      s(4, 4, 1, 'A'),
      s(15, 2, 1, 'A'),
      s(0, 18, 0, 'B'),
      s(0, 2, 1, 'B'),
      s(2, 1, 1, 'B'),
      s(3, 1, 1, 'B'),
      s(4, 1, 1, 'B'),
      s(5, 1, 1, 'B'),
      s(6, 3, 1, 'B'),
      s(9, 1, 1, 'B'),
      s(2, 6, 0, 'C'),
      s(10, 2, 0, 'C'),
      s(14, 4, 0, 'C'),
      s(20, 2, 0, 'C'),
      s(0, 2, 1, 'C'),
      s(4, 4, 1, 'C'),
      s(10, 4, 1, 'C'),
      s(16, 2, 1, 'C'),
      s(20, 2, 1, 'C'),
      s(0, 2, 0, 'D'),
      s(2, 8, 0, 'D'),
      s(10, 4, 0, 'D'),
      s(14, 6, 0, 'D'),
      s(20, 4, 0, 'D'),
      s(0, 4, 1, 'D'),
      s(4, 4, 1, 'D'),
      s(8, 7, 1, 'D'),
      s(15, 2, 1, 'D'),
      s(17, 7, 1, 'D'),
    ];
    return {
      continuum: [0, Math.trunc(24 * stretch)],
      coders: [0, 1].map((c) => all.filter((x) => x.coder === c).map((x) => x.span)),
    };
  };

  it('observed disagreement per value (stretch 1): A .03125, B 2.26736, C .02777, D .38715', () => {
    const data = example(1);
    expect(perValue(data, 'A').observed).toBeCloseTo(0.03125, 5);
    expect(perValue(data, 'B').observed).toBeCloseTo(2.26736, 5);
    expect(perValue(data, 'C').observed).toBeCloseTo(0.02777, 4);
    expect(perValue(data, 'D').observed).toBeCloseTo(0.38715, 5);
  });

  it('expected disagreement and αU per value on a fine continuum (stretch 50,000)', () => {
    const data = example(50000);
    const expected = {
      A: [0.0699, 0.553],
      B: [1.17731, -0.926],
      C: [0.08642, 0.679],
      D: [0.41445, 0.066],
    };
    for (const [value, [de, alpha]] of Object.entries(expected)) {
      const figures = perValue(data, value);
      expect(Math.abs(figures.expected - (de as number))).toBeLessThan(0.005);
      expect(Math.abs((figures.value as number) - (alpha as number))).toBeLessThan(0.02);
    }
  });
});

describe('input', () => {
  it('refuses overlapping spans of one value from one coder, naming the coder', () => {
    expect(() =>
      alphaU({ continuum: [0, 10], coders: [[span(0, 5, 'a'), span(3, 4, 'a')], []] }),
    ).toThrow(/Coder 1/);
  });

  it('allows overlapping spans of different values', () => {
    expect(
      alphaU({
        continuum: [0, 10],
        coders: [[span(0, 5, 'a'), span(3, 4, 'b')], [span(0, 5, 'a')]],
      }).value,
    ).not.toBeNaN();
  });

  it('refuses a single coder', () => {
    expect(() => alphaU({ continuum: [0, 10], coders: [[]] })).toThrow(AgreementInputError);
  });
});
