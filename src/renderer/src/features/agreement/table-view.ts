import Papa from 'papaparse';
import type { AgreementRow, AgreementTable } from '../../../../core/agreement/agreement-table';
import { plainReading } from '../../../../core/agreement/reading';
import type { AgreementResult } from '../../../../core/agreement/result';

/** One figure as the table shows it: the value (or why none), its units and a plain reading. */
export interface FigureCell {
  measure: string;
  name: string;
  value: number | null;
  /** The value to three decimals, or "undefined". */
  text: string;
  units: number;
  reading: string;
  reason: string | null;
  observed: number | null;
  expected: number | null;
}

/** One code's row as the table shows it. */
export interface CodeLine {
  codeId: string;
  codeName: string;
  usedBy: number;
  cells: FigureCell[];
}

/** One table of the view: the whole selection, or one document. */
export interface TableView {
  /** "All chosen documents" or the document's name. */
  scope: string;
  documentId: string | null;
  /** Each chosen measure's short and exact name, in column order. */
  columns: { measure: string; name: string }[];
  lines: CodeLine[];
  /** The row of all chosen codes together (span measures only). */
  allCodes: CodeLine;
  unit: string;
  coders: string[];
  problems: string[];
}

/** What the agreement worker returns: the whole selection and, on demand, each document. */
export interface AgreementOutcome {
  whole: AgreementTable;
  perDocument: { documentId: string; documentName: string; table: AgreementTable }[];
}

/** A figure in the view's words: three decimals (full precision is in the CSV). */
export function figureText(value: number | null): string {
  return value === null ? 'undefined' : value.toFixed(3);
}

function cell(result: AgreementResult): FigureCell {
  return {
    measure: result.measure,
    name: result.name,
    value: result.value,
    text: figureText(result.value),
    units: result.units,
    reading: plainReading(result),
    reason: result.value === null ? (result.reason ?? 'no reason given') : null,
    observed: result.observed,
    expected: result.expected,
  };
}

function line(row: AgreementRow): CodeLine {
  return {
    codeId: row.codeId,
    codeName: row.codeName,
    usedBy: row.usedBy,
    cells: row.results.map(cell),
  };
}

/**
 * An agreement table shaped for the view: each measure's exact name for the column (taken from a
 * defined result where one exists, as the level can be part of it), a cell per figure with its
 * reading and reason, the "(all codes)" row apart.
 */
export function tableView(
  table: AgreementTable,
  scope: { name: string; documentId: string | null },
): TableView {
  const first = table.rows[0]?.results ?? table.allCodes.results;
  const columns = first.map((r, i) => {
    const named = table.rows.map((row) => row.results[i]).find((x) => x && x.name !== x.measure);
    return { measure: r.measure, name: named?.name ?? r.name };
  });
  return {
    scope: scope.name,
    documentId: scope.documentId,
    columns,
    lines: table.rows.map(line),
    allCodes: line(table.allCodes),
    unit: table.unit,
    coders: table.coders.map((c) => c.name),
    problems: table.problems,
  };
}

/** The tables of an outcome by name: the whole selection first, then one per document. */
export function outcomeScopes(
  outcome: AgreementOutcome,
): { name: string; documentId: string | null }[] {
  return [
    { name: WHOLE_SCOPE, documentId: null },
    ...outcome.perDocument.map((d) => ({ name: d.documentName, documentId: d.documentId })),
  ];
}

const WHOLE_SCOPE = 'All chosen documents';

/** One table of an outcome (0: the whole selection; i: the i-th document) shaped for the view. */
export function outcomeView(outcome: AgreementOutcome, index: number): TableView {
  const document = index > 0 ? outcome.perDocument[index - 1] : undefined;
  return document
    ? tableView(document.table, { name: document.documentName, documentId: document.documentId })
    : tableView(outcome.whole, { name: WHOLE_SCOPE, documentId: null });
}

/** Every table of an outcome: the whole selection first, then one per document. */
export function outcomeViews(outcome: AgreementOutcome): TableView[] {
  return outcomeScopes(outcome).map((_, i) => outcomeView(outcome, i));
}

/** The columns of the agreement CSV, one row per table, code and measure (tidy, for R and pandas). */
export const AGREEMENT_CSV_COLUMNS = [
  'scope',
  'document_id',
  'code',
  'code_id',
  'coders_using_code',
  'coders',
  'unit',
  'measure',
  'measure_name',
  'value',
  'observed',
  'expected',
  'units',
  'reading',
  'undefined_reason',
] as const;

/**
 * The agreement tables as CSV: full-precision values (empty when undefined, with the reason),
 * the measure's exact name beside its short one, a UTF-8 byte order mark so Excel reads it as
 * UTF-8. Text that a spreadsheet would run as a formula (=, +, -, @ first) is quoted with an
 * apostrophe first, so a code named "=HYPERLINK(…)" stays text.
 */
export function agreementCsv(views: readonly TableView[]): string {
  const data: (string | number)[][] = [];
  for (const view of views)
    for (const l of [...view.lines, view.allCodes])
      for (const c of l.cells)
        data.push([
          safe(view.scope),
          view.documentId ?? '',
          safe(l.codeName),
          l.codeId,
          l.usedBy,
          safe(view.coders.join('; ')),
          view.unit,
          c.measure,
          c.name,
          c.value ?? '',
          c.observed ?? '',
          c.expected ?? '',
          c.units,
          c.value === null ? '' : safe(c.reading),
          c.reason ? safe(c.reason) : '',
        ]);
  return `\uFEFF${Papa.unparse({ fields: [...AGREEMENT_CSV_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}

function safe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
