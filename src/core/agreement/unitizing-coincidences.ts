import {
  checkSpans,
  forEachIntersection,
  segmentsOf,
  spanValues,
  type Segment,
  type SpanData,
} from './spans';
import { valueKey, type CodeValue } from './values';

/**
 * The coincidences of a unitized continuum that the 2016 family of Krippendorff, Mathet, Bouvry
 * and Widlöcher ("On the reliability of unitizing textual continua: Further developments",
 * Quality & Quantity 50, 2016, 2347-2364; Krippendorff 2019, Content Analysis 4th ed., 12.6)
 * is computed from. Row and column 0 stand for gaps (no value), 1..V for the values.
 */
export interface UnitizingCoincidences {
  /** The values, sorted; index v + 1 in the matrices. */
  values: CodeValue[];
  /** Coders m. */
  coders: number;
  /** Continuum length L. */
  length: number;
  /**
   * l_ck = Σ_i Σ_{j≠i} Σ_g Σ_h |s_ig ∩ s_jh| / (m − 1) over coder i's segments g of value c and
   * coder j's segments h of value k (eq. 1): how long c and k lie on top of each other.
   */
  observed: number[][];
  /** l_c. = Σ_k l_ck; they add up to l.. = mL. */
  margins: number[];
  /**
   * Per value, Σ of l² over its units (eq. 4), and for gaps Σ l over the gaps: a unit is one
   * indivisible whole whose parts cannot pair with each other, a gap is only so many positions.
   */
  selfPairs: number[];
  /** For cuα (eq. 10), per value c: Σ over c-units g and other coders j of (Σ_h |g ∩ h|)², units h only. */
  intersectionSquares: number[];
}

/** Builds the coincidences from span data; each coder's spans must not overlap. */
export function unitizingCoincidences(data: SpanData): UnitizingCoincidences {
  const coders = checkSpans(data, 'any');
  const values = spanValues(coders);
  const index = new Map(values.map((v, i) => [valueKey(v), i + 1]));
  const slot = (s: Segment): number =>
    s.value === null ? 0 : (index.get(valueKey(s.value)) as number);
  const size = values.length + 1;
  const m = coders.length;
  const segments = coders.map((spans) => segmentsOf(spans, data.continuum));
  const observed = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const selfPairs = new Array<number>(size).fill(0);
  const intersectionSquares = new Array<number>(size).fill(0);
  for (const coder of segments)
    for (const s of coder) {
      const l = s.end - s.start;
      const c = slot(s);
      selfPairs[c] = (selfPairs[c] as number) + (c === 0 ? l : l * l);
    }
  for (let i = 0; i < m; i++)
    for (let j = i + 1; j < m; j++) {
      // Per unit of each coder, its length covered by the other coder's units (eq. 10).
      const coveredI = new Map<Segment, number>();
      const coveredJ = new Map<Segment, number>();
      forEachIntersection(segments[i] as Segment[], segments[j] as Segment[], (a, b, l) => {
        const c = slot(a);
        const k = slot(b);
        (observed[c] as number[])[k] = ((observed[c] as number[])[k] as number) + l / (m - 1);
        (observed[k] as number[])[c] = ((observed[k] as number[])[c] as number) + l / (m - 1);
        if (c !== 0 && k !== 0) {
          coveredI.set(a, (coveredI.get(a) ?? 0) + l);
          coveredJ.set(b, (coveredJ.get(b) ?? 0) + l);
        }
      });
      for (const covered of [coveredI, coveredJ])
        for (const [unit, l] of covered) {
          const c = slot(unit);
          intersectionSquares[c] = (intersectionSquares[c] as number) + l * l;
        }
    }
  const margins = observed.map((row) => row.reduce((a, b) => a + b, 0));
  return {
    values,
    coders: m,
    length: data.continuum[1] - data.continuum[0],
    observed,
    margins,
    selfPairs,
    intersectionSquares,
  };
}

/**
 * Expected coincidences of the whole continuum (eq. 4):
 * e_ck = l..·(l_c. l_k. − [c = k]·selfPairs_c)/(l..² − Σ selfPairs).
 */
export function expectedCoincidences(co: UnitizingCoincidences): number[][] {
  const total = co.coders * co.length;
  const selfTotal = co.selfPairs.reduce((a, b) => a + b, 0);
  const denominator = total * total - selfTotal;
  return co.margins.map((mc, c) =>
    co.margins.map(
      (mk, k) => (total * (mc * mk - (c === k ? (co.selfPairs[c] as number) : 0))) / denominator,
    ),
  );
}
