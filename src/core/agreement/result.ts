/**
 * What every agreement measure returns: its value, the observed and expected (dis)agreement it
 * was computed from, how many units it saw, and every intermediate it defines, so a
 * methodologist can check each step. A value that the measure's definition leaves undefined is
 * `null` with a `reason` in plain words, never NaN and never a made-up 0 or 1.
 */
export interface AgreementResult {
  /** The measure's command-line name, e.g. `alpha`, `cohen-kappa`, `u-alpha`. */
  measure: string;
  /** The measure's exact name as its authors give it, shown beside every figure. */
  name: string;
  value: number | null;
  /** Why `value` is null; absent when it is a number. */
  reason?: string;
  /**
   * Observed disagreement Do for the alpha family; observed agreement po for the kappa family and
   * percent agreement.
   */
  observed: number | null;
  /** Expected disagreement De (alpha family) or chance agreement pe (kappa family). */
  expected: number | null;
  /** Units the measure used (pairable units, complete units, or continuum length for spans). */
  units: number;
  /** Every further intermediate the measure defines (matrices, margins, per-value figures). */
  details: Record<string, unknown>;
}

/** A result whose value the definition leaves undefined, with the reason in plain words. */
export function undefinedResult(
  base: Omit<AgreementResult, 'value' | 'reason'>,
  reason: string,
): AgreementResult {
  return { ...base, value: null, reason };
}
