import { chanceCorrected } from './chance-corrected';
import type { ReliabilityData } from './reliability-data';
import { undefinedResult, type AgreementResult } from './result';
import { tableProportions, twoCoderTable } from './two-coder-table';

/**
 * Scott's (1955) pi for two coders: chance agreement from the pooled proportions of both coders,
 * pe = Σ_c ((p1c + p2c)/2)². Uses the units both coders coded; no such unit → null.
 */
export function scottPi(data: ReliabilityData): AgreementResult {
  const table = twoCoderTable(data, "Scott's pi");
  const base = {
    measure: 'scott-pi',
    name: "Scott's pi (1955)",
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
  const pooled = first.map((p, c) => (p + (second[c] as number)) / 2);
  const pe = pooled.reduce((s, p) => s + p * p, 0);
  return chanceCorrected(
    { ...base, details: { ...base.details, pooledProportions: pooled } },
    po,
    pe,
  );
}
