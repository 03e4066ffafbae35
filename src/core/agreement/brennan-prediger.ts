import { coincidencesOf } from './coincidences';
import { AgreementInputError } from './input-error';
import { unitsOf, type ReliabilityData } from './reliability-data';
import { undefinedResult, type AgreementResult } from './result';

/**
 * Brennan and Prediger's (1981) kappa, which Randolph (2005) generalised to several coders as the
 * free-marginal multirater kappa: κ = (po − 1/q)/(1 − 1/q), chance agreement fixed by the number
 * q of categories coders could choose from rather than by how they used them. po is the percent
 * agreement over pairable values (for complete data Randolph's P̄). `categories` defaults to the
 * categories present; it may not be smaller than that. q < 2 → null; no pairable unit → null.
 */
export function brennanPrediger(data: ReliabilityData, categories?: number): AgreementResult {
  const co = coincidencesOf(unitsOf(data));
  const present = co.categories.length;
  if (categories !== undefined && (!Number.isInteger(categories) || categories < present))
    throw new AgreementInputError(
      `The number of categories must be a whole number no smaller than the ${present} categories present in the data; got ${categories}`,
    );
  const q = categories ?? present;
  const base = {
    measure: 'brennan-prediger',
    name: "Brennan and Prediger's kappa (1981) = Randolph's free-marginal kappa (2005)",
    units: co.pairableUnits,
    details: { categories: q, categoriesPresent: present, pairableValues: co.total },
  };
  if (co.total === 0)
    return undefinedResult(
      { ...base, observed: null, expected: null },
      'No pairable units: no unit was coded by two or more coders',
    );
  const po = co.matrix.reduce((s, row, c) => s + (row[c] as number), 0) / co.total;
  if (q < 2)
    return undefinedResult(
      { ...base, observed: po, expected: 1 },
      'Only one category: chance agreement 1/q is 1, so agreement beyond chance is undefined',
    );
  const pe = 1 / q;
  return { ...base, value: (po - pe) / (1 - pe), observed: po, expected: pe };
}
