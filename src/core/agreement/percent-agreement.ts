import { coincidencesOf } from './coincidences';
import { unitsOf, type ReliabilityData } from './reliability-data';
import { undefinedResult, type AgreementResult } from './result';

/**
 * Percent agreement: the share of agreeing pairs among all pairable values, Σ_c o_cc / n, which is
 * 1 − Do of nominal alpha (Krippendorff 2004, section 11.3). For two coders with no missing values
 * it is the share of units on which they agree; for more coders with none missing it equals
 * Fleiss' mean pairwise agreement P̄. With missing values every pairable value counts once.
 * No pairable unit → null.
 */
export function percentAgreement(data: ReliabilityData): AgreementResult {
  const co = coincidencesOf(unitsOf(data));
  const base = {
    measure: 'percent',
    name: 'Percent agreement',
    expected: null,
    units: co.pairableUnits,
    details: { pairableValues: co.total },
  };
  if (co.total === 0)
    return undefinedResult(
      { ...base, observed: null },
      'No pairable units: no unit was coded by two or more coders',
    );
  const agreeing = co.matrix.reduce((sum, row, c) => sum + (row[c] as number), 0);
  const po = agreeing / co.total;
  return {
    ...base,
    value: po,
    observed: po,
    details: { ...base.details, agreeingPairs: agreeing },
  };
}
