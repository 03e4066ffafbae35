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
import type { ValueAlpha } from './cu-alpha';
import { isToolMeasure, toolResults, type ToolMeasure, type ToolRows } from './qda-tool-results';
import type { AgreementResult } from './result';
import type { Span, SpanData } from './spans';

/** A column the agreement table can hold: a measure, or a QDA tool's figure. */
export type TableMeasure = MeasureName | ToolMeasure;

/** Options of the table's columns: the measures' (level, q) and MAXQDA's minimum overlap (0-1). */
export interface TableOptions extends MeasureOptions {
  threshold?: number;
}

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
  measures: readonly TableMeasure[],
  options: TableOptions = {},
  onProgress?: (codesDone: number, codes: number) => void,
): AgreementTable {
  const reliability = reliabilityFromProject(snapshot, selection);
  const tools = toolResults(
    snapshot,
    reliability,
    measures.filter(isToolMeasure),
    options.threshold,
  );
  const all = allCodesSpans(reliability);
  const perValue = measures.includes('k-u-alpha') ? perValueAlphas(all, options) : null;
  const rows = reliability.codes.map((code, index): AgreementRow => {
    const results = measures.map((measure) => {
      const result = isToolMeasure(measure)
        ? tools(code.codeId, measure)
        : measure === 'k-u-alpha' && perValue
          ? perValue(all.labels.get(code.codeId) ?? '')
          : isSpanMeasure(measure)
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
  return { ...rest, rows, allCodes: allCodesRow(all.spans, measures, options, tools) };
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
 * where two codes share a name): the data of the "(all codes)" row and of (k)uα per code.
 */
function allCodesSpans(reliability: ProjectReliability): {
  spans: SpanData;
  labels: Map<string, string>;
} {
  const names = reliability.codes.map((c) => c.codeName);
  const coders: Span[][] = reliability.coders.map(() => []);
  const labels = new Map<string, string>();
  reliability.codes.forEach((code) => {
    const name =
      names.indexOf(code.codeName) === names.lastIndexOf(code.codeName)
        ? code.codeName
        : `${code.codeName} (${code.codeId})`;
    labels.set(code.codeId, name);
    code.spans.coders.forEach((spans, coder) => {
      for (const s of spans) (coders[coder] as Span[]).push({ ...s, value: name });
    });
  });
  const continuum = reliability.codes[0]?.spans.continuum ?? [0, 0];
  return { spans: { continuum, coders }, labels };
}

/**
 * (k)uα of each code, from one computation over all chosen codes (each code a value, as the
 * 2016 paper defines the per-value figure): a function from a code's value name to its result.
 * When (k)uα cannot be computed (no text, a coder's overlapping spans of different codes), every
 * code gets null with the reason.
 */
function perValueAlphas(
  all: { spans: SpanData },
  options: MeasureOptions,
): (value: string) => AgreementResult {
  let values: Record<string, ValueAlpha> = {};
  let name = '(k)uα';
  let failure: string | null = null;
  const result = spanResultOrReason('k-u-alpha', all.spans, options);
  if ('reason' in result && result.value === null && !result.details.values)
    failure = result.reason ?? 'no reason given';
  else {
    values = result.details.values as Record<string, ValueAlpha>;
    name = result.name;
  }
  return (value) => {
    const base = { measure: 'k-u-alpha', name, units: all.spans.continuum[1], details: {} };
    const figures = values[value];
    if (failure !== null || !figures)
      return {
        ...base,
        value: null,
        reason: failure ?? "This code's units meet no other coder's units",
        observed: null,
        expected: null,
      };
    return {
      ...base,
      value: figures.value,
      ...(figures.value === null ? { reason: figures.reason ?? 'no reason given' } : {}),
      observed: figures.observed,
      expected: figures.expected,
      details: { coverage: figures.coverage },
    };
  };
}

/** A span measure's result, or null with the reason core refused the data for. */
function spanResultOrReason(
  measure: SpanMeasure,
  spans: SpanData,
  options: MeasureOptions,
): AgreementResult {
  try {
    return spanResult(measure, spans, options);
  } catch (e) {
    if (!(e instanceof AgreementInputError)) throw e;
    return {
      measure,
      name: measure,
      value: null,
      reason: `${e.message}; see the rows per code`,
      observed: null,
      expected: null,
      units: 0,
      details: {},
    };
  }
}

/**
 * The "(all codes)" row. αU allows one coder's spans of different codes to overlap; the 2016
 * family does not, so there it is null with the reason when a coder multi-coded.
 */
function allCodesRow(
  spans: SpanData,
  measures: readonly TableMeasure[],
  options: MeasureOptions,
  tools: ToolRows,
): AgreementRow {
  const results = measures.map((measure): AgreementResult => {
    const empty = { measure, name: measure, observed: null, expected: null, units: 0, details: {} };
    if (isToolMeasure(measure)) return tools('', measure);
    if (measure === 'k-u-alpha')
      return {
        ...empty,
        name: '(k)uα',
        value: null,
        reason: '(k)uα gives one figure per code (each code a value): see the rows per code',
      };
    if (!isSpanMeasure(measure))
      return {
        ...empty,
        value: null,
        reason:
          'Unit measures treat each code as its own present/absent variable: see the rows per code',
      };
    return spanResultOrReason(measure, spans, options);
  });
  return {
    codeId: '',
    codeName: '(all codes)',
    usedBy: spans.coders.filter((c) => c.length > 0).length,
    results,
  };
}
