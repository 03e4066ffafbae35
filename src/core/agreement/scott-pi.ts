import type { ReliabilityData } from './reliability-data';
import type { AgreementResult } from './result';
import { twoCoderKappa } from './two-coder-kappa';

/**
 * Scott's (1955) pi for two coders: chance agreement from the pooled proportions of both coders,
 * pe = Σ_c ((p1c + p2c)/2)². Uses the units both coders coded; no such unit → null.
 */
export function scottPi(data: ReliabilityData): AgreementResult {
  return twoCoderKappa(
    data,
    { id: 'scott-pi', name: "Scott's pi (1955)", label: "Scott's pi" },
    (first, second) => {
      const pooled = first.map((p, c) => (p + (second[c] as number)) / 2);
      return { pe: pooled.reduce((s, p) => s + p * p, 0), details: { pooledProportions: pooled } };
    },
  );
}
