import { coincidencesOf } from './coincidences';
import { squaredDifferences, type Level } from './levels';
import { unitsOf, type ReliabilityData } from './reliability-data';
import { undefinedResult, type AgreementResult } from './result';

/**
 * Krippendorff's alpha for any number of coders, missing values and the four levels of
 * measurement, computed from the coincidence matrix of pairable values exactly as Krippendorff
 * (2011, "Computing Krippendorff's Alpha-Reliability") defines it:
 * α = 1 − Do/De with Do = Σ o_ck δ²_ck / n and De = Σ n_c n_k δ²_ck / (n(n − 1)).
 *
 * Every pairable value counts once: a unit coded by m_u coders contributes its m_u(m_u − 1)
 * ordered pairs with weight 1/(m_u − 1). At least one widely used R implementation weights the
 * pairs of complete data with three or more coders differently and so reports other values;
 * the published worked examples in the tests are the reference here, not other software.
 *
 * Degenerate cases: no unit coded by two or more coders → null (nothing is pairable); all
 * pairable values alike, so De = 0 → null (the data show no variation, alpha is undefined).
 */
export function krippendorffAlpha(
  data: ReliabilityData,
  level: Level = 'nominal',
): AgreementResult {
  const co = coincidencesOf(unitsOf(data));
  const base = {
    measure: 'alpha',
    name: `Krippendorff's alpha (${level})`,
    units: co.pairableUnits,
    details: {
      level,
      pairableValues: co.total,
      categories: co.categories,
      coincidences: co.matrix,
      margins: co.margins,
    },
  };
  if (co.total === 0)
    return undefinedResult(
      { ...base, observed: null, expected: null },
      'No pairable units: no unit was coded by two or more coders',
    );
  const delta = squaredDifferences(level, co.categories, co.margins);
  let observedSum = 0;
  let expectedSum = 0;
  co.matrix.forEach((row, c) =>
    row.forEach((o, k) => {
      const d = (delta[c] as number[])[k] as number;
      observedSum += o * d;
      expectedSum += (co.margins[c] as number) * (co.margins[k] as number) * d;
    }),
  );
  const observed = observedSum / co.total;
  const expected = expectedSum / (co.total * (co.total - 1));
  const withDifferences = { ...base, details: { ...base.details, differences: delta } };
  if (expected === 0)
    return undefinedResult(
      { ...withDifferences, observed, expected },
      'Expected disagreement is zero: every pairable value is the same, so the data show no variation to agree on',
    );
  return { ...withDifferences, value: 1 - observed / expected, observed, expected };
}
