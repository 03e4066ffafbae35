import { undefinedResult, type AgreementResult } from './result';
import {
  checkSpans,
  forEachIntersection,
  segmentsOf,
  spanValues,
  type Segment,
  type SpanData,
} from './spans';
import { valueKey } from './values';

/** Per-value figures of alpha-U: observed and expected disagreement and the value's own alpha. */
export interface AlphaUValue {
  observed: number;
  expected: number;
  value: number | null;
  reason?: string;
}

/**
 * Krippendorff's unitizing alpha αU in its 1995 form as restated in Content Analysis (2nd ed.,
 * 2004, section 12.4), computed the way DKPro Statistics' KrippendorffAlphaUnitizingAgreement
 * does, so its figures can be compared with that widely used implementation:
 *
 * - per value c, each coder's continuum is cut into c-units and gaps; for every pair of coders
 *   and every pair of their segments that intersect, the distance is (b₁ − b₂)² + (e₁ − e₂)² for
 *   two units, l² for a unit lying wholly inside the other coder's gap, 0 otherwise;
 *   Do_c = 2·Σ distances / (m(m − 1)L²);
 * - De_c = (2/L)·Σ_units [ (N_c − 1)(2l³ − 3l² + l)/3 + l²·Σ_{gaps g ≥ l} (g − l + 1) ] /
 *   (mL(mL − 1) − Σ_units l(l − 1)), over all coders' units and gaps of c;
 * - overall, as DKPro does, Do and De are the means of Do_c and De_c over the values present,
 *   and αU = 1 − Do/De.
 *
 * Known behaviour kept for comparability: the expected disagreement depends only on unit and gap
 * lengths, so two coders marking disjoint parts of different documents can score high; the 2016
 * family (`u-alpha`) corrects this. Degenerate cases: no coder marked a span of positive length →
 * null (DKPro reports NaN or 0 there); De = 0 → null. A coder's spans of one value must not overlap.
 */
export function alphaU(data: SpanData): AgreementResult {
  const coders = checkSpans(data, 'same-value');
  const continuum = data.continuum;
  const length = continuum[1] - continuum[0];
  const values = spanValues(coders);
  const base = {
    measure: 'alpha-u',
    name: "Krippendorff's αU, unitizing alpha (1995/2004, as DKPro Statistics)",
    units: length,
  };
  if (values.length === 0)
    return undefinedResult(
      { ...base, observed: null, expected: null, details: { coders: coders.length, values: {} } },
      'No coder marked any span of positive length, so there is nothing to agree on',
    );
  const perValue: Record<string, AlphaUValue> = {};
  let observedSum = 0;
  let expectedSum = 0;
  for (const value of values) {
    const segments = coders.map((spans) =>
      segmentsOf(
        spans.filter((s) => valueKey(s.value) === valueKey(value)),
        continuum,
      ),
    );
    const observed = observedDisagreement(segments, length);
    const expected = expectedDisagreement(segments, length);
    observedSum += observed;
    expectedSum += expected;
    perValue[String(value)] =
      expected === 0
        ? { observed, expected, value: null, reason: 'Expected disagreement is zero' }
        : { observed, expected, value: 1 - observed / expected };
  }
  const observed = observedSum / values.length;
  const expected = expectedSum / values.length;
  const details = { coders: coders.length, values: perValue };
  if (expected === 0)
    return undefinedResult(
      { ...base, observed, expected, details },
      'Expected disagreement is zero',
    );
  return { ...base, value: 1 - observed / expected, observed, expected, details };
}

/** The distance between two intersecting segments of two coders (Krippendorff 2004, p. 253); exported for tests. */
export function alphaUDistance(a: Segment, b: Segment): number {
  if (a.value !== null && b.value !== null) return (a.start - b.start) ** 2 + (a.end - b.end) ** 2;
  if (a.value !== null && b.start <= a.start && a.end <= b.end) return (a.end - a.start) ** 2;
  if (b.value !== null && a.start <= b.start && b.end <= a.end) return (b.end - b.start) ** 2;
  return 0;
}

function observedDisagreement(segments: Segment[][], length: number): number {
  const m = segments.length;
  let sum = 0;
  for (let i = 0; i < m; i++)
    for (let j = i + 1; j < m; j++)
      forEachIntersection(
        segments[i] as Segment[],
        segments[j] as Segment[],
        (a, b) => (sum += alphaUDistance(a, b)),
      );
  return (2 * sum) / (m * (m - 1) * length * length);
}

function expectedDisagreement(segments: Segment[][], length: number): number {
  const m = segments.length;
  const units: number[] = [];
  const gaps: number[] = [];
  for (const coder of segments)
    for (const s of coder) (s.value === null ? gaps : units).push(s.end - s.start);
  gaps.sort((a, b) => b - a);
  // Suffix sums over the gaps sorted longest first, so Σ_{g ≥ l} (g − l + 1) is two look-ups.
  const prefix = [0];
  for (const g of gaps) prefix.push((prefix[prefix.length - 1] as number) + g);
  const n = units.length;
  let numerator = 0;
  let selfPairs = 0;
  for (const l of units) {
    const count = countAtLeast(gaps, l);
    const fitting = (prefix[count] as number) - count * (l - 1);
    numerator += ((n - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * fitting;
    selfPairs += l * (l - 1);
  }
  return ((2 / length) * numerator) / (m * length * (m * length - 1) - selfPairs);
}

/** How many of the lengths, sorted longest first, are at least `l` (binary search). */
function countAtLeast(sortedDescending: readonly number[], l: number): number {
  let lo = 0;
  let hi = sortedDescending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sortedDescending[mid] as number) >= l) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
