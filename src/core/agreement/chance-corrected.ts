import { undefinedResult, type AgreementResult } from './result';

/**
 * (po − pe)/(1 − pe), the form shared by the kappa family; null with a reason when chance
 * agreement is 1 (every coder used one and the same category throughout, so there is no
 * variation to agree on beyond chance).
 */
export function chanceCorrected(
  base: Omit<AgreementResult, 'value' | 'reason' | 'observed' | 'expected'>,
  po: number,
  pe: number,
): AgreementResult {
  if (pe === 1)
    return undefinedResult(
      { ...base, observed: po, expected: pe },
      'Chance agreement is 1: every value given is the same category, so agreement beyond chance is undefined',
    );
  return { ...base, value: (po - pe) / (1 - pe), observed: po, expected: pe };
}
