import type { AgreementResult } from './result';

/** The symbol each measure's figures are printed with. */
const SYMBOLS: Record<string, string> = {
  percent: 'A',
  'cohen-kappa': 'κ',
  'scott-pi': 'π',
  'fleiss-kappa': 'κ',
  'brennan-prediger': 'κn',
  alpha: 'α',
  'alpha-u': 'αU',
  'u-alpha': 'uα',
  'binary-u-alpha': '|uα',
  'cu-alpha': 'cuα',
  'k-u-alpha': '(k)uα',
  'nvivo-percent': 'A',
  'nvivo-kappa': 'κ',
  'maxqda-percent': 'P',
  'maxqda-kappa': 'κn',
};

/** Measures that report disagreement (Do, De) rather than agreement (po, pe): the alpha family. */
export const ALPHA_FAMILY: ReadonlySet<string> = new Set([
  'alpha',
  'alpha-u',
  'u-alpha',
  'binary-u-alpha',
  'cu-alpha',
  'k-u-alpha',
]);
const CHANCE_CORRECTED = new Set([
  'cohen-kappa',
  'scott-pi',
  'fleiss-kappa',
  'brennan-prediger',
  'nvivo-kappa',
  'maxqda-kappa',
]);

/** Percentages as NVivo and MAXQDA print them: two decimals. */
const percentText = (v: number): string => `${(v * 100).toFixed(2)} %`;

const fixed = (n: number): string => n.toFixed(3);

/**
 * A result in plain words, for people who do not read coefficients every day. The alpha family
 * is read against Krippendorff's (2004, p. 241) standards: rely on variables with α ≥ .800,
 * consider .667 ≤ α < .800 only for tentative conclusions, and discard lower values. The kappa
 * family is read for what it is, the share of the possible agreement beyond chance that was
 * reached; no verbal bands are attached, as none is a test. Percent agreement is said to be
 * uncorrected for chance; NVivo's and MAXQDA's percentages are given as those tools print them.
 */
export function plainReading(result: AgreementResult): string {
  const symbol = SYMBOLS[result.measure] ?? result.measure;
  if (result.value === null) return `${symbol} undefined: ${result.reason ?? 'no reason given'}`;
  const v = result.value;
  if (ALPHA_FAMILY.has(result.measure)) {
    if (v >= 0.8)
      return `${symbol} = ${fixed(v)}: at or above the 0.800 Krippendorff recommends for relying on the data`;
    if (v >= 0.667)
      return `${symbol} = ${fixed(v)}: between 0.667 and 0.800, which Krippendorff accepts only for tentative conclusions`;
    return `${symbol} = ${fixed(v)}: below the 0.667 that Krippendorff recommends as the lowest acceptable for tentative conclusions`;
  }
  if (CHANCE_CORRECTED.has(result.measure)) {
    if (v < 0)
      return `${symbol} = ${fixed(v)}: the coders agreed less often than chance would have them agree`;
    return `${symbol} = ${fixed(v)}: the coders reached ${Math.round(v * 100)} % of the agreement possible beyond chance`;
  }
  if (result.measure === 'nvivo-percent')
    return `${symbol} = ${fixed(v)}: ${percentText(v)} of the document's characters were coded with this code by both coders or by neither (NVivo's percentage agreement: uncoded text counts as agreement)`;
  if (result.measure === 'maxqda-percent')
    return `${symbol} = ${fixed(v)}: ${percentText(v)} of the two coders' segments have a segment of the other with the same code overlapping by at least the minimum (MAXQDA), not corrected for chance`;
  if (result.measure === 'percent')
    return `${symbol} = ${fixed(v)}: ${Math.round(v * 100)} % of pairable values agree, not corrected for chance`;
  return `${symbol} = ${fixed(v)}`;
}
