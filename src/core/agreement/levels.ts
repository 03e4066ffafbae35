import { AgreementInputError } from './input-error';
import type { CodeValue } from './values';

/** Krippendorff's levels of measurement, each with its difference function. */
export type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** The levels in the order the command line lists them. */
export const LEVELS: readonly Level[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/**
 * The squared differences δ²_ck between the sorted categories at a level, as Krippendorff (2011,
 * section C) defines them. Ordinal differences come from the marginal frequencies n_g of the
 * coincidence matrix: δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², so ranks that nobody used add
 * nothing. Ratio: ((c − k)/(c + k))², 0 when both are 0; values must not be negative.
 */
export function squaredDifferences(
  level: Level,
  categories: readonly CodeValue[],
  margins: readonly number[],
): number[][] {
  const size = categories.length;
  if (level !== 'nominal') {
    const text = categories.find((c) => typeof c !== 'number');
    if (text !== undefined)
      throw new AgreementInputError(
        `The ${level} level needs numbers, but the data hold the value ${JSON.stringify(text)}`,
      );
  }
  const numbers = categories as readonly number[];
  if (level === 'ratio' && numbers.some((n) => n < 0))
    throw new AgreementInputError(
      'The ratio level needs values of zero or more (a ratio scale has no negative values)',
    );
  // Cumulative margins, so an ordinal difference is two look-ups.
  const cumulative = [0];
  for (const m of margins) cumulative.push((cumulative[cumulative.length - 1] as number) + m);
  const delta = (c: number, k: number): number => {
    if (c === k) return 0;
    switch (level) {
      case 'nominal':
        return 1;
      case 'interval':
        return ((numbers[c] as number) - (numbers[k] as number)) ** 2;
      case 'ratio': {
        const a = numbers[c] as number;
        const b = numbers[k] as number;
        return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
      }
      case 'ordinal': {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        const between = (cumulative[hi + 1] as number) - (cumulative[lo] as number);
        return (between - ((margins[c] as number) + (margins[k] as number)) / 2) ** 2;
      }
    }
  };
  return Array.from({ length: size }, (_, c) =>
    Array.from({ length: size }, (_, k) => delta(c, k)),
  );
}
