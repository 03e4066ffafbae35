import { categoriesOf, type UnitValues } from './reliability-data';
import { valueKey, type CodeValue } from './values';

/**
 * Krippendorff's coincidence matrix: how often each pair of values was given to the same unit by
 * two different coders, each pairable unit contributing 1/(m_u - 1) per ordered pair so that every
 * pairable value counts once. Units with fewer than two values are not pairable and left out.
 */
export interface Coincidences {
  /** The categories, sorted; row and column order of `matrix`. */
  categories: CodeValue[];
  /** o_ck. */
  matrix: number[][];
  /** n_c = sum over k of o_ck: how many pairable values are c. */
  margins: number[];
  /** n: all pairable values. */
  total: number;
  /** Units (weighted) with at least two values. */
  pairableUnits: number;
}

/** Builds the coincidence matrix of the given units (Krippendorff 2011, section B). */
export function coincidencesOf(units: readonly UnitValues[]): Coincidences {
  const pairable = units.filter((u) => u.values.length >= 2);
  const categories = categoriesOf(pairable);
  const index = new Map(categories.map((c, i) => [valueKey(c), i]));
  const size = categories.length;
  const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  let pairableUnits = 0;
  for (const unit of pairable) {
    pairableUnits += unit.weight;
    const counts = new Map<number, number>();
    for (const v of unit.values) {
      const i = index.get(valueKey(v)) as number;
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const scale = unit.weight / (unit.values.length - 1);
    for (const [c, nc] of counts) {
      const row = matrix[c] as number[];
      for (const [k, nk] of counts)
        row[k] = (row[k] as number) + nc * (c === k ? nk - 1 : nk) * scale;
    }
  }
  const margins = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const total = margins.reduce((a, b) => a + b, 0);
  return { categories, matrix, margins, total, pairableUnits };
}
