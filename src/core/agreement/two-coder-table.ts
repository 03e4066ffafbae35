import { AgreementInputError } from './input-error';
import type { ReliabilityData } from './reliability-data';
import { compareValues, valueKey, type CodeValue } from './values';

/** The contingency table of two coders over the units both of them coded. */
export interface TwoCoderTable {
  categories: CodeValue[];
  /** counts[a][b]: units coder 1 put in category a and coder 2 in category b. */
  counts: number[][];
  /** Units both coders coded (weighted). */
  units: number;
  /** Units at least one of them left without a value (left out). */
  unitsLeftOut: number;
}

/**
 * Cross-tabulates the two rows of reliability data, as Cohen (1960) and Scott (1955) require;
 * units that either coder left missing are left out and counted. Throws when the data do not
 * have exactly two coders.
 */
export function twoCoderTable(data: ReliabilityData, measureName: string): TwoCoderTable {
  if (data.values.length !== 2)
    throw new AgreementInputError(
      `${measureName} compares exactly two coders; the data have ${data.values.length}`,
    );
  const [first, second] = data.values as [(CodeValue | null)[], (CodeValue | null)[]];
  const columns = Math.max(first.length, second.length);
  const pairs: { a: CodeValue; b: CodeValue; weight: number }[] = [];
  let unitsLeftOut = 0;
  for (let u = 0; u < columns; u++) {
    const a = first[u];
    const b = second[u];
    const weight = data.weights?.[u] ?? 1;
    if (a === null || a === undefined || b === null || b === undefined) unitsLeftOut += weight;
    else pairs.push({ a, b, weight });
  }
  const seen = new Map<string, CodeValue>();
  for (const p of pairs) {
    seen.set(valueKey(p.a), p.a);
    seen.set(valueKey(p.b), p.b);
  }
  const categories = [...seen.values()].sort(compareValues);
  const index = new Map(categories.map((c, i) => [valueKey(c), i]));
  const counts = categories.map(() => new Array<number>(categories.length).fill(0));
  let units = 0;
  for (const p of pairs) {
    const row = counts[index.get(valueKey(p.a)) as number] as number[];
    const k = index.get(valueKey(p.b)) as number;
    row[k] = (row[k] as number) + p.weight;
    units += p.weight;
  }
  return { categories, counts, units, unitsLeftOut };
}

/** Observed agreement po and each coder's marginal proportions from a two-coder table. */
export function tableProportions(table: TwoCoderTable): {
  po: number;
  first: number[];
  second: number[];
} {
  const n = table.units;
  const po = table.counts.reduce((s, row, c) => s + (row[c] as number), 0) / n;
  const first = table.counts.map((row) => row.reduce((a, b) => a + b, 0) / n);
  const second = table.categories.map(
    (_, k) => table.counts.reduce((s, row) => s + (row[k] as number), 0) / n,
  );
  return { po, first, second };
}
