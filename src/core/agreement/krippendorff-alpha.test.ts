import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './input-error';
import { krippendorffAlpha } from './krippendorff-alpha';
import { LEVELS } from './levels';
import { exactAlpha } from './test-support/exact-alpha';
import { HAYES_KRIPPENDORFF_2007, KRIPPENDORFF_2011 } from './test-support/published-data';

const valueOf = (data: (number | null)[][], level: (typeof LEVELS)[number]): number => {
  const value = krippendorffAlpha({ values: data }, level).value;
  if (value === null) throw new Error('expected a value');
  return value;
};

describe('Krippendorff (2011) "Computing Krippendorff\'s Alpha-Reliability", section C', () => {
  // Printed: nominal .743, ordinal .815, interval .849, ratio .797.
  const printed = { nominal: 0.743, ordinal: 0.815, interval: 0.849, ratio: 0.797 } as const;
  for (const level of LEVELS) {
    it(`${level}: exact value to 1e-9 and the printed ${printed[level]}`, () => {
      const value = valueOf(KRIPPENDORFF_2011, level);
      expect(Math.abs(value - exactAlpha(KRIPPENDORFF_2011, level).toNumber())).toBeLessThan(1e-9);
      expect(Math.abs(value - printed[level])).toBeLessThanOrEqual(0.0005);
    });
  }

  it('reports the intermediates the paper prints: 40 pairable values in 11 units, nominal Do and De', () => {
    const result = krippendorffAlpha({ values: KRIPPENDORFF_2011 }, 'nominal');
    expect(result.units).toBe(11);
    expect(result.details.pairableValues).toBe(40);
    // Do = 8/40 = .200 (1 - Do = Krippendorff's .800 agreement); De printed as .779.
    expect(result.observed).toBeCloseTo(0.2, 12);
    expect(Math.abs((result.expected as number) - 0.779)).toBeLessThanOrEqual(0.0005);
  });
});

describe('Hayes & Krippendorff (2007), p. 84: 5 observers, 40 units, ordinal', () => {
  it('gives the exact value to 1e-9 and the printed .7598', () => {
    const value = valueOf(HAYES_KRIPPENDORFF_2007, 'ordinal');
    expect(
      Math.abs(value - exactAlpha(HAYES_KRIPPENDORFF_2007, 'ordinal').toNumber()),
    ).toBeLessThan(1e-9);
    expect(Math.abs(value - 0.7598)).toBeLessThanOrEqual(0.00005);
  });
});

describe('Krippendorff (2004), Content Analysis 2nd ed.', () => {
  it('p. 224, two coders, binary: Do .400, De .442, α .095', () => {
    const data = [
      [1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
      [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
    ];
    const result = krippendorffAlpha({ values: data });
    expect(
      Math.abs((result.value as number) - exactAlpha(data, 'nominal').toNumber()),
    ).toBeLessThan(1e-9);
    expect(Math.abs((result.value as number) - 0.095)).toBeLessThanOrEqual(0.0005);
    expect(result.observed).toBeCloseTo(0.4, 12);
    expect(Math.abs((result.expected as number) - 0.442)).toBeLessThanOrEqual(0.0005);
  });

  it('p. 227, two coders, three categories: α .734', () => {
    const data = [
      ['a', 'a', 'b', 'b', 'b', 'b', 'b', 'c', 'c', 'c', 'c', 'c'],
      ['a', 'b', 'b', 'b', 'b', 'b', 'c', 'c', 'c', 'c', 'c', 'c'],
    ];
    const numeric = data.map((row) => row.map((v) => ' abc'.indexOf(v)));
    const value = krippendorffAlpha({ values: data }).value as number;
    expect(Math.abs(value - exactAlpha(numeric, 'nominal').toNumber())).toBeLessThan(1e-9);
    expect(Math.abs(value - 0.734)).toBeLessThanOrEqual(0.0005);
  });
});

describe('degenerate cases', () => {
  it('no pairable units → null with a reason', () => {
    const result = krippendorffAlpha({
      values: [
        [1, null],
        [null, 2],
      ],
    });
    expect(result.value).toBeNull();
    expect(result.reason).toMatch(/no pairable units/i);
    expect(result.units).toBe(0);
  });

  it('expected disagreement zero (one value throughout) → null with a reason', () => {
    const result = krippendorffAlpha(
      {
        values: [
          [1, 1, 1],
          [1, 1, null],
        ],
      },
      'interval',
    );
    expect(result.value).toBeNull();
    expect(result.expected).toBe(0);
    expect(result.reason).toMatch(/expected disagreement is zero/i);
  });

  it('one of two coders coded nothing: defined, α = 1 − (2N − 1)/(2N − k) ≤ 0', () => {
    // Coder 1 marks k = 3 of N = 10 units present, coder 2 none.
    const result = krippendorffAlpha({
      values: [[1, 1, 1, 0, 0, 0, 0, 0, 0, 0], Array(10).fill(0)],
    });
    expect(Math.abs((result.value as number) - (1 - 19 / 17))).toBeLessThan(1e-12);
  });

  it('refuses text values at a numeric level', () => {
    expect(() =>
      krippendorffAlpha(
        {
          values: [
            ['a', 'b'],
            ['a', 'a'],
          ],
        },
        'interval',
      ),
    ).toThrow(AgreementInputError);
  });

  it('refuses negative values at the ratio level', () => {
    expect(() =>
      krippendorffAlpha(
        {
          values: [
            [-1, 1],
            [1, 1],
          ],
        },
        'ratio',
      ),
    ).toThrow(AgreementInputError);
  });

  it('weights stand for repeated identical units', () => {
    const repeated = krippendorffAlpha({
      values: [
        [1, 1, 1, 2],
        [1, 1, 2, 2],
      ],
    });
    const weighted = krippendorffAlpha({
      values: [
        [1, 1, 2],
        [1, 2, 2],
      ],
      weights: [2, 1, 1],
    });
    expect(weighted.value).toBeCloseTo(repeated.value as number, 12);
  });
});

// Random reliability data: 2-5 coders, up to 12 units, values 1-4 or missing.
const dataArb = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 12 }))
  .chain(([coders, units]) =>
    fc.array(
      fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }), {
        minLength: units,
        maxLength: units,
      }),
      { minLength: coders, maxLength: coders },
    ),
  );

