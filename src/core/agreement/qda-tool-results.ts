import type { AgreementRecords } from './agreement-records';
import { segmentsOf } from './coded-segments';
import { AgreementInputError } from './input-error';
import { maxqdaSegmentAgreement } from './maxqda-segments';
import { nvivoComparison } from './nvivo-comparison';
import type { ProjectReliability } from './project-data';
import type { AgreementResult } from './result';
import type { Span } from './spans';

/** The QDA tools' figures the agreement table offers as columns, by their short names. */
export const TOOL_MEASURES = [
  'nvivo-percent',
  'nvivo-kappa',
  'maxqda-percent',
  'maxqda-kappa',
] as const;
/** One of the QDA tools' figures. */
export type ToolMeasure = (typeof TOOL_MEASURES)[number];

/** Tells a QDA tool's figure from the methodologists' measures. */
export function isToolMeasure(name: string): name is ToolMeasure {
  return (TOOL_MEASURES as readonly string[]).includes(name);
}

/** MAXQDA's default minimum overlap of two segments, as a share. */
export const MAXQDA_DEFAULT_THRESHOLD = 0.9;

/** Each tool figure's exact name, as the tool's manual gives it. */
export function toolMeasureName(measure: ToolMeasure, threshold: number): string {
  const percent = `${Math.round(threshold * 1000) / 10} %`;
  switch (measure) {
    case 'nvivo-percent':
      return 'NVivo coding comparison: percentage agreement (characters, one code in one document)';
    case 'nvivo-kappa':
      return 'NVivo coding comparison: Kappa coefficient (characters, one code in one document)';
    case 'maxqda-percent':
      return `MAXQDA segment agreement: percentage of segments matched (minimum overlap ${percent})`;
    case 'maxqda-kappa':
      return `MAXQDA kappa (Brennan & Prediger 1981) on segments (minimum overlap ${percent})`;
  }
}

/** The figures of one table row (a code, or '' for all codes) for each chosen tool measure. */
export type ToolRows = (codeId: string, measure: ToolMeasure) => AgreementResult;

/**
 * Computes the QDA tools' figures for an agreement table, two coders only (as both tools):
 * NVivo's coding comparison per code on the characters of the one document of the table (a
 * table of several documents says to look at the tables per document, as NVivo reports no
 * figure across documents), from each coder's coded characters (`code.spans`, which are their
 * union); MAXQDA's segment agreement from the coders' own segments (annotations as they are, not
 * merged) with a minimum overlap `threshold`, per code and over all codes, its kappa over all
 * codes of the table. Every figure is a share (0-1); readings give the tools' percentages.
 */
export function toolResults(
  records: AgreementRecords,
  reliability: ProjectReliability,
  measures: readonly ToolMeasure[],
  threshold = MAXQDA_DEFAULT_THRESHOLD,
): ToolRows {
  if (measures.length > 0 && reliability.coders.length !== 2)
    throw new AgreementInputError(
      `NVivo's and MAXQDA's figures compare two coders; ${reliability.coders.length} are chosen`,
    );
  const [a, b] = reliability.coders.map((c) => c.id) as [string, string];
  const documents = new Set(reliability.documents.map((d) => d.id));
  const codes = new Set(reliability.codes.map((c) => c.codeId));
  const segments = (coder: string) =>
    measures.some((m) => m.startsWith('maxqda'))
      ? segmentsOf(records.annotations, coder, documents, codes)
      : [];
  const maxqda = maxqdaSegmentAgreement(segments(a), segments(b), threshold);
  const byCode = new Map(reliability.codes.map((c) => [c.codeId, c]));
  const single = reliability.documents.length === 1 ? reliability.documents[0] : undefined;

  return (codeId, measure) => {
    const name = toolMeasureName(measure, threshold);
    const base = { measure, name, observed: null, expected: null, units: 0, details: {} };
    const none = (reason: string): AgreementResult => ({ ...base, value: null, reason });
    if (measure === 'nvivo-percent' || measure === 'nvivo-kappa') {
      const code = byCode.get(codeId);
      if (!code) return none('NVivo compares one code at a time: see the rows per code');
      if (!single)
        return none(
          'NVivo reports this per code and document: see the tables per document (Also one table per document)',
        );
      const [spansA, spansB] = code.spans.coders as [Span[], Span[]];
      const figures = nvivoComparison(single.length, spansA, spansB);
      if (!figures) return none('The document holds no text');
      return {
        ...base,
        value: measure === 'nvivo-percent' ? figures.agreementPercent / 100 : figures.kappa,
        observed: figures.observed,
        expected: measure === 'nvivo-kappa' ? figures.expected : null,
        units: figures.units,
      };
    }
    const units = maxqda.agreements + maxqda.disagreements;
    if (measure === 'maxqda-kappa') {
      if (codeId !== '')
        return none("MAXQDA's kappa is computed over all codes of the table: see (all codes)");
      return maxqda.kappa === null
        ? { ...none(maxqda.reason ?? 'no reason given'), observed: maxqda.observed, units }
        : {
            ...base,
            value: maxqda.kappa,
            observed: maxqda.observed,
            expected: maxqda.expected,
            units,
          };
    }
    if (codeId === '')
      return maxqda.observed === null
        ? none(maxqda.reason ?? 'no reason given')
        : { ...base, value: maxqda.observed, observed: maxqda.observed, units };
    const row = maxqda.codes.find((r) => r.codeId === codeId);
    if (!row) return none('Neither coder coded a segment with this code');
    const count = row.agreements + row.disagreements;
    return {
      ...base,
      value: row.agreements / count,
      observed: row.agreements / count,
      units: count,
    };
  };
}
