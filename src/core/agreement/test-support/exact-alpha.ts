import { Fraction } from './rational';

type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * Krippendorff's alpha computed the long way, in exact fractions, straight from the pairwise
 * definition (Krippendorff 2011, section A): α = 1 − (n − 1)·Σ_u Σ_{i≠j} δ²/(m_u − 1) divided by
 * Σ over all ordered pairs of pairable values of δ². No coincidence matrix, so it checks the
 * implementation independently. Values must be whole numbers (nominal data given as numbers too).
 */
export function exactAlpha(observersByUnits: (number | null)[][], level: Level): Fraction {
  const columns = Math.max(...observersByUnits.map((r) => r.length));
  const units: number[][] = [];
  for (let u = 0; u < columns; u++) {
    const values = observersByUnits
      .map((row) => row[u])
      .filter((v): v is number => v !== null && v !== undefined);
    if (values.length >= 2) units.push(values);
  }
  const pooled = units.flat();
  const n = pooled.length;
  const frequency = (g: number): number => pooled.filter((v) => v === g).length;
  const delta2 = (c: number, k: number): Fraction => {
    if (c === k) return new Fraction(0);
    if (level === 'nominal') return new Fraction(1);
    if (level === 'interval') return new Fraction((c - k) ** 2);
    if (level === 'ratio') return new Fraction(c - k, c + k).mul(new Fraction(c - k, c + k));
    const [lo, hi] = c < k ? [c, k] : [k, c];
    let between = new Fraction(0);
    for (const g of new Set(pooled)) if (g >= lo && g <= hi) between = between.add(frequency(g));
    const d = between.sub(new Fraction(frequency(c) + frequency(k), 2));
    return d.mul(d);
  };
  let within = new Fraction(0);
  for (const values of units) {
    let sum = new Fraction(0);
    values.forEach((a, i) =>
      values.forEach((b, j) => (sum = i === j ? sum : sum.add(delta2(a, b)))),
    );
    within = within.add(sum.div(values.length - 1));
  }
  let overall = new Fraction(0);
  pooled.forEach((a, i) =>
    pooled.forEach((b, j) => (overall = i === j ? overall : overall.add(delta2(a, b)))),
  );
  return new Fraction(1).sub(within.mul(n - 1).div(overall));
}
