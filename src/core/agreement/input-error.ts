/**
 * Reliability data that a measure cannot read at all (text values at the interval level,
 * overlapping spans from one coder). Distinct from an undefined result, which is a valid outcome
 * reported as `null` with a reason: this one means the input must be fixed.
 */
export class AgreementInputError extends Error {
  override name = 'AgreementInputError';
}
