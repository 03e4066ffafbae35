import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa';
import { AgreementInputError } from './input-error';
import { fromCrossTable } from './test-support/published-data';
import { Fraction } from './test-support/rational';

/** κ = (po − pe)/(1 − pe) by hand, in fractions, from a square table of counts. */
function exactKappa(table: number[][]): Fraction {
  const n = table.flat().reduce((a, b) => a + b, 0);
  const po = new Fraction(
    table.reduce((s, row, i) => s + (row[i] as number), 0),
    n,
  );
  let pe = new Fraction(0);
  table.forEach((row, i) => {
    const rowSum = row.reduce((a, b) => a + b, 0);
    const colSum = table.reduce((s, r) => s + (r[i] as number), 0);
    pe = pe.add(new Fraction(rowSum * colSum, n * n));
  });
  return po.sub(pe).div(new Fraction(1).sub(pe));
}

const cells = (table: number[][]): [number, number, number][] =>
  table.flatMap((row, i) => row.map((count, j): [number, number, number] => [i + 1, j + 1, count]));

describe("Cohen (1960), 'A coefficient of agreement for nominal scales'", () => {
  it('p. 45 example (200 units, 3 categories): po .70, pe .41, κ .492', () => {
    const table = [
      [88, 14, 18],
      [10, 40, 10],
      [2, 6, 12],
    ];
    const result = cohenKappa(fromCrossTable(cells(table)));
    expect(Math.abs((result.value as number) - exactKappa(table).toNumber())).toBeLessThan(1e-9);
    expect(result.value).toBeCloseTo(0.492, 3);
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.41, 12);
    expect(result.units).toBe(200);
  });

  it('p. 37 example (100 units): po .29, pe .35, so κ is negative', () => {
    const table = [
      [25, 12, 3],
      [13, 2, 15],
      [12, 16, 2],
    ];
    const result = cohenKappa(fromCrossTable(cells(table)));
    expect(result.observed).toBeCloseTo(0.29, 12);
    expect(result.expected).toBeCloseTo(0.35, 12);
    expect(Math.abs((result.value as number) - exactKappa(table).toNumber())).toBeLessThan(1e-9);
  });
});

describe('Artstein & Poesio (2008), Computational Linguistics 34(4)', () => {
  it('p. 558 (STAT/IReq): κ .348', () => {
    const data = fromCrossTable([
      ['STAT', 'STAT', 20],
      ['STAT', 'IReq', 10],
      ['IReq', 'STAT', 20],
      ['IReq', 'IReq', 50],
    ]);
    const result = cohenKappa(data);
    expect(Math.abs((result.value as number) - 0.16 / 0.46)).toBeLessThan(1e-9);
    expect(result.value).toBeCloseTo(0.348, 3);
    expect(result.expected).toBeCloseTo(0.54, 12);
  });
});

describe('Brennan & Prediger (1981), p. 689 example 1', () => {
  it('κ .27 (po .60, pe .45)', () => {
    const table = [
      [50, 0, 0],
      [10, 10, 10],
      [20, 0, 0],
    ];
    const result = cohenKappa(fromCrossTable(cells(table)));
    expect(Math.abs((result.value as number) - exactKappa(table).toNumber())).toBeLessThan(1e-9);
    expect(result.value).toBeCloseTo(0.27, 2);
    expect(result.expected).toBeCloseTo(0.45, 12);
  });
});

describe('degenerate cases', () => {
  it('no unit coded by both coders → null', () => {
    const result = cohenKappa({
      values: [
        [1, null],
        [null, 2],
      ],
    });
    expect(result.value).toBeNull();
    expect(result.reason).toMatch(/both coders/);
  });

  it('both coders used one category throughout (pe = 1) → null', () => {
    const result = cohenKappa({
      values: [
        ['a', 'a'],
        ['a', 'a'],
      ],
    });
    expect(result.value).toBeNull();
    expect(result.expected).toBe(1);
  });

  it('one coder coded nothing → null (no unit coded by both)', () => {
    expect(
      cohenKappa({
        values: [
          [1, 2, 1],
          [null, null, null],
        ],
      }).value,
    ).toBeNull();
  });

  it('refuses three coders', () => {
    expect(() => cohenKappa({ values: [[1], [1], [1]] })).toThrow(AgreementInputError);
  });

  it('leaves out units that a coder missed and counts them', () => {
    const result = cohenKappa({
      values: [
        [1, 2, 1, null],
        [1, 2, 2, 1],
      ],
    });
    expect(result.units).toBe(3);
    expect(result.details.unitsLeftOut).toBe(1);
  });
});
