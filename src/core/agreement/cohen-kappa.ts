import { chanceCorrected } from './chance-corrected';
import type { ReliabilityData } from './reliability-data';
import { undefinedResult, type AgreementResult } from './result';
import { tableProportions, twoCoderTable } from './two-coder-table';

/**
 * Cohen's (1960) kappa for two coders: κ = (po − pe)/(1 − pe) with pe = Σ_c p1c·p2c, each
 * coder's own marginal proportions. Uses the units both coders coded; no such unit → null.
 */
export function cohenKappa(data: ReliabilityData): AgreementResult {
  const table = twoCoderTable(data, "Cohen's kappa");
  const base = {
    measure: 'cohen-kappa',
    name: "Cohen's kappa (1960)",
    units: table.units,
    details: {
      categories: table.categories,
      table: table.counts,
      unitsLeftOut: table.unitsLeftOut,
    },
  };
  if (table.units === 0)
    return undefinedResult(
      { ...base, observed: null, expected: null },
      'No unit was coded by both coders',
    );
  const { po, first, second } = tableProportions(table);
  const pe = first.reduce((s, p, c) => s + p * (second[c] as number), 0);
  return chanceCorrected(
    { ...base, details: { ...base.details, marginals: [first, second] } },
    po,
    pe,
  );
}
