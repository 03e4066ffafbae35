import { alphaU } from './alpha-u';
import { brennanPrediger } from './brennan-prediger';
import { cohenKappa } from './cohen-kappa';
import { cuAlpha, kUAlpha } from './cu-alpha';
import { fleissKappa } from './fleiss-kappa';
import { krippendorffAlpha } from './krippendorff-alpha';
import type { Level } from './levels';
import { percentAgreement } from './percent-agreement';
import type { ReliabilityData } from './reliability-data';
import type { AgreementResult } from './result';
import { scottPi } from './scott-pi';
import type { SpanData } from './spans';
import { binaryUAlpha, uAlpha } from './u-alpha';

/** Measures on predefined units, by their command-line names. */
export const UNIT_MEASURES = [
  'percent',
  'cohen-kappa',
  'scott-pi',
  'fleiss-kappa',
  'brennan-prediger',
  'alpha',
] as const;
/** Measures on spans of a continuum, by their command-line names. */
export const SPAN_MEASURES = [
  'alpha-u',
  'u-alpha',
  'binary-u-alpha',
  'cu-alpha',
  'k-u-alpha',
] as const;

/** A measure on predefined units. */
export type UnitMeasure = (typeof UNIT_MEASURES)[number];
/** A measure on spans. */
export type SpanMeasure = (typeof SPAN_MEASURES)[number];
/** Any measure the command line and the agreement table know. */
export type MeasureName = UnitMeasure | SpanMeasure;

/** Options some measures take: the level (alpha, cuα, (k)uα) and q (Brennan-Prediger). */
export interface MeasureOptions {
  level?: Level;
  categories?: number;
}

/** Tells unit measures from span measures. */
export function isSpanMeasure(name: string): name is SpanMeasure {
  return (SPAN_MEASURES as readonly string[]).includes(name);
}

/** Tells a known measure name from a typo. */
export function isMeasureName(name: string): name is MeasureName {
  return isSpanMeasure(name) || (UNIT_MEASURES as readonly string[]).includes(name);
}

/** Runs a measure on predefined units by name. */
export function runUnitMeasure(
  name: UnitMeasure,
  data: ReliabilityData,
  options: MeasureOptions = {},
): AgreementResult {
  switch (name) {
    case 'percent':
      return percentAgreement(data);
    case 'cohen-kappa':
      return cohenKappa(data);
    case 'scott-pi':
      return scottPi(data);
    case 'fleiss-kappa':
      return fleissKappa(data);
    case 'brennan-prediger':
      return brennanPrediger(data, options.categories);
    case 'alpha':
      return krippendorffAlpha(data, options.level);
  }
}

/** Runs a measure on spans by name. */
export function runSpanMeasure(
  name: SpanMeasure,
  data: SpanData,
  options: MeasureOptions = {},
): AgreementResult {
  switch (name) {
    case 'alpha-u':
      return alphaU(data);
    case 'u-alpha':
      return uAlpha(data);
    case 'binary-u-alpha':
      return binaryUAlpha(data);
    case 'cu-alpha':
      return cuAlpha(data, options.level);
    case 'k-u-alpha':
      return kUAlpha(data, options.level);
  }
}
