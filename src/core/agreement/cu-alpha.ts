import { AgreementInputError } from './input-error';
import { squaredDifferences, type Level } from './levels';
import { undefinedResult, type AgreementResult } from './result';
import type { SpanData } from './spans';
import { unitizingCoincidences, type UnitizingCoincidences } from './unitizing-coincidences';

const SOURCE = 'Krippendorff, Mathet, Bouvry & Widlöcher 2016';

/** The coincidences of intersecting units only (gaps left out) with their expectation (eq. 10). */
interface UnitCoincidences {
  co: UnitizingCoincidences;
  /** l_ck for values c, k (row/column 0 = first value). */
  observed: number[][];
  /** Σ_k l_ck over values only: how long each value's units meet other coders' units. */
  margins: number[];
  total: number;
  expected: number[][];
  delta: number[][];
  /** False when the expectation's denominator is not positive (see above). */
  defined: boolean;
}

const UNDEFINED_EXPECTATION =
  "Too few coders' units intersect: the expected coincidences' denominator l − Σ(g ∩ h)²/(l(m − 1)) is not positive";

function unitCoincidences(data: SpanData, level: Level): UnitCoincidences {
  if (level === 'ordinal')
    throw new AgreementInputError(
      'cuα and (k)uα are computed here at the nominal, interval or ratio level, not ordinal',
    );
  const co = unitizingCoincidences(data);
  const observed = co.observed.slice(1).map((row) => row.slice(1));
  const margins = observed.map((row) => row.reduce((a, b) => a + b, 0));
  const total = margins.reduce((a, b) => a + b, 0);
  const squares = co.intersectionSquares.slice(1);
  const squaresTotal = squares.reduce((a, b) => a + b, 0);
  const m = co.coders;
  // With no intersecting units there is nothing to expect; 1 keeps the zeros finite. The
  // denominator is not positive when too few coders' units meet (a coder who marked nothing
  // still counts in m − 1): then the expectation is undefined and so is the measure.
  const denominator = total > 0 ? total - squaresTotal / (total * (m - 1)) : 1;
  const defined = denominator > 0;
  const expected = margins.map((mc, c) =>
    margins.map((mk, k) =>
      defined ? (mc * mk - (c === k ? (squares[c] as number) / (m - 1) : 0)) / denominator : 0,
    ),
  );
  const delta = squaredDifferences(level, co.values, margins);
  return { co, observed, margins, total, expected, delta, defined };
}

/** Σ_k δ²_ck x_ck over one row c of a matrix. */
const weightedRow = (matrix: number[][], delta: number[][], c: number): number =>
  (matrix[c] as number[]).reduce((t, x, k) => t + x * ((delta[c] as number[])[k] as number), 0);

/** Σ_c Σ_k δ²_ck x_ck over a whole matrix. */
const weightedSum = (matrix: number[][], delta: number[][]): number =>
  matrix.reduce((s, _, c) => s + weightedRow(matrix, delta, c), 0);

/**
 * cuα (2016, eqs. 10-11): agreement on the values coders gave where their units intersect,
 * leaving unitizing aside. Observed coincidences are l_ck over values only; expected
 * e_ck = (l_c l_k − [c = k]·Σ(g ∩ other coder's units)²/(m − 1)) / (l − Σ(…)²/(l(m − 1))).
 * `coverage` is the share of the continuum (m·L) it rests on. No intersecting units → null;
 * one value only → De = 0 → null.
 */
export function cuAlpha(data: SpanData, level: Level = 'nominal'): AgreementResult {
  const u = unitCoincidences(data, level);
  const base = {
    measure: 'cu-alpha',
    name: `cuα, coding of intersecting units (${SOURCE}), ${level}`,
    units: u.co.length,
    details: {
      level,
      coders: u.co.coders,
      intersectingLength: u.total,
      coverage: u.total / (u.co.coders * u.co.length),
      values: Object.fromEntries(
        u.co.values.map((v, i) => [
          String(v),
          {
            observed: u.margins[i],
            expected: (u.expected[i] as number[]).reduce((a, b) => a + b, 0),
          },
        ]),
      ),
    },
  };
  if (u.total === 0)
    return undefinedResult(
      { ...base, observed: null, expected: null },
      "No two coders' units intersect, so there are no values to compare",
    );
  if (!u.defined)
    return undefinedResult({ ...base, observed: null, expected: null }, UNDEFINED_EXPECTATION);
  const observed = weightedSum(u.observed, u.delta) / u.total;
  const expected = weightedSum(u.expected, u.delta) / u.total;
  if (!(expected > 0))
    return undefinedResult(
      { ...base, observed, expected },
      'Expected disagreement is zero: intersecting units carry only one value',
    );
  return { ...base, value: 1 - observed / expected, observed, expected };
}

/** The figures (k)uα reports for one value. */
export interface ValueAlpha {
  value: number | null;
  reason?: string;
  observed: number;
  expected: number;
  /** Share of this value's coded length that meets other coders' units. */
  coverage: number;
}

/**
 * (k)uα (2016, eq. 13): cuα's reliability of each value k on its own, from row k of the
 * coincidences: (k)uα = 1 − (e_k.·Σ_c δ²_ck l_ck)/(l_k.·Σ_c δ²_ck e_ck). The result's `value` is
 * null because the measure has one figure per value, in `details.values`; a value whose units
 * meet no other coder's units, or whose expected disagreement is zero, is null with a reason.
 */
export function kUAlpha(data: SpanData, level: Level = 'nominal'): AgreementResult {
  const u = unitCoincidences(data, level);
  const values: Record<string, ValueAlpha> = {};
  u.co.values.forEach((v, k) => {
    const lk = u.margins[k] as number;
    const ek = (u.expected[k] as number[]).reduce((a, b) => a + b, 0);
    const observed = weightedRow(u.observed, u.delta, k);
    const expected = weightedRow(u.expected, u.delta, k);
    const coded = u.co.margins[k + 1] as number;
    const figures = { observed, expected, coverage: coded === 0 ? 0 : lk / coded };
    values[String(v)] =
      lk === 0
        ? { ...figures, value: null, reason: "This value's units meet no other coder's units" }
        : !u.defined
          ? { ...figures, value: null, reason: UNDEFINED_EXPECTATION }
          : !(expected > 0)
            ? { ...figures, value: null, reason: 'Expected disagreement is zero for this value' }
            : { ...figures, value: 1 - (ek * observed) / (lk * expected) };
  });
  return undefinedResult(
    {
      measure: 'k-u-alpha',
      name: `(k)uα, per-value unitizing alpha (${SOURCE}), ${level}`,
      units: u.co.length,
      observed: null,
      expected: null,
      details: { level, coders: u.co.coders, values },
    },
    '(k)uα has one figure per value: see "values"',
  );
}
