import { intersectionLength, lengthOf, unionOf, type Range } from './interval-set';

/** One row of NVivo's coding comparison: one code, one document, two coders. */
export interface NvivoComparison {
  /** Characters in the document: NVivo's unit for text sources. */
  units: number;
  /** Characters only A, only B, both and neither coded with the code. */
  onlyA: number;
  onlyB: number;
  both: number;
  neither: number;
  /** (both + neither)/units × 100, as NVivo prints it. */
  agreementPercent: number;
  /** Cohen's kappa on the characters; 1 when the coders agree completely (NVivo's rule). */
  kappa: number;
  /** Observed and chance agreement the kappa was computed from. */
  observed: number;
  expected: number;
}

/**
 * The per-code, per-document figures of NVivo's Coding Comparison query, computed as the NVivo
 * help ("Run a coding comparison query": how percentage agreement and the Kappa coefficient are
 * calculated) defines them: the unit is the character of the document; percentage agreement is
 * the share of characters both coders coded or both left uncoded; kappa is Cohen's kappa on the
 * 2 × 2 table of characters, with chance agreement from each coder's share of coded characters;
 * where the coders agree completely (nobody coded anything, or both coded everything) NVivo
 * reports kappa = 1, and so does this. Characters are UTF-16 units of the canonical text (line
 * breaks LF); NVivo counts CRLF as two, so a document imported from CRLF text is a little shorter
 * here. Uncoded text usually dominates, which is why these figures run high: compare with `alpha`.
 * A document of no characters has no figures (null).
 */
export function nvivoComparison(
  documentLength: number,
  codedByA: readonly Range[],
  codedByB: readonly Range[],
): NvivoComparison | null {
  if (documentLength <= 0) return null;
  const a = unionOf(codedByA);
  const b = unionOf(codedByB);
  const both = intersectionLength(a, b);
  const lengthA = lengthOf(a);
  const lengthB = lengthOf(b);
  const neither = documentLength - lengthA - lengthB + both;
  const n = documentLength;
  const observed = (both + neither) / n;
  const expected = (lengthA / n) * (lengthB / n) + ((n - lengthA) / n) * ((n - lengthB) / n);
  const kappa = expected === 1 ? 1 : (observed - expected) / (1 - expected);
  return {
    units: n,
    onlyA: lengthA - both,
    onlyB: lengthB - both,
    both,
    neither,
    agreementPercent: observed * 100,
    kappa,
    observed,
    expected,
  };
}
