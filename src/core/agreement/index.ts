/**
 * Inter-coder agreement: the measures methodologists cite, computed as their authors define
 * them, the figures QDA tools print, and reliability data from a project. See docs/agreement.md.
 */
export {
  agreementTable,
  type AgreementRow,
  type AgreementTable,
  type TableMeasure,
  type TableOptions,
} from './agreement-table';
export { isToolMeasure, TOOL_MEASURES, type ToolMeasure } from './qda-tool-results';
export { alphaU, type AlphaUValue } from './alpha-u';
export { brennanPrediger } from './brennan-prediger';
export { cohenKappa } from './cohen-kappa';
export { cuAlpha, kUAlpha, type ValueAlpha } from './cu-alpha';
export { fleissKappa } from './fleiss-kappa';
export { AgreementInputError } from './input-error';
export { krippendorffAlpha } from './krippendorff-alpha';
export { LEVELS, type Level } from './levels';
export {
  maxqdaSegmentAgreement,
  type CodedSegment,
  type MaxqdaSegmentAgreement,
} from './maxqda-segments';
export {
  isMeasureName,
  isSpanMeasure,
  runSpanMeasure,
  runUnitMeasure,
  SPAN_MEASURES,
  UNIT_MEASURES,
  type MeasureName,
  type MeasureOptions,
} from './measures';
export { nvivoComparison, type NvivoComparison } from './nvivo-comparison';
export { percentAgreement } from './percent-agreement';
export { agreementByDocument, type DocumentAgreement } from './per-document';
export {
  comparePassages,
  describeDisagreement,
  versionKey,
  type DisagreementKind,
  type Passage,
  type Version,
} from './passages';
export { plainReading } from './reading';
export {
  reliabilityFromProject,
  type AgreementSelection,
  type CodeReliability,
  type ProjectReliability,
} from './project-data';
export {
  maxqdaFromProject,
  nvivoRows,
  type NvivoRow,
  type ToolFigureChoice,
} from './qda-tool-figures';
export type { ReliabilityData } from './reliability-data';
export type { AgreementResult } from './result';
export { scottPi } from './scott-pi';
export type { Span, SpanData } from './spans';
export { AGREEMENT_UNITS, type AgreementUnit } from './text-units';
export { binaryUAlpha, uAlpha } from './u-alpha';
export type { CodeValue } from './values';
