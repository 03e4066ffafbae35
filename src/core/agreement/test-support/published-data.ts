/**
 * Reliability data from published worked examples, transcribed once so several tests can use
 * them. Each constant names its source; the tests state the printed results.
 */

/**
 * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
 * Communication, University of Pennsylvania, section C (also Krippendorff 2004, Content Analysis,
 * 2nd ed., p. 230): 4 observers × 12 units, values 1-5, missing values as null.
 */
export const KRIPPENDORFF_2011: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];

/**
 * Hayes, A. F. & Krippendorff, K. (2007). Answering the call for a standard reliability measure
 * for coding data. Communication Methods and Measures 1(1), 77-89, p. 84: 5 observers × 40 units,
 * ordinal values 0-3 (as transcribed by DKPro Statistics' HayesKrippendorff2007Test).
 */
const HK_UNITS: (number | null)[][] = [
  [1, 1, 2, null, 2],
  [1, 1, 0, 1, null],
  [2, 3, 3, 3, null],
  [null, 0, 0, null, 0],
  [0, 0, 0, null, 0],
  [0, 0, 0, null, 0],
  [1, 0, 2, null, 1],
  [1, null, 2, 0, null],
  [2, 2, 2, null, 2],
  [2, 1, 1, 1, null],
  [null, 1, 0, 0, null],
  [0, 0, 0, 0, null],
  [1, 2, 2, 2, null],
  [3, 3, 2, 2, 3],
  [1, 1, 1, null, 1],
  [1, 1, 1, null, 1],
  [2, 1, 2, null, 2],
  [1, 2, 3, 3, null],
  [1, 1, 0, 1, null],
  [0, 0, 0, null, 0],
  [0, 0, 1, 1, null],
  [0, 0, null, 0, 0],
  [2, 3, 3, 3, null],
  [0, 0, 0, 0, null],
  [1, 2, null, 2, 2],
  [0, 1, 1, 1, null],
  [0, 0, 0, 1, 0],
  [1, 2, 1, 2, null],
  [1, 1, 2, 2, null],
  [1, 1, 2, null, 2],
  [1, 1, 0, null, 0],
  [2, 1, 2, 1, null],
  [2, 2, null, 2, 2],
  [3, 2, 2, 2, null],
  [2, 2, 2, null, 2],
  [2, 2, 3, null, 2],
  [2, 2, 2, null, 2],
  [2, 2, null, 1, 2],
  [2, 2, 2, 2, null],
  [1, 1, 1, null, 1],
];
/** The Hayes & Krippendorff (2007) data as observers × units. */
export const HAYES_KRIPPENDORFF_2007: (number | null)[][] = [0, 1, 2, 3, 4].map((o) =>
  HK_UNITS.map((unit) => unit[o] as number | null),
);

/**
 * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
 * Bulletin 76(5), 378-382, Table 1, p. 379: 30 patients, 6 psychiatrists each, 5 diagnoses
 * (1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other). Each row lists
 * the six diagnoses a patient received; raters were not the same people across patients.
 */
export const FLEISS_1971_UNITS: number[][] = [
  [4, 4, 4, 4, 4, 4],
  [2, 2, 2, 5, 5, 5],
  [2, 3, 3, 3, 3, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3],
  [3, 3, 3, 3, 5, 5],
  [1, 1, 3, 3, 3, 4],
  [1, 1, 4, 4, 4, 4],
  [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4],
  [1, 2, 4, 4, 4, 4],
  [2, 2, 2, 3, 3, 3],
  [1, 4, 4, 4, 4, 4],
  [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5],
  [1, 1, 1, 4, 5, 5],
  [1, 1, 1, 1, 1, 2],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 4, 4, 4, 4, 4],
  [2, 2, 4, 5, 5, 5],
  [1, 1, 4, 4, 4, 4],
  [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4],
  [1, 1, 1, 1, 5, 5],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 3, 3, 3],
  [5, 5, 5, 5, 5, 5],
];

/** Two coders' data from a cross-tabulation: `cells` lists [value of coder 1, of coder 2, count]. */
export function fromCrossTable(cells: [string | number, string | number, number][]): {
  values: (string | number)[][];
} {
  const first: (string | number)[] = [];
  const second: (string | number)[] = [];
  for (const [a, b, count] of cells)
    for (let i = 0; i < count; i++) {
      first.push(a);
      second.push(b);
    }
  return { values: [first, second] };
}
