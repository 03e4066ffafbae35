import type { AgreementRecords } from './agreement-records';
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
import { AgreementInputError } from './input-error';
import type { AgreementResult } from './result';
import type { Span, SpanData } from './spans';

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
  /**
   * All chosen codes together as the values of one unitizing variable (codeId ''): what αU,
   * cuα and (k)uα are about across codes. Unit measures are per code, so null here.
   */
  allCodes: AgreementRow;
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
  snapshot: AgreementRecords,
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
  return { ...rest, rows, allCodes: allCodesRow(reliability, measures, options) };
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

/**
 * The chosen codes' spans together, each code a value (named by the code, or by name and id
 * where two codes share a name). αU allows one coder's spans of different codes to overlap; the
 * 2016 family does not, so there it is null with the reason when a coder multi-coded.
 */
function allCodesRow(
  reliability: ProjectReliability,
  measures: readonly MeasureName[],
  options: MeasureOptions,
): AgreementRow {
  const names = reliability.codes.map((c) => c.codeName);
  const coders: Span[][] = reliability.coders.map(() => []);
  reliability.codes.forEach((code) => {
    const name =
      names.indexOf(code.codeName) === names.lastIndexOf(code.codeName)
        ? code.codeName
        : `${code.codeName} (${code.codeId})`;
    code.spans.coders.forEach((spans, coder) => {
      for (const s of spans) (coders[coder] as Span[]).push({ ...s, value: name });
    });
  });
  const continuum = reliability.codes[0]?.spans.continuum ?? [0, 0];
  const spans: SpanData = { continuum, coders };
  const results = measures.map((measure): AgreementResult => {
    const empty = { measure, name: measure, observed: null, expected: null, units: 0, details: {} };
    if (!isSpanMeasure(measure))
      return {
        ...empty,
        value: null,
        reason:
          'Unit measures treat each code as its own present/absent variable: see the rows per code',
      };
    try {
      return spanResult(measure, spans, options);
    } catch (e) {
      if (!(e instanceof AgreementInputError)) throw e;
      return { ...empty, value: null, reason: `${e.message}; see the rows per code` };
    }
  });
  return {
    codeId: '',
    codeName: '(all codes)',
    usedBy: coders.filter((c) => c.length > 0).length,
    results,
  };
}
