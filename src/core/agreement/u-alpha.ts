import { undefinedResult, type AgreementResult } from './result';
import type { SpanData } from './spans';
import {
  expectedCoincidences,
  unitizingCoincidences,
  type UnitizingCoincidences,
} from './unitizing-coincidences';

const SOURCE = 'Krippendorff, Mathet, Bouvry & Widlöcher 2016';

/** Per-value margins of the observed and expected coincidences, keyed by value ("" for gaps). */
function marginsByValue(
  co: UnitizingCoincidences,
  expected: number[][],
): Record<string, { observed: number; expected: number }> {
  const figures: Record<string, { observed: number; expected: number }> = {};
  co.margins.forEach((observed, c) => {
    const name = c === 0 ? '(gap)' : String(co.values[c - 1]);
    figures[name] = { observed, expected: (expected[c] as number[]).reduce((a, b) => a + b, 0) };
  });
  return figures;
}

/**
 * uα (2016, eq. 5): agreement on the whole unitized continuum, units and gaps alike, with the
 * nominal metric: Do = (l.. − Σ_c l_cc)/l.., De = (l.. − Σ_c e_cc)/l.., uα = 1 − Do/De.
 * Unlike αU (1995/2004) it sees where units lie, so disjoint codings do not agree.
 * De = 0 (nobody marked anything, or everyone covered the continuum with one value) → null.
 */
export function uAlpha(data: SpanData): AgreementResult {
  const co = unitizingCoincidences(data);
  const expected = expectedCoincidences(co);
  const total = co.coders * co.length;
  // Off-diagonal sums rather than total − diagonal, so "no disagreement" is exactly 0.
  const observedD = offDiagonal(co.observed) / total;
  const expectedD = offDiagonal(expected) / total;
  const base = {
    measure: 'u-alpha',
    name: `uα, unitizing alpha (${SOURCE})`,
    units: co.length,
    observed: observedD,
    expected: expectedD,
    details: { coders: co.coders, pairableLength: total, values: marginsByValue(co, expected) },
  };
  if (expectedD === 0)
    return undefinedResult(
      base,
      'Expected disagreement is zero: the whole continuum has one value (or none) for every coder',
    );
  return { ...base, value: 1 - observedD / expectedD };
}

/**
 * |uα, binary (2016, eq. 6): agreement on telling relevant matter (any unit, whatever its value)
 * from gaps. Do and De count gap-unit coincidences: Do = 2Σ_{k≠∅} l_∅k / l.., De likewise from
 * e. No gap or no unit anywhere → De = 0 → null.
 */
export function binaryUAlpha(data: SpanData): AgreementResult {
  const co = unitizingCoincidences(data);
  const expected = expectedCoincidences(co);
  const total = co.coders * co.length;
  const gapRow = co.observed[0] as number[];
  const expectedGapRow = expected[0] as number[];
  const observedD = (2 * gapRow.slice(1).reduce((a, b) => a + b, 0)) / total;
  const expectedD = (2 * expectedGapRow.slice(1).reduce((a, b) => a + b, 0)) / total;
  const base = {
    measure: 'binary-u-alpha',
    name: `|uα, binary unitizing alpha (${SOURCE})`,
    units: co.length,
    observed: observedD,
    expected: expectedD,
    details: {
      coders: co.coders,
      pairableLength: total,
      gapLength: co.margins[0],
      unitLength: total - (co.margins[0] as number),
    },
  };
  if (!(expectedD > 0))
    return undefinedResult(
      base,
      'Expected disagreement is zero: the continuum holds no gaps or no units, so there is no distinction to agree on',
    );
  return { ...base, value: 1 - observedD / expectedD };
}

/** Σ over c ≠ k of a square matrix. */
function offDiagonal(matrix: number[][]): number {
  return matrix.reduce((s, row, c) => s + row.reduce((t, x, k) => (k === c ? t : t + x), 0), 0);
}
