import { chanceCorrected } from './chance-corrected';
import type { ReliabilityData } from './reliability-data';
import { undefinedResult, type AgreementResult } from './result';
import { tableProportions, twoCoderTable } from './two-coder-table';

/**
 * The shared shape of the two-coder kappas (Cohen's, Scott's): the contingency table of the
 * units both coders coded, observed agreement from its diagonal, and a measure-specific chance
 * agreement from the coders' marginal proportions. No unit coded by both → null with the reason.
 */
export function twoCoderKappa(
  data: ReliabilityData,
  measure: { id: string; name: string; label: string },
  chance: (first: number[], second: number[]) => { pe: number; details: Record<string, unknown> },
): AgreementResult {
  const table = twoCoderTable(data, measure.label);
  const base = {
    measure: measure.id,
    name: measure.name,
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
  const { pe, details } = chance(first, second);
  return chanceCorrected({ ...base, details: { ...base.details, ...details } }, po, pe);
}
