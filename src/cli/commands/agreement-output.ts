import type { AgreementTable } from '../../core/agreement/agreement-table';
import { ALPHA_FAMILY, plainReading } from '../../core/agreement/reading';
import type { AgreementResult } from '../../core/agreement/result';

/** A figure as the plain-text output prints it (full precision is in `--json`). */
export function formatNumber(n: number | null | undefined): string {
  return typeof n === 'number' ? n.toFixed(4) : '—';
}

/**
 * One result as the JSON object `--json` prints: measure, name, value, observed, expected,
 * units, then every intermediate the measure defines, and `reason` when the value is null.
 */
export function resultJson(result: AgreementResult): Record<string, unknown> {
  const { measure, name, value, observed, expected, units, reason, details } = result;
  return {
    measure,
    name,
    value,
    observed,
    expected,
    units,
    ...(reason ? { reason } : {}),
    ...details,
  };
}

/** One result in plain words: the value (or why there is none), what it came from, per-value figures. */
export function formatResult(result: AgreementResult): string {
  const [o, e] = ALPHA_FAMILY.has(result.measure)
    ? ['observed disagreement Do', 'expected disagreement De']
    : ['observed agreement po', 'chance agreement pe'];
  const lines = [
    `${result.name}: ${result.value === null ? `undefined (${result.reason ?? 'no reason given'})` : formatNumber(result.value)}`,
    `  ${o} = ${formatNumber(result.observed)}, ${e} = ${formatNumber(result.expected)}; units: ${result.units}`,
    ...(result.value === null || result.measure === 'k-u-alpha'
      ? []
      : [`  ${plainReading(result)}`]),
  ];
  const values = result.details.values;
  if (values && typeof values === 'object')
    for (const [name, figures] of Object.entries(values as Record<string, Record<string, unknown>>))
      if (figures && 'value' in figures)
        lines.push(
          `  ${name}: ${figures.value === null ? `undefined (${String(figures.reason)})` : formatNumber(figures.value as number)}`,
        );
  return `${lines.join('\n')}\n`;
}

/**
 * The agreement table of a project as aligned plain text: measures by their short names in the
 * header, each one's exact name in a legend below, then the reasons for empty cells.
 */
export function formatTable(file: string, table: AgreementTable): string {
  const results = table.rows[0]?.results ?? table.allCodes.results;
  const header = ['code', 'coders using it', ...results.map((r) => r.measure)];
  const rows = [...table.rows, table.allCodes];
  const body = rows.map((row) => [
    row.codeName,
    String(row.usedBy),
    ...row.results.map((r) => formatNumber(r.value)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const legend = (table.rows[0]?.results ?? []).map((r) => `  ${r.measure}: ${r.name}`);
  const notes = rows.flatMap((row) =>
    row.results
      .filter((r) => r.value === null && r.reason)
      .map((r) => `  ${row.codeName}, ${r.measure}: ${r.reason}`),
  );
  return [
    `Agreement in ${file}: unit ${table.unit}; coders ${table.coders.map((c) => c.name).join(', ')}; ${table.documents.length} document(s)`,
    ...table.problems.map((p) => `Note: ${p}`),
    '',
    line(header),
    ...body.map(line),
    '',
    'Measures:',
    ...legend,
    ...(notes.length > 0 ? ['', 'Undefined (—):', ...notes] : []),
    '',
  ].join('\n');
}
