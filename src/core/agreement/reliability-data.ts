import { compareValues, valueKey, type CodeValue } from './values';

/**
 * Reliability data on predefined units, in Krippendorff's canonical layout: one row per coder,
 * one column per unit, `null` where a coder gave the unit no value.
 */
export interface ReliabilityData {
  values: (CodeValue | null)[][];
  /**
   * How many identical units each column stands for (default 1 each). Lets a run of characters
   * that every coder treated alike be one column, so character units stay cheap.
   */
  weights?: number[];
}

/** One unit as the measures see it: the values it received (missing left out) and its weight. */
export interface UnitValues {
  values: CodeValue[];
  /** The coders (row indexes) who gave each value, in the same order. */
  coders: number[];
  weight: number;
}

/** Number of columns (units before weighting) of the data. */
export function columnCount(data: ReliabilityData): number {
  return data.values.reduce((max, row) => Math.max(max, row.length), 0);
}

/** The data unit by unit, missing values left out; a short row counts as missing at its end. */
export function unitsOf(data: ReliabilityData): UnitValues[] {
  const units: UnitValues[] = [];
  const columns = columnCount(data);
  for (let u = 0; u < columns; u++) {
    const values: CodeValue[] = [];
    const coders: number[] = [];
    data.values.forEach((row, coder) => {
      const value = row[u];
      if (value !== null && value !== undefined) {
        values.push(value);
        coders.push(coder);
      }
    });
    units.push({ values, coders, weight: data.weights?.[u] ?? 1 });
  }
  return units;
}

/** The distinct values in the given units, sorted (numbers ascending, then strings). */
export function categoriesOf(units: readonly UnitValues[]): CodeValue[] {
  const seen = new Map<string, CodeValue>();
  for (const unit of units) for (const v of unit.values) seen.set(valueKey(v), v);
  return [...seen.values()].sort(compareValues);
}
