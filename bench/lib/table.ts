import type { Row } from './stats';

const HEAD = ['scenario', 'figure', 'median', 'unit', 'runs', 'min', 'max'];

/** One aligned table of every row, as `npm run bench` prints it (and docs/performance.md shows). */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.scenario,
    r.figure,
    String(r.value),
    r.unit,
    String(r.runs),
    String(r.min),
    String(r.max),
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const numeric = new Set([2, 4, 5, 6]);
  const line = (c: string[]) =>
    c.map((v, i) => (numeric.has(i) ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ');
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

/** The same rows as a Markdown table, for docs/performance.md. */
export function formatMarkdown(rows: readonly Row[]): string {
  const out = [
    '| scenario | figure | median | unit | runs | min | max |',
    '| --- | --- | ---: | --- | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    out.push(
      `| ${r.scenario} | ${r.figure} | ${r.value} | ${r.unit} | ${r.runs} | ${r.min} | ${r.max} |`,
    );
  return out.join('\n');
}
