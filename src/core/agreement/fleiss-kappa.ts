import { chanceCorrected } from './chance-corrected';
import { AgreementInputError } from './input-error';
import { categoriesOf, unitsOf, type ReliabilityData } from './reliability-data';
import { undefinedResult, type AgreementResult } from './result';
import { valueKey } from './values';

/**
 * Fleiss' (1971) kappa for m ≥ 2 coders: P̄ is the mean over units of the share of agreeing coder
 * pairs, P̄e = Σ_j p_j² with p_j the share of all assignments to category j. Fleiss assumes every
 * unit rated by the same number of coders, so only units that every coder coded are used (the
 * others are counted as left out); no such unit → null. For two coders it equals Scott's pi.
 */
export function fleissKappa(data: ReliabilityData): AgreementResult {
  const m = data.values.length;
  if (m < 2)
    throw new AgreementInputError(`Fleiss' kappa needs two or more coders; the data have ${m}`);
  const all = unitsOf(data);
  const complete = all.filter((u) => u.values.length === m);
  const unitsLeftOut = all.reduce((s, u) => s + (u.values.length === m ? 0 : u.weight), 0);
  const categories = categoriesOf(complete);
  const index = new Map(categories.map((c, i) => [valueKey(c), i]));
  const totals = new Array<number>(categories.length).fill(0);
  let units = 0;
  let agreementSum = 0;
  for (const unit of complete) {
    const counts = new Array<number>(categories.length).fill(0);
    for (const v of unit.values) {
      const i = index.get(valueKey(v)) as number;
      counts[i] = (counts[i] as number) + 1;
    }
    const squares = counts.reduce((s, n) => s + n * n, 0);
    agreementSum += (unit.weight * (squares - m)) / (m * (m - 1));
    counts.forEach((n, i) => (totals[i] = (totals[i] as number) + n * unit.weight));
    units += unit.weight;
  }
  const base = {
    measure: 'fleiss-kappa',
    name: "Fleiss' kappa (1971)",
    units,
    details: { coders: m, categories, unitsLeftOut },
  };
  if (units === 0)
    return undefinedResult(
      { ...base, observed: null, expected: null },
      'No unit was coded by every coder',
    );
  const proportions = totals.map((t) => t / (units * m));
  const po = agreementSum / units;
  const pe = proportions.reduce((s, p) => s + p * p, 0);
  return chanceCorrected({ ...base, details: { ...base.details, proportions } }, po, pe);
}
