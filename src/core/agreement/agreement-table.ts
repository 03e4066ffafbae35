import type { ProjectSnapshot } from '../model/snapshot';
import {
  isSpanMeasure,
  runSpanMeasure,
  runUnitMeasure,
  type MeasureName,
  type MeasureOptions,
  type SpanMeasure,
} from './measures';
import {
  reliabilityFromProject,
  type AgreementSelection,
  type ProjectReliability,
} from './project-data';
import type { AgreementResult } from './result';
import type { SpanData } from './spans';

/** One code's row of the agreement table: the chosen measures on that code. */
export interface AgreementRow {
  codeId: string;
  codeName: string;
  usedBy: number;
  results: AgreementResult[];
}

/** The agreement table of a project: what was compared, and one row per code. */
export interface AgreementTable extends Omit<ProjectReliability, 'codes'> {
  rows: AgreementRow[];
}

/**
 * Computes the chosen measures for every chosen code of a project: unit measures on the
 * present/absent data of the chosen unit, span measures on the code's spans. A code no chosen
 * coder used gets null with that reason for every measure (the data show no variation, and
 * the reader should know why). What the agreement view and `marginalia agreement FILE` show.
 * Throws AgreementInputError where the choice cannot work (two-coder measures on three coders).
 * `onProgress` hears after each code, so a worker can report progress on a large study.
 */
export function agreementTable(
  snapshot: ProjectSnapshot,
  selection: AgreementSelection,
  measures: readonly MeasureName[],
  options: MeasureOptions = {},
  onProgress?: (codesDone: number, codes: number) => void,
): AgreementTable {
  const reliability = reliabilityFromProject(snapshot, selection);
  const rows = reliability.codes.map((code, index): AgreementRow => {
    const results = measures.map((measure) => {
      const result = isSpanMeasure(measure)
        ? spanResult(measure, code.spans, options)
        : runUnitMeasure(measure, code.units, options);
      return code.usedBy === 0 && result.value === null
        ? { ...result, reason: 'No chosen coder applied this code in the chosen documents' }
        : result;
    });
    onProgress?.(index + 1, reliability.codes.length);
    return { codeId: code.codeId, codeName: code.codeName, usedBy: code.usedBy, results };
  });
  const { codes: _codes, ...rest } = reliability;
  return { ...rest, rows };
}

function spanResult(
  measure: SpanMeasure,
  spans: SpanData,
  options: MeasureOptions,
): AgreementResult {
  if (spans.continuum[1] <= spans.continuum[0])
    return {
      measure,
      name: measure,
      value: null,
      reason: 'The chosen documents hold no text',
      observed: null,
      expected: null,
      units: 0,
      details: {},
    };
  return runSpanMeasure(measure, spans, options);
}
