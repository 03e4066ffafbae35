import type { ReliabilityData } from './reliability-data';
import type { AgreementResult } from './result';
import { twoCoderKappa } from './two-coder-kappa';

/**
 * Cohen's (1960) kappa for two coders: κ = (po − pe)/(1 − pe) with pe = Σ_c p1c·p2c, each
 * coder's own marginal proportions. Uses the units both coders coded; no such unit → null.
 */
export function cohenKappa(data: ReliabilityData): AgreementResult {
  return twoCoderKappa(
    data,
    { id: 'cohen-kappa', name: "Cohen's kappa (1960)", label: "Cohen's kappa" },
    (first, second) => ({
      pe: first.reduce((s, p, c) => s + p * (second[c] as number), 0),
      details: { marginals: [first, second] },
    }),
  );
}