const same = (a: number | null, b: number | null): boolean =>
  a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9;

describe('properties', () => {
  it('perfect agreement gives 1 whenever alpha is defined', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 15 }),
        fc.integer({ min: 2, max: 5 }),
        fc.constantFrom(...LEVELS),
        (unitValues, coders, level) => {
          const data = Array.from({ length: coders }, () => [...unitValues]);
          const result = krippendorffAlpha({ values: data }, level);
          if (new Set(unitValues).size < 2) return result.value === null;
          return same(result.value, 1);
        },
      ),
    );
  });

  it('matches the exact pairwise definition on random data at every level', () => {
    fc.assert(
      fc.property(dataArb, fc.constantFrom(...LEVELS), (data, level) => {
        const result = krippendorffAlpha({ values: data }, level);
        if (result.value === null) return true;
        return Math.abs(result.value - exactAlpha(data, level).toNumber()) < 1e-9;
      }),
      { numRuns: 60 },
    );
  });

  it('nominal alpha is invariant to renaming values', () => {
    fc.assert(
      fc.property(
        dataArb,
        fc.constantFrom(['a', 'b', 'c', 'd'], ['w', 'x', 'y', 'z']),
        (data, names) => {
          const renamed = data.map((row) =>
            row.map((v) => (v === null ? null : (names[v - 1] as string))),
          );
          return same(
            krippendorffAlpha({ values: data }).value,
            krippendorffAlpha({ values: renamed }).value,
          );
        },
      ),
    );
  });

  it('is invariant to permuting units and coders', () => {
    fc.assert(
      fc.property(dataArb, fc.constantFrom(...LEVELS), fc.integer(), (data, level, seed) => {
        const units = data[0]?.length ?? 0;
        const unitOrder = shuffle([...Array(units).keys()], seed);
        const coderOrder = shuffle([...data.keys()], seed + 1);
        const permuted = coderOrder.map((c) =>
          unitOrder.map((u) => (data[c] as (number | null)[])[u] as number | null),
        );
        return same(
          krippendorffAlpha({ values: data }, level).value,
          krippendorffAlpha({ values: permuted }, level).value,
        );
      }),
    );
  });

  it('adding a unit every coder left missing changes nothing', () => {
    fc.assert(
      fc.property(dataArb, fc.constantFrom(...LEVELS), (data, level) => {
        const widened = data.map((row) => [...row, null]);
        const before = krippendorffAlpha({ values: data }, level);
        const after = krippendorffAlpha({ values: widened }, level);
        return same(before.value, after.value) && before.units === after.units;
      }),
    );
  });
});

/** A deterministic shuffle (Fisher-Yates with a small linear congruential generator). */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0 || 1;
  for (let i = items.length - 1; i > 0; i--) {
    state = (state * 1664525 + 1013904223) >>> 0;
    const j = state % (i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
